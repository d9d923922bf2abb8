// presenterKeys.ts maps a key press to a presenter action, and refuses keys meant for a field, a button or a chart.

export type PresenterAction = 'play-pause' | 'previous-scene' | 'next-scene' | 'reset' | 'fullscreen' | 'shortcuts';

/** The parts of a KeyboardEvent the decision needs (a real event satisfies it). */
export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  defaultPrevented: boolean;
  target: EventTarget | null;
}

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', 'date', 'time', 'datetime-local', 'month', 'week']);

/** True when the key goes to something the reader is typing in. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const el = target as HTMLElement;
  if (el.isContentEditable) return true;
  if (el.tagName === 'TEXTAREA' || el.tagName === 'SELECT') return true;
  if (el.tagName === 'INPUT') return TEXT_INPUT_TYPES.has((el as HTMLInputElement).type) || (el as HTMLInputElement).type === 'range';
  return false;
}

/** True when space or arrows already mean something where the focus is (a button, a tab, a chart, a checkbox). */
function ownsNavigationKeys(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  return (target as Element).closest('button, a[href], input, summary, [role="tab"], [role="application"], [role="slider"], [role="button"], dialog') !== null;
}

export function presenterAction(e: KeyLike): PresenterAction | undefined {
  if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return undefined;
  if (isTypingTarget(e.target)) return undefined;
  switch (e.key) {
    case ' ':
      return ownsNavigationKeys(e.target) ? undefined : 'play-pause';
    case 'ArrowLeft':
      return ownsNavigationKeys(e.target) ? undefined : 'previous-scene';
    case 'ArrowRight':
      return ownsNavigationKeys(e.target) ? undefined : 'next-scene';
    case 'r':
    case 'R':
      return 'reset';
    case 'f':
    case 'F':
      return 'fullscreen';
    case '?':
      return 'shortcuts';
    default:
      return undefined;
  }
}
