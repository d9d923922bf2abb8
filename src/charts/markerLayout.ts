// markerLayout.ts lays out the band above a chart's data: event labels in rows that never overlap, and drag handles stacked so none hides another.

export interface PlacedLabel<T> {
  item: T;
  x: number;
  /** Row 0 is the top; undefined = no room (the marker is drawn without a label; its name is in its title and the summary). */
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
  /** The label drawn: the marker's own, a name for the group, or their abbreviation. */
  text: string;
  /** The full name, when `text` is abbreviated (the label's title gives it). */
  full?: string;
}

/**
 * Labels for markers that never collide. Markers about a label's height apart or closer share one label; the others
 * get their own full name when they all fit in `rows` rows, else their abbreviation (`shortText`, e.g. "P2" for
 * "Pregnancy 2"); when even those do not fit, markers closer together than a gap (doubled until all labels fit, up to
 * `maxGap` px) share one label, named by `groupText` (e.g. "Pregnancy 1–3"), in full or abbreviated. A label that still
 * finds no room has row `undefined`: its markers are drawn unlabelled (each marker's title and the chart's summary
 * still name it).
 */
export function layoutMarkerLabels<T>(
  items: readonly T[],
  xOf: (t: T) => number,
  textOf: (t: T) => string,
  groupText: (group: readonly T[]) => string,
  rows: number,
  fontSize: number,
  shortText?: (group: readonly T[]) => string,
  maxGap = 240,
): PlacedLabel<MarkerCluster<T>>[] {
  const sorted = items.map((item) => ({ item, x: xOf(item) })).sort((a, b) => a.x - b.x);
  const clusterAt = (gap: number, short: boolean): MarkerCluster<T>[] => {
    const out: MarkerCluster<T>[] = [];
    let last = -Infinity;
    for (const { item, x } of sorted) {
      const cur = out[out.length - 1];
      if (cur && x - last < gap) cur.items.push(item);
      else out.push({ items: [item], x, text: '' });
      last = x;
    }
    for (const c of out) {
      const full = c.items.length === 1 ? textOf(c.items[0]!) : groupText(c.items);
      const abbr = short && shortText ? shortText(c.items) : full;
      c.text = abbr;
      if (abbr !== full) c.full = full;
    }
    return out;
  };
  const place = (gap: number, short: boolean) => layoutLabels(clusterAt(gap, short), (c) => c.x, (c) => c.text, rows, fontSize);
  if (rows === 0) return place(0.5, false);
  const fits = (p: PlacedLabel<MarkerCluster<T>>[]) => p.every((l) => l.row !== undefined);
  // Markers within about a label's height of each other are always named together (stacked labels that close
  // could not be told apart); further apart only when neither their names nor their abbreviations fit.
  let placed = place(fontSize * 1.5, false);
  for (let gap = fontSize * 1.5; !fits(placed) && gap <= maxGap; gap *= 2) {
    if (gap > fontSize * 1.5) placed = place(gap, false);
    if (!fits(placed) && shortText) placed = place(gap, true);
  }
  return placed;
}

/** Rows of labels used by a layout (0 when none is placed). */
export function rowsUsed(placed: readonly PlacedLabel<unknown>[]): number {
  return placed.reduce((n, p) => (p.row === undefined ? n : Math.max(n, p.row + 1)), 0);
}

/**
 * Most rows of event labels in the band over a plot `innerHeight` px tall with rows `pitch` apart: two when they take
 * at most an eighth of it, else one when it takes at most an eighth of a plot of 200 px or more, else none (a small
 * plot keeps its room for the data; each marker's title still names it). Past two, labels are abbreviated rather than
 * stacked: a deep band squeezes the data.
 */
export function eventLabelRows(innerHeight: number, pitch: number): number {
  if (innerHeight >= pitch * 16) return 2;
  // A 640 × 360 embed's plot (about 150 px) is too small to give a row up: its markers go unlabelled.
  return innerHeight >= Math.max(200, pitch * 8) ? 1 : 0;
}

/**
 * Distance between label rows for a font size: a bold label's ink (caps to descenders, about 0.95 em), both rows' 2 px
 * white halo, and a clear gap (18 px at 14 px left the halos touching the row above).
 */
export function eventLabelPitch(fontSize: number): number {
  return Math.ceil(fontSize * 1.5);
}

/** Height of one row of drag handles (a handle and the gap under it). */
export function handleRowPitch(handleHeight: number): number {
  return handleHeight + 4;
}

/** Top (px below the plot's top) of handle row `row`. */
export function handleTop(row: number, handleHeight: number): number {
  return 2 + row * handleRowPitch(handleHeight);
}

/**
 * Row of each drag handle (in the order given; row 0 is the top): handles `width` px wide centred on their x that
 * would overlap (or come closer than `gap`) go to the next free row, so each can be grabbed with the mouse.
 */
export function stackHandles(xs: readonly number[], width: number, gap = 4): number[] {
  const rightEdge: number[] = [];
  const rows = new Array<number>(xs.length);
  const order = xs.map((x, i) => ({ x, i })).sort((a, b) => a.x - b.x);
  for (const { x, i } of order) {
    let row = rightEdge.findIndex((r) => r + gap <= x - width / 2);
    if (row === -1) row = rightEdge.length;
    rightEdge[row] = x + width / 2;
    rows[i] = row;
  }
  return rows;
}

/** Rows a stack of handles takes (0 with no handles). */
export function handleRowCount(rows: readonly number[]): number {
  return rows.length === 0 ? 0 : Math.max(...rows) + 1;
}

/** The band over the data: handle rows on top, then label rows. Its height is where the data's top starts. */
export interface EventBand {
  height: number;
  /** Baseline (px below the plot's top) of label row `row`. */
  baseline: (row: number) => number;
}

export function eventBand(handleRows: number, labelRows: number, pitch: number, handleHeight: number): EventBand {
  const labelsTop = handleRows > 0 ? handleTop(handleRows, handleHeight) : 0;
  // A baseline three quarters down its row: the caps sit in the row, the descenders above the next row's caps.
  const baseline = (row: number) => labelsTop + row * pitch + Math.round(pitch * 0.75);
  const height = labelRows > 0 ? labelsTop + labelRows * pitch + 6 : handleRows > 0 ? labelsTop + 2 : 0;
  return { height, baseline };
}
