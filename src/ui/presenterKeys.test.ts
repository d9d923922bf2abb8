// presenterKeys.test.ts checks the shortcut table and which keys each kind of focused control keeps for itself.
import { describe, expect, it } from 'vitest';
import { focusKind, presenterAction, type KeyContext, type KeyLike } from './presenterKeys';

/** A stand-in element: its tag, attributes, and whether it sits inside a dialog. */
function el(tagName: string, attrs: Record<string, string> = {}, opts: { editable?: boolean; inDialog?: boolean } = {}): EventTarget {
  return {
    tagName,
    type: tagName === 'INPUT' ? (attrs.type ?? 'text') : undefined,
    isContentEditable: opts.editable ?? false,
    getAttribute: (name: string) => attrs[name] ?? null,
    closest: (sel: string) => (sel === 'dialog' && (opts.inDialog || tagName === 'DIALOG') ? {} : null),
  } as unknown as EventTarget;
}
const body = el('BODY');
const button = el('BUTTON');
const link = el('A', { href: '#x' });
const checkbox = el('INPUT', { type: 'checkbox' });
const tab = el('BUTTON', { role: 'tab' });
const chart = el('DIV', { role: 'application', tabindex: '0' });
const select = el('SELECT');
const range = el('INPUT', { type: 'range' });
const handle = el('DIV', { role: 'slider', tabindex: '0' });
const radio = el('INPUT', { type: 'radio' });
const table = el('DIV', { role: 'region', tabindex: '0' });
const text = el('INPUT', { type: 'text' });
const number = el('INPUT', { type: 'number' });
const textarea = el('TEXTAREA');
const editable = el('DIV', {}, { editable: true });
const dialogButton = el('BUTTON', {}, { inDialog: true });

const bubble: KeyContext = { phase: 'bubble', scenes: 2 };
const capture: KeyContext = { phase: 'capture', scenes: 2 };
const key = (k: string, target: EventTarget | null = body, extra: Partial<KeyLike> = {}): KeyLike => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, defaultPrevented: false, target, ...extra });
const act = (k: string, target: EventTarget | null, ctx: KeyContext = bubble) => presenterAction(key(k, target), ctx);

describe('focusKind', () => {
  it.each([
    [body, 'free'],
    [link, 'free'],
    [button, 'presses'],
    [checkbox, 'presses'],
    [el('SUMMARY'), 'presses'],
    [tab, 'tab'],
    [chart, 'chart'],
    [select, 'select'],
    [range, 'slider'],
    [handle, 'slider'],
    [radio, 'radio'],
    [table, 'scroller'],
    [text, 'typing'],
    [number, 'typing'],
    [textarea, 'typing'],
    [editable, 'typing'],
    [dialogButton, 'dialog'],
    [null, 'free'],
  ])('%#: %s', (target, kind) => {
    expect(focusKind(target as EventTarget | null)).toBe(kind);
  });
});

describe('presenterAction', () => {
  it.each([
    [' ', 'play-pause'],
    ['k', 'play-pause'],
    ['K', 'play-pause'],
    ['ArrowLeft', 'previous-scene'],
    ['ArrowRight', 'next-scene'],
    ['r', 'reset'],
    ['R', 'reset'],
    ['f', 'fullscreen'],
    ['?', 'shortcuts'],
    ['x', undefined],
    ['PageDown', undefined],
  ])('from the page, %j → %s', (k, action) => {
    expect(act(k, body)).toBe(action);
  });

  it('PageDown and PageUp step scenes in the capture phase, over a select, a slider, a tab, a chart or a table', () => {
    for (const target of [body, button, link, checkbox, tab, chart, select, range, handle, radio, table]) {
      expect(act('PageDown', target, capture)).toBe('next-scene');
      expect(act('PageUp', target, capture)).toBe('previous-scene');
    }
    // Only those two keys are taken before the focused control sees them.
    for (const k of [' ', 'ArrowRight', 'r', 'k']) expect(act(k, body, capture)).toBeUndefined();
  });

  it('arrows step scenes from a button, a checkbox or a link, even after the control was used (Add scene)', () => {
    for (const target of [button, checkbox, link, el('SUMMARY')]) {
      expect(act('ArrowRight', target)).toBe('next-scene');
      expect(act('ArrowLeft', target)).toBe('previous-scene');
    }
  });

  it('arrows stay with a select, a slider, a radio button, a tab, a chart and a scrollable table', () => {
    for (const target of [select, range, handle, radio, tab, chart, table]) {
      expect(act('ArrowRight', target)).toBeUndefined();
      expect(act('ArrowLeft', target)).toBeUndefined();
    }
    // A control that used the key says so; the shortcut then stands back.
    expect(presenterAction(key('ArrowRight', body, { defaultPrevented: true }), bubble)).toBeUndefined();
  });

  it('space presses a focused button, checkbox, tab or radio; it plays from the page, a chart or a slider; K plays from anywhere but text and lists', () => {
    for (const target of [button, checkbox, tab, radio, select, table]) expect(act(' ', target)).toBeUndefined();
    for (const target of [body, chart, range, handle]) expect(act(' ', target)).toBe('play-pause');
    for (const target of [button, checkbox, tab, radio, chart, range, handle, table]) expect(act('k', target)).toBe('play-pause');
    expect(act('k', select)).toBeUndefined();
  });

  it('with no scenes, arrows and Page keys are left alone (they scroll the page)', () => {
    expect(act('ArrowRight', body, { phase: 'bubble', scenes: 0 })).toBeUndefined();
    expect(act('ArrowLeft', button, { phase: 'bubble', scenes: 0 })).toBeUndefined();
    expect(act('PageDown', body, { phase: 'capture', scenes: 0 })).toBeUndefined();
    expect(act(' ', body, { phase: 'bubble', scenes: 0 })).toBe('play-pause');
  });

  it('never fires while typing or inside a dialog', () => {
    for (const target of [text, number, textarea, editable, dialogButton]) {
      for (const k of [' ', 'k', 'r', 'f', '?', 'ArrowLeft', 'ArrowRight']) expect(act(k, target)).toBeUndefined();
      for (const k of ['PageUp', 'PageDown']) expect(act(k, target, capture)).toBeUndefined();
    }
  });

  it('letters work on buttons, tabs, charts and sliders but not on a select (a letter picks an option there)', () => {
    for (const target of [button, tab, chart, range, radio]) expect(act('r', target)).toBe('reset');
    expect(act('r', select)).toBeUndefined();
    expect(act('f', select)).toBeUndefined();
  });

  it('ignores keys with Ctrl, Cmd or Alt', () => {
    expect(presenterAction(key('r', body, { ctrlKey: true }), bubble)).toBeUndefined();
    expect(presenterAction(key('ArrowRight', body, { altKey: true }), bubble)).toBeUndefined();
    expect(presenterAction(key('PageDown', body, { metaKey: true }), capture)).toBeUndefined();
  });
});
