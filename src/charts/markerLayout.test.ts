// markerLayout.test.ts checks that marker labels and legend entries never overlap and captions wrap.
import { describe, expect, it } from 'vitest';
import { labelWidth, layoutLabels } from './markerLayout';
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
