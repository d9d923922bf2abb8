// inlineRuns.test.ts checks when a run is trusted to the main thread: only once warmed, and while recent runs of this kind are cheap.
import { describe, expect, it } from 'vitest';
import { INLINE_BUDGET_MS, InlinePolicy, scenarioKind } from './inlineRuns';
import { PRESETS } from '../model/presets';

const cheap = INLINE_BUDGET_MS / 4;
const dear = INLINE_BUDGET_MS * 4;

describe('InlinePolicy', () => {
  it('needs a warm main thread and a few cheap runs first', () => {
    const p = new InlinePolicy();
    p.kind('a');
    for (let i = 0; i < 6; i++) p.note(cheap);
    expect(p.ready()).toBe(false);
    p.warmRun(dear);
    p.warmRun(cheap);
    p.warmRun(dear);
    p.warmRun(cheap);
    expect(p.warm).toBe(false);
    p.warmRun(cheap);
    expect(p.warm).toBe(true);
    expect(p.ready()).toBe(true);
  });

  it('sends runs back to the worker when most recent ones cost more than the budget, but not for a few outliers', () => {
    const p = new InlinePolicy();
    for (let i = 0; i < 3; i++) p.warmRun(cheap);
    p.kind('a');
    for (let i = 0; i < 8; i++) p.note(cheap);
    p.note(dear * 10);
    p.note(dear);
    p.note(dear);
    expect(p.ready()).toBe(true);
    p.note(dear);
    p.note(dear);
    expect(p.ready()).toBe(false);
  });

  it('forgets the recent times when the kind of scenario changes', () => {
    const p = new InlinePolicy();
    for (let i = 0; i < 3; i++) p.warmRun(cheap);
    p.kind('a');
    for (let i = 0; i < 8; i++) p.note(cheap);
    p.kind('a');
    expect(p.ready()).toBe(true);
    p.kind('b');
    expect(p.ready()).toBe(false);
  });

  it('gives up warming a scenario that never gets cheap', () => {
    const p = new InlinePolicy();
    for (let i = 0; i < 50 && p.warming; i++) p.warmRun(dear);
    expect(p.warming).toBe(false);
    expect(p.warm).toBe(false);
  });
});

describe('scenarioKind', () => {
  it('ignores parameters and follows the events', () => {
    const s = PRESETS[0]!.scenario;
    expect(scenarioKind({ ...s, parameters: { x: 1 } })).toBe(scenarioKind(s));
    expect(scenarioKind({ ...s, pregnancies: [...s.pregnancies, s.pregnancies[0]!] })).not.toBe(scenarioKind(s));
  });
});
