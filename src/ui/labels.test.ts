// labels.test.ts checks the panel's names with units (no nested parentheses), the sliders' spoken values (singular and plural) and the injury hosts' names.
import { afterEach, describe, expect, it } from 'vitest';
import { locale, t } from '../i18n/locale.svelte';
import { parameterText, parameterUnit } from '../i18n/parameters.fr';
import { PARAMETERS } from '../model/parameters';
import { hostName, unitInName, valueWithUnit } from './labels';

afterEach(() => {
  locale.lang = 'en';
});

const LANGS = ['en', 'fr'] as const;

describe('unitInName', () => {
  it('drops the unit\'s own parentheses', () => {
    expect(unitInName('weeks (from LMP)')).toBe('weeks from LMP');
    expect(unitInName('gEq/10^5 per day')).toBe('gEq/10⁵ per day');
    expect(unitInName('1')).toBe('');
  });

  it('gives no parameter name nested parentheses, in either language', () => {
    for (const lang of LANGS) {
      locale.lang = lang;
      for (const p of PARAMETERS) {
        const unit = unitInName(parameterUnit(p.unit, lang));
        const name = unit ? t('pp.nameUnit', { name: parameterText(p.id, lang).label, unit }) : parameterText(p.id, lang).label;
        let depth = 0;
        for (const c of name) {
          depth += c === '(' ? 1 : c === ')' ? -1 : 0;
          expect(depth, `${lang} ${p.id}: ${name}`).toBeLessThanOrEqual(1);
        }
        expect(depth, `${lang} ${p.id}: ${name}`).toBe(0);
      }
    }
    locale.lang = 'en';
    const lmp = PARAMETERS.find((p) => p.unit === 'weeks (from LMP)')!;
    expect(t('pp.nameUnit', { name: lmp.label, unit: unitInName(lmp.unit) })).toBe('Gestational age at which cell traffic starts (weeks from LMP)');
  });
});

describe('valueWithUnit', () => {
  it('speaks days and weeks in the singular or the plural', () => {
    expect(valueWithUnit(1, 'days', 'en')).toBe('1 day');
    expect(valueWithUnit(15, 'days', 'en')).toBe('15 days');
    expect(valueWithUnit(1.5, 'days', 'en')).toBe('1.5 days');
    expect(valueWithUnit(1, 'days', 'fr')).toBe('1 jour');
    expect(valueWithUnit(1.5, 'days', 'fr')).toBe('1,5 jour');
    expect(valueWithUnit(12.5, 'days', 'fr')).toBe('12,5 jours');
    expect(valueWithUnit(1, 'weeks', 'en')).toBe('1 week');
    expect(valueWithUnit(1, 'weeks', 'fr')).toBe('1 semaine');
    expect(valueWithUnit(1, 'weeks (from LMP)', 'en')).toBe('1 week from LMP');
    expect(valueWithUnit(5, 'weeks (from LMP)', 'en')).toBe('5 weeks from LMP');
    expect(valueWithUnit(5, 'weeks (from LMP)', 'fr')).toBe('5 semaines d’aménorrhée');
    expect(valueWithUnit(1, 'weeks (from LMP)', 'fr')).toBe('1 semaine d’aménorrhée');
  });

  it('keeps rates, ratios and abbreviations as they are, and a dimensionless value bare', () => {
    expect(valueWithUnit(1, 'per day', 'en')).toBe('1 per day');
    expect(valueWithUnit(0.5, 'per day', 'fr')).toBe('0,5 par jour');
    expect(valueWithUnit(1, 'min', 'en')).toBe('1 min');
    expect(valueWithUnit(0.0124, 'gEq/10^5 per day', 'en')).toBe('0.0124 gEq/10⁵ per day');
    expect(valueWithUnit(0.94, '1', 'fr')).toBe('0,94');
  });

  it('never says "1 days" for any unit of the parameter table, in either language', () => {
    const plural = /\b(days|weeks|years|hours|minutes|jours|semaines|ans|heures)\b/;
    for (const unit of new Set(PARAMETERS.map((p) => p.unit))) {
      for (const lang of LANGS) {
        expect(valueWithUnit(1, unit, lang), `${lang} ${unit}`).not.toMatch(plural);
        // French is singular below 2.
        if (lang === 'fr') expect(valueWithUnit(1.5, unit, lang), unit).not.toMatch(plural);
      }
    }
    // And a counted unit is still plural where it should be.
    expect(valueWithUnit(2, 'days', 'fr')).toMatch(plural);
  });
});

describe('hostName', () => {
  it('names the mother and a child, including one the scenario does not have', () => {
    expect(hostName('mother')).toBe('mother');
    expect(hostName('child:3')).toBe('child 3');
    expect(t('ed.noSuchChild', { host: hostName('child:3') })).toBe('child 3 (no such child)');
    locale.lang = 'fr';
    expect(hostName('child:3')).toBe('enfant 3');
    expect(t('ed.noSuchChild', { host: hostName('child:3') })).toBe('enfant 3 (cet enfant n’existe pas)');
    // Not the format's shape: shown as written, never lost.
    expect(hostName('uncle')).toBe('uncle');
  });
});
