// handleGlyph.ts is the look of an event's drag handle (a white pill with a left-right arrow), shared by the handle and its legend swatch.

/** Size in px of the pill, centred on the event; unlike a published figure's diamond, it reads as a control, not data. */
export const HANDLE_GLYPH = {
  width: 26,
  height: 16,
  /** A double-headed arrow centred on (0, 0): the handle moves along the time axis. */
  arrow: 'M-7 0H7M-7 0l3.5-3.5M-7 0l3.5 3.5M7 0l-3.5-3.5M7 0l-3.5 3.5',
} as const;
