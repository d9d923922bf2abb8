// evidence.fr.test.ts checks that every published figure drawn on the charts has a French wording with the same numbers.
import { describe, expect, it } from 'vitest';
import { EVIDENCE_ROWS } from '../charts/evidenceMarkers';
import { EVIDENCE_FIGURES_FR, evidenceFigure } from './evidence.fr';

const englishNumbers = (s: string) => [...s.matchAll(/\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g)].map((m) => m[0].replace(/,/g, ''));
const frenchNumbers = (s: string) => [...s.matchAll(/\d{1,3}(?:\u202f\d{3})+(?:,\d+)?|\d+(?:,\d+)?/g)].map((m) => m[0].replace(/\u202f/g, '').replace(',', '.'));

describe('French published figures', () => {
  it('has a French wording for every figure, with every number', () => {
    for (const r of EVIDENCE_ROWS) {
      const fr = EVIDENCE_FIGURES_FR[r.figure];
      expect(fr, r.figure).toBeDefined();
      expect(evidenceFigure(r.figure, 'fr')).toBe(fr);
      expect(evidenceFigure(r.figure, 'en')).toBe(r.figure);
      const found = new Set(frenchNumbers(fr!));
      for (const n of englishNumbers(r.figure)) expect(found.has(n), `${r.id}: ${n}`).toBe(true);
    }
    expect(Object.keys(EVIDENCE_FIGURES_FR)).toHaveLength(new Set(EVIDENCE_ROWS.map((r) => r.figure)).size);
  });
});
