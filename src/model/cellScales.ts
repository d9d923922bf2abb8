// cellScales.ts gives the whole-body cell count behind each compartment: how many real cells 1 gEq per 10^5 stands for.

import type { Tissue } from './types';

export interface CellCount {
  /** Host cells in the whole compartment (body-wide). */
  cells: number;
  source: string;
}

/**
 * The stochastic engine counts whole graft cells: cells = level (gEq/10^5) × cells/10^5. These counts decide where
 * chance matters — a graft of a few cells can be lost, a lineage founded or not. Adult sizes for every host
 * (a limitation for children: a newborn's blood is about a fifteenth of an adult's).
 */
export const BODY_CELLS = {
  blood: {
    cells: 3.5e10,
    source: 'About 5 L of blood × 7×10^6 nucleated cells per mL (evidence.md conversion: 1.1×10^8 cells in 16 mL).',
  },
  niche: {
    cells: 1e8,
    source:
      'Assumption: the primitive progenitor pool the niche stands for (about 1% of the ~10^10 CD34+ marrow cells). It sets how many founding cells a pregnancy leaves (a few) and so the chance that a lineage dies out.',
  },
  thyroid: { cells: 1e10, source: 'Assumption: about 20 g of gland at roughly 5×10^8 cells per g.' },
  liver: { cells: 2.4e11, source: 'Bianconi et al. 2013, Ann Hum Biol 40:463: about 2.4×10^11 hepatocytes.' },
  skin: { cells: 3e10, source: 'Assumption: order of magnitude of epidermal and dermal cells (cf. Bianconi et al. 2013).' },
  lung: { cells: 2.9e11, source: 'Assumption after Bianconi et al. 2013 (alveolar, endothelial and interstitial cells, order 10^11).' },
  heart: { cells: 6e9, source: 'Assumption: about 3×10^9 cardiomyocytes (Bergmann et al. 2015, Cell 161:1566) and as many other cells.' },
  kidney: { cells: 5e10, source: 'Assumption: two kidneys, about 300 g at ~1.5×10^8 cells per g.' },
  brain: { cells: 1.7e11, source: 'Azevedo et al. 2009, J Comp Neurol 513:532: 86×10^9 neurons and 85×10^9 other cells.' },
  muscle: { cells: 1.5e10, source: 'Assumption: order of magnitude of skeletal muscle nuclei in an adult woman.' },
  pancreas: { cells: 5e10, source: 'Assumption: about 100 g at ~5×10^8 cells per g.' },
  breast: { cells: 1e10, source: 'Assumption: order of magnitude of breast epithelial and stromal cells.' },
} as const satisfies Record<'blood' | 'niche' | Tissue, CellCount>;

/** Cells that 1 gEq/10^5 of a compartment stands for. */
export function cellsPerUnit(compartment: keyof typeof BODY_CELLS): number {
  return BODY_CELLS[compartment].cells / 1e5;
}
