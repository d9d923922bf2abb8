// chartTypes.ts declares the shapes a chart container takes besides its layers: legend entries and its data table.

export interface LegendItem {
  label: string;
  color: string;
  dash?: string;
  /** Inside of a marker swatch, as the marker is drawn on the chart (white when absent). */
  fill?: string;
  /** How the swatch is drawn; `handle` is an event's drag handle (left out of exported images, which have none). */
  kind?: 'line' | 'band' | 'marker' | 'rule' | 'handle';
}

export interface DataTable {
  caption: string;
  columns: string[];
  rows: string[][];
}

/** An event the reader can move on the timeline. */
export interface MovableEvent {
  /** e.g. `pregnancy:0` or `injury:1` (0-based index in the scenario). */
  id: string;
  label: string;
  /** Mother's age of the event, years. */
  at: number;
}
