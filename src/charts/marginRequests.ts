// marginRequests.ts keeps the room each chart layer asks for beside the plot, so that two layers never overwrite each other.

/**
 * Room (px) that layers of one chart ask for on one side of the plot, each under its own key. The chart gives the
 * largest request: two layers that both need room (a y-axis title on two lines, long heatmap row names) share one
 * margin wide enough for either, whichever asked last.
 */
export class MarginRequests {
  private readonly requests = new Map<symbol, number>();

  /** Sets (px > 0) or withdraws (px ≤ 0) a layer's request; returns the room to give, the largest request or 0. */
  set(layer: symbol, px: number): number {
    if (px > 0) this.requests.set(layer, px);
    else this.requests.delete(layer);
    let most = 0;
    for (const v of this.requests.values()) most = Math.max(most, v);
    return most;
  }
}
