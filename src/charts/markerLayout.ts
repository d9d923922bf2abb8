// markerLayout.ts places event-marker labels in rows so that none overlaps another (greedy, left to right).

export interface PlacedLabel<T> {
  item: T;
  x: number;
  /** Row 0 is the top; undefined = no room (the marker is drawn without a label; its name is in the readout). */
  row: number | undefined;
}

/** Estimated label width in px for a font size (system sans-serif averages about 0.55 em per character). */
export function labelWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.55;
}

export function layoutLabels<T>(items: readonly T[], xOf: (t: T) => number, textOf: (t: T) => string, rows: number, fontSize: number, gap = 8): PlacedLabel<T>[] {
  const rightEdge: number[] = Array.from({ length: rows }, () => -Infinity);
  return [...items]
    .map((item) => ({ item, x: xOf(item) }))
    .sort((a, b) => a.x - b.x)
    .map(({ item, x }) => {
      const w = labelWidth(textOf(item), fontSize);
      // Labels start at their marker and run right.
      const row = rightEdge.findIndex((r) => r + gap <= x);
      if (row === -1) return { item, x, row: undefined };
      rightEdge[row] = x + w;
      return { item, x, row };
    });
}
