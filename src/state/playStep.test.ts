// playStep.test.ts checks Play's arithmetic: it plays through the view in the chosen seconds and stops at the view's end.
import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAY_SECONDS, PLAY_SECONDS, playRange, playRate, playStart, playStep } from './playStep';
import type { PlayRange } from './playStep';

const FULL: PlayRange = [0, 80];
const HOUR = 1 / (365.25 * 24);
/** "Zoom to delivery hours" on One son: two hours before a delivery at 28.73 to ten after. */
const DELIVERY: PlayRange = [28.73 - 2 * HOUR, 28.73 + 10 * HOUR];

describe('playRange', () => {
  it('is the whole run when not zoomed, the zoom when zoomed', () => {
    expect(playRange(undefined, FULL)).toEqual(FULL);
    expect(playRange(DELIVERY, FULL)).toEqual(DELIVERY);
  });

  it('keeps a zoom inside the run, and falls back to the run for a zoom outside it', () => {
    expect(playRange([-5, 10], FULL)).toEqual([0, 10]);
    expect(playRange([90, 100], FULL)).toEqual(FULL);
  });
});

describe('playRate', () => {
  it('crosses the view in the chosen seconds, whatever its span', () => {
    expect(playRate(FULL, DEFAULT_PLAY_SECONDS)).toBe(4);
    expect(playRate(DELIVERY, 20) * 20).toBeCloseTo(12 * HOUR, 12);
    expect(playRate(DELIVERY, 20)).toBeLessThan(FULL[1] / 1e4);
  });

  it('offers slower choices for longer and faster for shorter, with the default among them', () => {
    expect([...PLAY_SECONDS].sort((a, b) => a - b)).toEqual(PLAY_SECONDS);
    expect(PLAY_SECONDS).toContain(DEFAULT_PLAY_SECONDS);
  });

  it('uses the default for a speed that is not a positive number', () => {
    expect(playRate(FULL, 0)).toBe(80 / DEFAULT_PLAY_SECONDS);
    expect(playRate(FULL, Number.NaN)).toBe(80 / DEFAULT_PLAY_SECONDS);
  });
});

describe('playStart', () => {
  it('starts from the playhead inside the view', () => {
    expect(playStart(28.73, DELIVERY)).toBe(28.73);
  });

  it('starts from the view start when the playhead is outside the view, at its end, or unplaced', () => {
    expect(playStart(40, DELIVERY)).toBe(DELIVERY[0]);
    expect(playStart(10, DELIVERY)).toBe(DELIVERY[0]);
    expect(playStart(DELIVERY[1], DELIVERY)).toBe(DELIVERY[0]);
    expect(playStart(undefined, DELIVERY)).toBe(DELIVERY[0]);
  });
});

describe('playStep', () => {
  it('moves a tenth of a 20-second view in two seconds, and stays inside the zoomed view', () => {
    const s = playStep(DELIVERY[0], 2, DELIVERY, 20);
    expect(s.done).toBe(false);
    expect(s.at - DELIVERY[0]).toBeCloseTo((DELIVERY[1] - DELIVERY[0]) / 10, 12);
  });

  it('reaches the view end after the chosen seconds in 60 frames a second, and stops there', () => {
    let at = DELIVERY[0];
    let frames = 0;
    for (;;) {
      const s = playStep(at, 1 / 60, DELIVERY, 5);
      frames++;
      expect(s.at).toBeGreaterThanOrEqual(DELIVERY[0]);
      expect(s.at).toBeLessThanOrEqual(DELIVERY[1]);
      at = s.at;
      if (s.done) break;
    }
    expect(at).toBe(DELIVERY[1]);
    expect(frames).toBeGreaterThanOrEqual(299);
    expect(frames).toBeLessThanOrEqual(301);
  });

  it('brings a playhead left behind by a zoom to the view start, and stops one past its end at the end', () => {
    expect(playStep(10, 0, DELIVERY, 20)).toEqual({ at: DELIVERY[0], done: false });
    expect(playStep(50, 0.01, DELIVERY, 20)).toEqual({ at: DELIVERY[1], done: true });
  });
});
