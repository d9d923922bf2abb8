// readoutPlacement.test.ts checks that the cursor readout stays inside the chart wherever the cursor is, beside the cursor when it can.
import { describe, expect, it } from 'vitest';
import { readoutPlacement } from './readoutPlacement';
import type { ReadoutPlacement } from './readoutPlacement';

/** The box's left and right edges once its rows have wrapped to maxWidth. */
function edges(p: ReadoutPlacement, width: number): [number, number] {
  const w = Math.min(width, p.maxWidth);
  return p.side === 'left' ? [p.x - w, p.x] : [p.x, p.x + w];
}

describe('readoutPlacement', () => {
  it('sits right of the cursor when it fits there', () => {
    expect(readoutPlacement(100, 300, -60, 900)).toEqual({ side: 'right', x: 114, maxWidth: 786 });
  });

  it('flips left of the cursor near the right edge (it ran past the chart: "gEq/10⁵" cut to "gEq/10")', () => {
    const p = readoutPlacement(700, 300, -60, 900);
    expect(p.side).toBe('left');
    expect(p.x).toBe(686);
    expect(edges(p, 300)[0]).toBeGreaterThanOrEqual(-60);
  });

  it('wraps to the roomier side, clear of the cursor, when it fits on neither', () => {
    const p = readoutPlacement(500, 700, -60, 900);
    expect(p).toEqual({ side: 'left', x: 486, maxWidth: 546 });
    const q = readoutPlacement(300, 700, -60, 900);
    expect(q).toEqual({ side: 'right', x: 314, maxWidth: 586 });
  });

  it('goes over the cursor, inside the chart, only when no side has room', () => {
    const p = readoutPlacement(150, 400, -20, 320);
    expect(p.side).toBe('over');
    const [a, b] = edges(p, 400);
    expect(a).toBeGreaterThanOrEqual(-20);
    expect(b).toBeLessThanOrEqual(320);
  });

  it('never leaves the chart and never covers the cursor while a side has room, for any cursor and width', () => {
    for (const width of [0, 120, 450, 700, 1200]) {
      for (let cursor = 0; cursor <= 840; cursor += 7) {
        const p = readoutPlacement(cursor, width, -60, 900);
        const [a, b] = edges(p, width);
        const at = `${width} at ${cursor}`;
        expect(a, at).toBeGreaterThanOrEqual(-60);
        expect(b, at).toBeLessThanOrEqual(900);
        expect(p.side, at).not.toBe('over');
        expect(a > cursor || b < cursor, at).toBe(true);
      }
    }
  });
});
