// countText.ts writes a number of days, weeks or years in the singular or plural the reader's language asks for ("1 day", "1,5 jour", "2 jours").
import type { Lang } from '../state/urlCodec';
import { decimalComma, localeOf } from './format';
import { translate } from './translate';

/** The counted units: each has a plural message (`unit.days`: "{n} days") and a singular one (`unit.days.one`). */
export type CountKey = 'unit.days' | 'unit.weeks' | 'unit.years' | 'unit.weeksLmp';

const RULES = new Map<Lang, Intl.PluralRules>();

/**
 * `n` (the number as shown, already rounded: "1" for 1.0004 shown as 1) with its unit. The language's own plural rule
 * decides, not `n === 1`: French takes the singular below 2 ("0,5 jour", "1,5 jour"), English only at exactly 1.
 */
export function countText(key: CountKey, n: number, lang: Lang): string {
  if (!Number.isFinite(n)) return translate(lang, 'unit.notAvailable');
  let rules = RULES.get(lang);
  if (!rules) RULES.set(lang, (rules = new Intl.PluralRules(localeOf(lang))));
  // Other categories (French "many", for whole millions) read as the plural.
  const one = rules.select(n) === 'one';
  return translate(lang, one ? `${key}.one` : key, { n: decimalComma(lang, String(n)) });
}
