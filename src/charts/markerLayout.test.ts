// markerLayout.test.ts checks that marker labels (abbreviated or merged when crowded) and legend entries never overlap, drag handles stack clear of each other, the band holds them, and captions wrap.
import { describe, expect, it } from 'vitest';
import { eventBand, eventLabelPitch, eventLabelRows, handleRowCount, handleTop, labelWidth, layoutLabels, layoutMarkerLabels, rowsUsed, stackHandles } from './markerLayout';
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

  const short = (g: readonly E[]) => `P${[...new Set(g.map((e) => e.k))].join('–')}`;

  it('abbreviates rather than merging when full names do not fit: each pregnancy keeps its own label', () => {
    // "Three children" at full zoom on a 1280 px page: pregnancies ~40–50 px apart, a full name ~100 px wide.
    const placed = layoutMarkerLabels(events, (e) => e.x, own, group, 2, font, short);
    expect(placed.map((p) => p.item.text)).toEqual(['P1', 'P2', 'P3']);
    expect(placed.map((p) => p.item.full)).toEqual(['Pregnancy 1', 'Pregnancy 2', 'Pregnancy 3']);
    expect(placed.every((p) => p.row !== undefined)).toBe(true);
    expect(rowsUsed(placed)).toBe(1);
    noOverlap(placed);
  });

  it('keeps full names in two rows when they fit (a 1920 px slide)', () => {
    const wide = events.map((e) => ({ ...e, x: e.x * 2 }));
    const placed = layoutMarkerLabels(wide, (e) => e.x, own, group, 2, font, short);
    expect(placed.map((p) => p.item.text)).toEqual(['Pregnancy 1', 'Pregnancy 2', 'Pregnancy 3']);
    expect(placed.every((p) => p.item.full === undefined)).toBe(true);
    expect(rowsUsed(placed)).toBe(2);
    noOverlap(placed);
  });

  it('merges abbreviations only when even they do not fit, and still never overlaps', () => {
    const tight = events.map((e) => ({ ...e, x: e.x / 4 }));
    const placed = layoutMarkerLabels(tight, (e) => e.x, own, group, 1, font, short);
    expect(placed.every((p) => p.row !== undefined)).toBe(true);
    expect(placed.length).toBeLessThan(3);
    expect(placed.flatMap((p) => p.item.items)).toHaveLength(events.length);
    noOverlap(placed);
  });

  it('draws no labels when asked for no rows', () => {
    const placed = layoutMarkerLabels(events, (e) => e.x, own, group, 0, font);
    expect(placed).toHaveLength(events.length);
    expect(placed.every((p) => p.row === undefined)).toBe(true);
  });
});

describe('eventLabelRows and eventLabelPitch', () => {
  it('gives two rows at most (abbreviations before a deep band), one on a slide-sized projector plot, none on a tiny plot', () => {
    // The page's plot (340 px, light type) and a tall one.
    expect(eventLabelRows(340, eventLabelPitch(14))).toBe(2);
    expect(eventLabelRows(900, eventLabelPitch(14))).toBe(2);
    // A 1280 × 720 projector slide's plot (about 310 px, 19 px type): one row, not none.
    expect(eventLabelRows(310, eventLabelPitch(19))).toBe(1);
    // A 640 × 360 embed's plot (about 150 px, 12 px type): none.
    expect(eventLabelRows(150, eventLabelPitch(12))).toBe(0);
  });
  it("leaves room between rows for the labels' halo", () => {
    // A bold label's ink (caps to descenders) is about 0.95 em; each row's halo reaches 2 px past it; 2 px stay clear.
    for (const size of [12, 14, 19]) expect(eventLabelPitch(size)).toBeGreaterThanOrEqual(size * 0.95 + 4 + 2);
  });
});

describe('stackHandles', () => {
  const W = 26;
  /** Handles in one row never overlap (nor come closer than the gap). */
  function clear(xs: number[], rows: number[], gap = 4) {
    for (let i = 0; i < xs.length; i++)
      for (let j = i + 1; j < xs.length; j++) if (rows[i] === rows[j]) expect(Math.abs(xs[i]! - xs[j]!)).toBeGreaterThanOrEqual(W + gap);
  }

  it('keeps handles that are apart in the top row', () => {
    const xs = [13, 104, 300];
    expect(stackHandles(xs, W)).toEqual([0, 0, 0]);
  });

  it('puts a handle that would overlap its neighbour in the next row (pregnancy 1 dragged to 28.1, 12 px before pregnancy 2)', () => {
    const xs = [92, 104, 155];
    const rows = stackHandles(xs, W);
    expect(rows).toEqual([0, 1, 0]);
    clear(xs, rows);
    expect(handleRowCount(rows)).toBe(2);
  });

  it('stacks three handles at one place in three rows, in the order given', () => {
    const xs = [50, 40, 45];
    const rows = stackHandles(xs, W);
    expect(new Set(rows).size).toBe(3);
    clear(xs, rows);
  });

  it('finds room in an upper row again once past a crowd', () => {
    const xs = [0, 10, 20, 100];
    const rows = stackHandles(xs, W);
    expect(rows[3]).toBe(0);
    clear(xs, rows);
  });

  it('has no rows without handles', () => expect(handleRowCount(stackHandles([], W))).toBe(0));
});

describe('eventBand', () => {
  const pitch = eventLabelPitch(14);
  it('puts label rows under the handle rows, and the data under both', () => {
    const band = eventBand(2, 2, pitch, 16);
    const firstLabelTop = band.baseline(0) - 14;
    expect(firstLabelTop).toBeGreaterThanOrEqual(handleTop(1, 16) + 16);
    expect(band.baseline(1) - band.baseline(0)).toBe(pitch);
    // The lowest label's descenders stay above the data.
    expect(band.height).toBeGreaterThanOrEqual(band.baseline(1) + 14 * 0.25);
  });
  it('is empty with nothing to hold, and only as tall as the handles without labels', () => {
    expect(eventBand(0, 0, pitch, 16).height).toBe(0);
    expect(eventBand(1, 0, pitch, 16).height).toBeGreaterThanOrEqual(handleTop(0, 16) + 16);
    expect(eventBand(1, 0, pitch, 16).height).toBeLessThan(pitch * 2);
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
