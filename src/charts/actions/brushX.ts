// brushX.ts is the Svelte action that lets the reader brush a time range on a chart (d3-brush), cleaned up on destroy.

import { brushX as d3BrushX } from 'd3-brush';
import type { D3BrushEvent } from 'd3-brush';
import { select } from 'd3-selection';

export interface BrushParams {
  width: number;
  height: number;
  /** Called with the brushed pixel range when the reader lets go; the brush then clears itself. */
  onbrush: (x0: number, x1: number) => void;
}

export function brushX(node: SVGGElement, params: BrushParams) {
  let current = params;
  const brush = d3BrushX<unknown>();
  const sel = select(node);
  const apply = () => {
    brush.extent([
      [0, 0],
      [Math.max(1, current.width), Math.max(1, current.height)],
    ]);
    sel.call(brush);
  };
  brush.on('end', (event: D3BrushEvent<unknown>) => {
    if (!event.sourceEvent || !event.selection) return;
    const [a, b] = event.selection as [number, number];
    sel.call(brush.move, null);
    current.onbrush(a, b);
  });
  apply();
  return {
    update(next: BrushParams) {
      current = next;
      apply();
    },
    destroy() {
      brush.on('end', null);
      sel.on('.brush', null);
      sel.selectAll('*').remove();
    },
  };
}
