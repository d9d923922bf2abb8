// palette.ts is the colour and line-style scheme: Okabe–Ito colours (told apart by colour-blind viewers) per graft, dashes per compartment.
import { t } from '../i18n/locale.svelte';

/** Okabe–Ito, reordered so the first colours have the most contrast on white (yellow left out: too faint on a projector). */
export const GRAFT_COLORS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'] as const;

/** Fill of a published figure's diamond (Okabe–Ito yellow, outlined in black): data, unlike the white drag handles. */
export const EVIDENCE_FILL = '#F0E442';

export function graftColor(index: number): string {
  return GRAFT_COLORS[((index % GRAFT_COLORS.length) + GRAFT_COLORS.length) % GRAFT_COLORS.length]!;
}

export type CompartmentStyle = 'blood' | 'niche' | 'tissue' | 'immune' | 'cfdna';

/** Dash patterns per compartment (solid blood, long dashes niche, dots tissue, dash-dot immune). */
export const COMPARTMENT_DASH: Record<CompartmentStyle, string> = {
  blood: '',
  niche: '12 6',
  tissue: '2 6',
  immune: '10 4 2 4',
  cfdna: '',
};

/** Labels in the reader's language (getters: read at draw time, so a language switch redraws them). */
export const COMPARTMENT_LABEL: Record<CompartmentStyle, string> = {
  get blood() {
    return t('compartment.blood');
  },
  get niche() {
    return t('compartment.niche');
  },
  get tissue() {
    return t('compartment.tissue');
  },
  get immune() {
    return t('compartment.immune');
  },
  get cfdna() {
    return t('compartment.cfdna');
  },
};

/** Line width on every chart: thick enough for a projector. */
export const LINE_WIDTH = 3;
