// PresentState.test.ts checks the deck's bookkeeping: which scene is shown after adding, moving and deleting scenes.
import { describe, expect, it } from 'vitest';
import { PresentState } from './PresentState.svelte';
import type { Scene } from './urlCodec';

const scene = (caption: string): Scene => ({ caption, state: { scenario: { preset: 'one-son' }, view: 'timeline' } });

function deck(...captions: string[]): PresentState {
  const p = new PresentState();
  captions.forEach((c) => p.addScene(scene(c), `key-${c}`));
  return p;
}

describe('PresentState', () => {
  it('an added scene is the scene shown while the page keeps its key', () => {
    const p = deck('a', 'b');
    expect(p.shownScene('key-b')).toEqual({ n: 2, total: 2, caption: 'b' });
    expect(p.shownScene('key-a')).toBeUndefined();
  });

  it('deleting a scene before the shown one keeps naming the shown one; deleting the shown one names none', () => {
    const p = deck('a', 'b', 'c');
    p.sceneIndex = 2;
    p.shownKey = 'key-c';
    p.removeScene(0);
    expect(p.sceneIndex).toBe(1);
    expect(p.shownScene('key-c')).toEqual({ n: 2, total: 2, caption: 'c' });
    p.removeScene(1);
    expect(p.shownScene('key-c')).toBeUndefined();
    p.removeScene(0);
    expect(p.sceneIndex).toBeUndefined();
  });

  it('moving the shown scene moves its position', () => {
    const p = deck('a', 'b');
    p.moveScene(1, -1);
    expect(p.shownScene('key-b')).toEqual({ n: 1, total: 2, caption: 'b' });
  });

  it('presenting is the projector theme; reveal counts requests', () => {
    const p = new PresentState();
    expect(p.presenting).toBe(false);
    p.theme = 'projector';
    expect(p.presenting).toBe(true);
    p.reveal();
    p.reveal();
    expect(p.reveals).toBe(2);
  });
});
