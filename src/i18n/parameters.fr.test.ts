// parameters.fr.test.ts checks that every model parameter has a French name, unit and source, and that numbers and citations survive translation.
import { describe, expect, it } from 'vitest';
import { PARAMETERS } from '../model/parameters';
import { PARAMETERS_FR, UNITS_FR, parameterText, parameterUnit } from './parameters.fr';

/** Numbers in English prose, normalised: "1,552" -> "1552", "11.1" stays "11.1". */
function englishNumbers(text: string): string[] {
  return [...text.matchAll(/\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g)].map((m) => m[0].replace(/,/g, ''));
}

/** Numbers in French prose, normalised: "1\u202f552" -> "1552", "11,1" -> "11.1". */
function frenchNumbers(text: string): string[] {
  return [...text.matchAll(/\d{1,3}(?:[\u202f\u00a0]\d{3})+(?:,\d+)?|\d+(?:,\d+)?/g)].map((m) => m[0].replace(/[\u202f\u00a0]/g, '').replace(',', '.'));
}

/** Citations such as "Bianchi et al. 1997", "MacDonald 1961" and evidence rows such as "E11". */
function citations(text: string): string[] {
  return [...text.matchAll(/\p{Lu}[\p{L}-]+(?: et al\.)? (?:19|20)\d{2}\b|\bE\d{1,2}\b/gu)].map((m) => m[0]);
}

describe('French parameters', () => {
  it('has a French name and source for every parameter, and no extra ids', () => {
    expect(Object.keys(PARAMETERS_FR).sort()).toEqual(PARAMETERS.map((p) => p.id).sort());
    for (const p of PARAMETERS) {
      const fr = PARAMETERS_FR[p.id];
      expect(fr?.label.trim(), p.id).toBeTruthy();
      expect(fr?.source.trim(), p.id).toBeTruthy();
      expect(fr?.label, p.id).not.toBe(p.label);
      expect(fr?.source, p.id).not.toBe(p.source);
    }
  });

  it('has a French unit for every unit the table uses', () => {
    for (const p of PARAMETERS) expect(UNITS_FR[p.unit], `${p.id}: ${p.unit}`).toBeDefined();
    expect(parameterUnit('gEq/10^5 per day', 'fr')).toBe('gEq/10^5 par jour');
    expect(parameterUnit('weeks (from LMP)', 'en')).toBe('weeks (from LMP)');
  });

  it('keeps every number of the English name and source (decimal comma allowed)', () => {
    for (const p of PARAMETERS) {
      const fr = PARAMETERS_FR[p.id]!;
      for (const field of ['label', 'source'] as const) {
        const found = new Set(frenchNumbers(fr[field]));
        for (const n of englishNumbers(p[field])) expect(found.has(n), `${p.id} ${field}: ${n}`).toBe(true);
      }
    }
  });

  it('keeps every citation and evidence row of the English source', () => {
    for (const p of PARAMETERS) {
      for (const c of citations(p.source)) expect(PARAMETERS_FR[p.id]!.source, `${p.id}: ${c}`).toContain(c);
    }
  });

  it('follows French typography: decimal comma, no-break spaces before « : ; » and inside guillemets, curly apostrophes', () => {
    for (const [id, { label, source }] of Object.entries(PARAMETERS_FR)) {
      for (const text of [label, source]) {
        expect(text, id).not.toMatch(/\d\.\d/);
        expect(text, id).not.toMatch(/[^\u00a0\u202f\d]:|[^\u00a0\u202f];/);
        expect(text, id).not.toMatch(/«[^\u00a0]|[^\u00a0]»/);
        expect(text, id).not.toMatch(/["']/);
        expect(text, id).not.toMatch(/ {2}|^\s|\s$/);
      }
    }
  });

  it('parameterText gives English or French', () => {
    for (const p of PARAMETERS) {
      expect(parameterText(p.id, 'en')).toEqual({ label: p.label, source: p.source });
      expect(parameterText(p.id, 'fr')).toEqual(PARAMETERS_FR[p.id]);
    }
  });
});
