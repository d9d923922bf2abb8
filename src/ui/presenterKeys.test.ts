// presenterKeys.test.ts checks the shortcut table and that keys meant for a field, a button or a chart are left alone.
import { describe, expect, it } from 'vitest';
import { presenterAction, type KeyLike } from './presenterKeys';

function el(tagName: string, extra: Record<string, unknown> = {}, inside = ''): EventTarget {
  return { tagName, isContentEditable: false, ...extra, closest: (sel: string) => (inside && sel.includes(inside) ? {} : null) } as unknown as EventTarget;
}
const body = el('BODY');
const key = (k: string, target: EventTarget | null = body, extra: Partial<KeyLike> = {}): KeyLike => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, defaultPrevented: false, target, ...extra });

describe('presenterAction', () => {
  it.each([
    [' ', 'play-pause'],
    ['ArrowLeft', 'previous-scene'],
    ['ArrowRight', 'next-scene'],
    ['r', 'reset'],
    ['R', 'reset'],
    ['f', 'fullscreen'],
    ['?', 'shortcuts'],
    ['x', undefined],
  ])('%j → %s', (k, action) => {
    expect(presenterAction(key(k))).toBe(action);
  });
  it('never fires while typing', () => {
    for (const k of [' ', 'r', 'f', '?', 'ArrowLeft']) {
      expect(presenterAction(key(k, el('INPUT', { type: 'text' })))).toBeUndefined();
      expect(presenterAction(key(k, el('TEXTAREA')))).toBeUndefined();
      expect(presenterAction(key(k, el('DIV', { isContentEditable: true })))).toBeUndefined();
    }
  });
  it('leaves space and arrows to buttons, tabs and charts, and ignores modified or handled keys', () => {
    expect(presenterAction(key(' ', el('BUTTON', {}, 'button')))).toBeUndefined();
    expect(presenterAction(key('ArrowRight', el('DIV', {}, '[role="application"]')))).toBeUndefined();
    expect(presenterAction(key('r', el('BUTTON', {}, 'button')))).toBe('reset');
    expect(presenterAction(key('r', body, { ctrlKey: true }))).toBeUndefined();
    expect(presenterAction(key('f', body, { defaultPrevented: true }))).toBeUndefined();
  });
});
