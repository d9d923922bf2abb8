// markerLayout.test.ts checks that marker labels (close events merged into one) and legend entries never overlap, and captions wrap.
import { describe, expect, it } from 'vitest';
import { labelWidth, layoutLabels, layoutMarkerLabels } from './markerLayout';
import { layoutLegend, wrapText } from './textLayout';

describe('layoutLabels', () => {
  it('puts close labels on separate rows and drops what does not fit', () => {
    const items = [0, 10, 20, 30, 500];
    const placed = layoutLabels(items, (x) => x, () => 'Conception 1', 3, 14);
    expect(placed.map((p) => p.row)).toEqual([0, 1, 2, undefined, 0]);
  });
  it('keeps labels in one row apart by their width', () => {
    const w = labelWidth('Birth 1', 14);
    const placed = layoutLabels([0, w + 10], (x) => x, () => 'Birth 1', 1, 14);
    expect(placed.map((p) => p.row)).toEqual([0, 0]);
  });
});

describe('layoutMarkerLabels', () => {
  // The three-children timeline at full zoom: conception and birth ~10 px apart, pregnancies ~40–50 px apart.
  const events = [
    { k: 1, kind: 'Conception', x: 12 },
    { k: 1, kind: 'Birth', x: 22 },
    { k: 2, kind: 'Conception', x: 52 },
    { k: 2, kind: 'Birth', x: 62 },
    { k: 3, kind: 'Conception', x: 104 },
    { k: 3, kind: 'Birth', x: 114 },
  ];
  type E = (typeof events)[number];
  const own = (e: E) => `${e.kind} ${e.k}`;
  const group = (g: readonly E[]) => `Pregnancy ${[...new Set(g.map((e) => e.k))].join('–')}`;
  const font = 14 * 1.15;

  /** Label boxes (row, left, right) never overlap in a row. */
  function noOverlap(placed: ReturnType<typeof layoutMarkerLabels<E>>) {
    const boxes = placed.filter((p) => p.row !== undefined).map((p) => ({ row: p.row!, l: p.x, r: p.x + labelWidth(p.item.text, font) }));
    for (const a of boxes) for (const b of boxes) if (a !== b && a.row === b.row) expect(a.r <= b.l || b.r <= a.l).toBe(true);
  }

  it('names close events together, one label per pregnancy, all placed and none overlapping', () => {
    const placed = layoutMarkerLabels(events, (e) => e.x, own, group, 3, font);
    expect(placed.map((p) => p.item.text)).toEqual(['Pregnancy 1', 'Pregnancy 2', 'Pregnancy 3']);
    expect(placed.every((p) => p.row !== undefined)).toBe(true);
    expect(placed.flatMap((p) => p.item.items)).toHaveLength(events.length);
    noOverlap(placed);
  });

  it("names a conception and a birth a label's height apart together even when rows are free", () => {
    const one = events.slice(0, 2);
    const placed = layoutMarkerLabels(one, (e) => e.x, own, group, 3, font);
    expect(placed.map((p) => p.item.text)).toEqual(['Pregnancy 1']);
  });

  it('keeps each event its own label when there is room (zoomed in)', () => {
    const wide = events.map((e) => ({ ...e, x: e.x * 20 }));
    const placed = layoutMarkerLabels(wide, (e) => e.x, own, group, 3, font);
    expect(placed.map((p) => p.item.text)).toEqual(events.map(own));
    noOverlap(placed);
  });

  it('merges further on a narrow chart, and never overlaps', () => {
    const narrow = events.map((e) => ({ ...e, x: e.x / 3 }));
    const placed = layoutMarkerLabels(narrow, (e) => e.x, own, group, 1, font);
    expect(placed.every((p) => p.row !== undefined)).toBe(true);
    expect(placed.length).toBeLessThan(3);
    noOverlap(placed);
  });

  it('draws no labels when asked for no rows', () => {
    const placed = layoutMarkerLabels(events, (e) => e.x, own, group, 0, font);
    expect(placed).toHaveLength(events.length);
    expect(placed.every((p) => p.row === undefined)).toBe(true);
  });
});

describe('text layout', () => {
  it('wraps a caption under the width', () => {
    const lines = wrapText('one two three four five six seven eight nine ten', 60, 14);
    expect(lines.length).toBeGreaterThan(2);
    for (const l of lines) expect(labelWidth(l, 14) <= 60 || !l.includes(' ')).toBe(true);
  });
  it('wraps legend entries into rows', () => {
    const { slots, rows } = layoutLegend(['a long legend label', 'another long label', 'third'], (s) => s, 300, 15);
    expect(rows).toBe(2);
    expect(slots[1]!.row).toBe(1);
  });
});
