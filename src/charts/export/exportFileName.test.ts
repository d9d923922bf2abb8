// exportFileName.test.ts checks that download names keep the title's words: accents folded, "œ" spelt "oe", nothing dropped.
import { describe, expect, it } from 'vitest';
import { asciiFold, exportFileName } from './exportFileName';

describe('exportFileName', () => {
  it('spells the French ligature out instead of dropping it', () => {
    expect(exportFileName('Chronologie du microchimérisme fœtal chez la mère', 'png', '1280x720')).toBe('chronologie-du-microchimerisme-foetal-chez-la-mere-1280x720.png');
  });
  it('folds accented letters to their base letter', () => {
    expect(exportFileName('Cellules fœtales par tissu — mère, âgée', 'svg')).toBe('cellules-foetales-par-tissu-mere-agee.svg');
    expect(asciiFold('ÉÈÊËÀÂÎÏÔÙÛÜÇ')).toBe('eeeeaaiiouuuc');
    expect(asciiFold('Æsop, Straße, Øresund')).toBe('aesop, strasse, oresund');
  });
  it('keeps digits, superscript ones too', () => {
    expect(exportFileName('Cells per 10⁵', 'csv')).toBe('cells-per-105.csv');
  });
  it('keeps the English names as they were', () => {
    expect(exportFileName('Timeline of fetal microchimerism in the mother', 'svg', '1280x720')).toBe('timeline-of-fetal-microchimerism-in-the-mother-1280x720.svg');
    expect(exportFileName("Mother: fetal cells by tissue", 'svg', '1280x720')).toBe('mother-fetal-cells-by-tissue-1280x720.svg');
  });
  it('never ends on a dash when cut to length, and has a name when the title has no letters', () => {
    const name = exportFileName(`${'a'.repeat(79)} bcd`, 'png');
    expect(name).toBe(`${'a'.repeat(79)}.png`);
    expect(exportFileName('— ✦ —', 'png')).toBe('chimera-chart.png');
  });
});
