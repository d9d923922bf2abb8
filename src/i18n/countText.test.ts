// countText.test.ts checks the singular and plural of counted units in English and French.
import { describe, expect, it } from 'vitest';
import { countText } from './countText';

describe('countText', () => {
  it('takes the singular at exactly 1 in English, the plural otherwise', () => {
    expect(countText('unit.days', 1, 'en')).toBe('1 day');
    expect(countText('unit.days', 1.5, 'en')).toBe('1.5 days');
    expect(countText('unit.days', 0.5, 'en')).toBe('0.5 days');
    expect(countText('unit.days', 0, 'en')).toBe('0 days');
    expect(countText('unit.days', 2, 'en')).toBe('2 days');
    expect(countText('unit.weeks', 1, 'en')).toBe('1 week');
    expect(countText('unit.years', 1, 'en')).toBe('1 year');
    expect(countText('unit.weeksLmp', 1, 'en')).toBe('1 week from LMP');
    expect(countText('unit.weeksLmp', 5, 'en')).toBe('5 weeks from LMP');
  });

  it('takes the singular below 2 in French, with a decimal comma', () => {
    expect(countText('unit.days', 1, 'fr')).toBe('1 jour');
    expect(countText('unit.days', 1.5, 'fr')).toBe('1,5 jour');
    expect(countText('unit.days', 0.509, 'fr')).toBe('0,509 jour');
    expect(countText('unit.days', 2, 'fr')).toBe('2 jours');
    expect(countText('unit.days', 12.5, 'fr')).toBe('12,5 jours');
    expect(countText('unit.weeks', 1.5, 'fr')).toBe('1,5 semaine');
    expect(countText('unit.years', 1, 'fr')).toBe('1 an');
    expect(countText('unit.years', 1.5, 'fr')).toBe('1,5 an');
    expect(countText('unit.years', 3, 'fr')).toBe('3 ans');
    expect(countText('unit.weeksLmp', 1, 'fr')).toBe('1 semaine d’aménorrhée');
    expect(countText('unit.weeksLmp', 5, 'fr')).toBe('5 semaines d’aménorrhée');
    // CLDR's French "many" (whole millions) is a plural.
    expect(countText('unit.days', 1e6, 'fr')).toBe('1000000 jours');
  });

  it('never prints NaN', () => {
    expect(countText('unit.days', NaN, 'en')).toBe('not available');
    expect(countText('unit.days', Infinity, 'fr')).toBe('non disponible');
  });
});
