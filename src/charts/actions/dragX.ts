// dragX.ts is the Svelte action that drags an HTML handle along a chart's x axis (d3-drag), cleaned up on destroy.

import { drag } from 'd3-drag';
import type { D3DragEvent } from 'd3-drag';
import { select } from 'd3-selection';

export interface DragParams {
  /** Called with the pointer's x in the handle's container (the plot area), in px. */
  onmove: (x: number) => void;
  onend?: () => void;
}

export function dragX(node: HTMLElement, params: DragParams) {
  let current = params;
  const sel = select<HTMLElement, unknown>(node);
  const behaviour = drag<HTMLElement, unknown>()
    // Positions relative to the handle's parent: the overlay that covers the plot area.
    .container(() => node.parentElement ?? node)
    .on('drag', (event: D3DragEvent<HTMLElement, unknown, unknown>) => current.onmove(event.x))
    .on('end', () => current.onend?.());
  sel.call(behaviour);
  return {
    update(next: DragParams) {
      current = next;
    },
    destroy() {
      sel.on('.drag', null);
    },
  };
}
