// textLayout.ts wraps caption text and lays out legend entries inside an SVG of a given width (SVG text does not wrap).

import { labelWidth } from './markerLayout';

/** Splits text into lines no wider than `maxWidth` px at `fontSize` (estimated widths). */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    const next = line ? `${line} ${w}` : w;
    if (line && labelWidth(next, fontSize) > maxWidth) {
      lines.push(line);
      line = w;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

export interface LegendSlot<T> {
  item: T;
  x: number;
  row: number;
}

/** Left-to-right legend entries (a swatch of `swatch` px, then the label), wrapping to new rows. */
export function layoutLegend<T>(items: readonly T[], textOf: (t: T) => string, maxWidth: number, fontSize: number, swatch = 36, gap = 22): { slots: LegendSlot<T>[]; rows: number } {
  let x = 0;
  let row = 0;
  const slots: LegendSlot<T>[] = [];
  for (const item of items) {
    const w = swatch + 8 + labelWidth(textOf(item), fontSize);
    if (x > 0 && x + w > maxWidth) {
      x = 0;
      row++;
    }
    slots.push({ item, x, row });
    x += w + gap;
  }
  return { slots, rows: items.length === 0 ? 0 : row + 1 };
}
