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

/** Markers whose labels are drawn as one (they sit too close together to be named one by one). */
export interface MarkerCluster<T> {
  items: T[];
  /** x of the first marker: the label starts there. */
  x: number;
  /** The label: the marker's own, or a name for the group. */
  text: string;
}

/**
 * Labels for markers that never collide. Markers about a label's height apart or closer share one label; the others
 * get their own when they all fit in `rows` rows, else markers closer together than a gap (doubled until all labels
 * fit, up to `maxGap` px) share one label,
 * named by `groupText` (e.g. "Pregnancy 2" for its conception and birth). A label that still finds no room has row
 * `undefined`: its markers are drawn unlabelled.
 */
export function layoutMarkerLabels<T>(
  items: readonly T[],
  xOf: (t: T) => number,
  textOf: (t: T) => string,
  groupText: (group: readonly T[]) => string,
  rows: number,
  fontSize: number,
  maxGap = 240,
): PlacedLabel<MarkerCluster<T>>[] {
  const sorted = items.map((item) => ({ item, x: xOf(item) })).sort((a, b) => a.x - b.x);
  const clusterAt = (gap: number): MarkerCluster<T>[] => {
    const out: MarkerCluster<T>[] = [];
    let last = -Infinity;
    for (const { item, x } of sorted) {
      const cur = out[out.length - 1];
      if (cur && x - last < gap) cur.items.push(item);
      else out.push({ items: [item], x, text: '' });
      last = x;
    }
    for (const c of out) c.text = c.items.length === 1 ? textOf(c.items[0]!) : groupText(c.items);
    return out;
  };
  if (rows === 0) return layoutLabels(clusterAt(0.5), (c) => c.x, (c) => c.text, 0, fontSize);
  // Markers within about a label's height of each other are always named together (stacked labels that close
  // could not be told apart); further apart only when their own labels do not fit.
  let placed = layoutLabels(clusterAt(fontSize * 1.5), (c) => c.x, (c) => c.text, rows, fontSize);
  for (let gap = fontSize * 3; placed.some((p) => p.row === undefined) && gap <= maxGap; gap *= 2) {
    placed = layoutLabels(clusterAt(gap), (c) => c.x, (c) => c.text, rows, fontSize);
  }
  return placed;
}

/**
 * Rows of event labels across the top of a plot `innerHeight` px tall with rows `pitch` apart: up to three, fewer on a
 * short plot, none on a small embed's (they would cover the data there; each marker's title still names it).
 */
export function eventLabelRows(innerHeight: number, pitch: number): number {
  return innerHeight >= pitch * 12 ? Math.min(3, Math.floor(innerHeight / (pitch * 5))) : 0;
}

/** Baseline (px below the plot's top) of event-label row `row`. */
export function eventLabelBaseline(row: number, pitch: number): number {
  return row * pitch + 2 * pitch;
}
