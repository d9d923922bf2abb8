// cohortStatus.test.ts checks that a cohort run's live announcement changes only when it starts, ends or is cancelled, while its count moves.
import { describe, expect, it } from 'vitest';
import { cohortStatus } from './cohortStatus';

const num = (k: number) => k.toLocaleString('en-US');

describe('cohortStatus', () => {
  it('shows every partial count but announces the run once, when it starts', () => {
    const steps = [0, 120, 1500, 1999].map((done) => cohortStatus({ completed: done, n: 2000 }, undefined, num));
    expect(steps.map((s) => s.count)).toEqual(['0 of 2,000 women simulated…', '120 of 2,000 women simulated…', '1,500 of 2,000 women simulated…', '1,999 of 2,000 women simulated…']);
    for (const s of steps) expect(s.announcement).toEqual({ text: 'Cohort of 2,000 women started.', shown: false });
  });
  it('announces and shows the end of a run, and a cancelled one', () => {
    expect(cohortStatus(undefined, { completed: 300, cohort: { n: 300, seed: 7 } }, num)).toEqual({
      announcement: { text: 'Cohort done: 300 women (seed 7). Bands drawn on the timeline.', shown: true },
    });
    const stopped = cohortStatus(undefined, { completed: 1200, cohort: { n: 100_000, seed: 1 } }, num);
    expect(stopped.count).toBeUndefined();
    expect(stopped.announcement).toEqual({ text: 'Cohort stopped: 1,200 of 100,000 women (seed 1). Bands drawn from them.', shown: true });
  });
  it('says nothing before a run', () => {
    expect(cohortStatus(undefined, undefined, num)).toEqual({});
  });
});
