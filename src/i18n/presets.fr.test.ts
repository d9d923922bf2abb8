// presets.fr.test.ts checks that every preset has French text, and that numbers and author-year citations survive translation.
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../model/presets';
import { PRESETS_FR, presetText } from './presets.fr';

/** Numbers in English prose, normalised: "1,550" -> "1550", "11.1" stays "11.1". */
function englishNumbers(text: string): string[] {
  return [...text.matchAll(/\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g)].map((m) => m[0].replace(/,/g, ''));
}

/** Numbers in French prose, normalised: "1\u202f550" -> "1550", "11,1" -> "11.1". */
function frenchNumbers(text: string): string[] {
  return [...text.matchAll(/\d{1,3}(?:[\u202f\u00a0]\d{3})+(?:,\d+)?|\d+(?:,\d+)?/g)].map((m) =>
    m[0].replace(/[\u202f\u00a0]/g, '').replace(',', '.'),
  );
}

/** Author-year citations such as "Bianchi 1996" or "Loubière 2006". */
function citations(text: string): string[] {
  return [...text.matchAll(/\p{Lu}[\p{L}-]+ (?:19|20)\d{2}\b/gu)].map((m) => m[0]);
}

describe('French presets', () => {
  const ids = PRESETS.map((p) => p.id);

  it('has a French title and caption for every preset id, and no extra ids', () => {
    expect(Object.keys(PRESETS_FR).sort()).toEqual([...ids].sort());
    for (const id of ids) {
      const fr = PRESETS_FR[id];
      expect(fr, id).toBeDefined();
      expect(fr?.title.trim(), id).not.toBe('');
      expect(fr?.caption.trim(), id).not.toBe('');
    }
  });

  it('translates every caption (none is a copy of the English)', () => {
    for (const p of PRESETS) {
      expect(PRESETS_FR[p.id]?.caption, p.id).not.toBe(p.caption);
    }
  });

  it('keeps every number of the English title and caption (decimal comma allowed)', () => {
    for (const p of PRESETS) {
      const fr = PRESETS_FR[p.id];
      for (const field of ['title', 'caption'] as const) {
        const found = new Set(frenchNumbers(fr?.[field] ?? ''));
        for (const n of englishNumbers(p[field])) expect(found.has(n), `${p.id} ${field}: ${n}`).toBe(true);
      }
    }
  });

  it('keeps every author-year citation of the English caption', () => {
    for (const p of PRESETS) {
      const fr = PRESETS_FR[p.id]?.caption ?? '';
      for (const c of citations(p.caption)) expect(fr, `${p.id}: ${c}`).toContain(c);
    }
  });

  it('follows French typography: decimal comma, no-break spaces before « : ; ? ! » and inside guillemets', () => {
    for (const [id, { title, caption }] of Object.entries(PRESETS_FR)) {
      for (const text of [title, caption]) {
        expect(text, id).not.toMatch(/\d\.\d/);
        expect(text, id).not.toMatch(/[^\u00a0\u202f][:;?!]/);
        expect(text, id).not.toMatch(/«[^\u00a0\u202f]|[^\u00a0\u202f]»/);
        expect(text, id).not.toMatch(/["']/);
        expect(text, id).not.toMatch(/ {2}|^\s|\s$/);
      }
    }
  });

  it('presetText gives English or French', () => {
    for (const p of PRESETS) {
      expect(presetText(p.id, 'en')).toEqual({ title: p.title, caption: p.caption });
      expect(presetText(p.id, 'fr')).toEqual(PRESETS_FR[p.id]);
    }
  });
});
