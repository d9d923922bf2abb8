// presenterKeys.ts maps a key press to a presenter action, leaving each key to the control where it already means something.

export type PresenterAction = 'play-pause' | 'previous-scene' | 'next-scene' | 'reset' | 'fullscreen' | 'shortcuts';

/** The parts of an element the decision reads (a real element satisfies it). */
interface ElementLike {
  tagName: string;
  type?: string;
  isContentEditable?: boolean;
  getAttribute(name: string): string | null;
  closest(selector: string): unknown;
}

/** The parts of a KeyboardEvent the decision needs (a real event satisfies it). */
export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  defaultPrevented: boolean;
  target: EventTarget | null;
}

/**
 * The window listens twice: in the capture phase for the keys that win everywhere (PageUp/PageDown, the keys a
 * presentation clicker sends), in the bubble phase for the others, after the focused control has had its say.
 */
export type KeyPhase = 'capture' | 'bubble';

export interface KeyContext {
  phase: KeyPhase;
  /** Scenes in the deck: with none, scene keys keep their usual meaning (scrolling the page). */
  scenes: number;
}

/** What the focused element already does with keys. */
export type FocusKind =
  /** A text field: every key is text. */
  | 'typing'
  /** Inside a dialog: its keys are its own. */
  | 'dialog'
  /** A drop-down list: arrows change the choice, letters jump to an option. */
  | 'select'
  /** A slider: arrows, Page keys, Home and End move it. */
  | 'slider'
  /** A radio button: arrows move the choice, space takes it. */
  | 'radio'
  /** A tab: arrows move to the next tab, space shows it. */
  | 'tab'
  /** A chart: arrows move its reading line. */
  | 'chart'
  /** A scrollable region (a data table): arrows and space scroll it. */
  | 'scroller'
  /** A button, checkbox or disclosure: space presses it; arrows mean nothing. */
  | 'presses'
  /** The page itself, a link, anything else: no key of ours means anything there. */
  | 'free';

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', 'date', 'time', 'datetime-local', 'month', 'week']);
const PRESS_INPUT_TYPES = new Set(['checkbox', 'button', 'submit', 'reset', 'file', 'color', 'image']);
const PRESS_ROLES = new Set(['button', 'checkbox', 'switch', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'option']);

function isElement(target: EventTarget | null): target is EventTarget & ElementLike {
  return target !== null && typeof (target as Partial<ElementLike>).closest === 'function' && typeof (target as Partial<ElementLike>).tagName === 'string';
}

export function focusKind(target: EventTarget | null): FocusKind {
  if (!isElement(target)) return 'free';
  const tag = target.tagName.toUpperCase();
  const role = target.getAttribute('role');
  if (target.isContentEditable || tag === 'TEXTAREA') return 'typing';
  if (tag === 'INPUT') {
    const type = (target.type ?? 'text').toLowerCase();
    if (TEXT_INPUT_TYPES.has(type)) return 'typing';
    if (type === 'range') return 'slider';
    if (type === 'radio') return 'radio';
    if (PRESS_INPUT_TYPES.has(type)) return 'presses';
  }
  if (target.closest('dialog') !== null) return 'dialog';
  if (tag === 'SELECT' || role === 'listbox' || role === 'combobox') return 'select';
  if (role === 'slider' || role === 'spinbutton') return 'slider';
  if (role === 'radio') return 'radio';
  if (role === 'tab') return 'tab';
  if (role === 'application') return 'chart';
  if (role === 'region') return 'scroller';
  if (tag === 'BUTTON' || tag === 'SUMMARY' || (role !== null && PRESS_ROLES.has(role))) return 'presses';
  return 'free';
}

/** Where the arrows are free to step scenes: where they would otherwise do nothing (or only scroll the page). */
const ARROWS_FREE = new Set<FocusKind>(['presses', 'free']);
/** Where space is free to play: where it would otherwise press nothing. */
const SPACE_FREE = new Set<FocusKind>(['slider', 'chart', 'free']);
/** Where letters are free: everywhere but text, a dialog and a drop-down list (where a letter picks an option). */
const LETTERS_BLOCKED = new Set<FocusKind>(['typing', 'dialog', 'select']);
/** Where PageUp/PageDown step scenes (over a select's, a slider's or a table's own use of them): all but text and dialogs. */
const PAGE_KEYS_BLOCKED = new Set<FocusKind>(['typing', 'dialog']);

export function presenterAction(e: KeyLike, ctx: KeyContext): PresenterAction | undefined {
  if (e.ctrlKey || e.metaKey || e.altKey) return undefined;
  const kind = focusKind(e.target);
  if (ctx.phase === 'capture') {
    if (ctx.scenes === 0 || PAGE_KEYS_BLOCKED.has(kind)) return undefined;
    if (e.key === 'PageDown') return 'next-scene';
    if (e.key === 'PageUp') return 'previous-scene';
    return undefined;
  }
  // Bubble phase: a control that used the key (tabs, a chart, a handle) has marked it handled.
  if (e.defaultPrevented) return undefined;
  switch (e.key) {
    case ' ':
      return SPACE_FREE.has(kind) ? 'play-pause' : undefined;
    case 'ArrowLeft':
      return ctx.scenes > 0 && ARROWS_FREE.has(kind) ? 'previous-scene' : undefined;
    case 'ArrowRight':
      return ctx.scenes > 0 && ARROWS_FREE.has(kind) ? 'next-scene' : undefined;
  }
  if (LETTERS_BLOCKED.has(kind)) return undefined;
  switch (e.key) {
    case 'k':
    case 'K':
      return 'play-pause';
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
