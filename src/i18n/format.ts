// format.ts formats numbers, levels and ages for the reader's language (decimal comma in French, and so on).
import type { Lang } from '../state/urlCodec';

const LOCALES: Record<Lang, string> = { en: 'en-GB', fr: 'fr-FR' };

export function localeOf(lang: Lang): string {
  return LOCALES[lang];
}

/** A number already written with a point ("2.5", "1.2e-4") as the reader writes it: a decimal comma in French. */
export function decimalComma(lang: Lang, s: string): string {
  return lang === 'fr' ? s.replace('.', ',') : s;
}

/** The colon and semicolon that join parts of a sentence: French sets a no-break space before « : » and a thin one before « ; ». */
export function separators(lang: Lang): { colon: string; semicolon: string } {
  return lang === 'fr' ? { colon: '\u00a0: ', semicolon: '\u202f; ' } : { colon: ': ', semicolon: '; ' };
}

const cache = new Map<string, Intl.NumberFormat>();
function nf(lang: Lang, opts: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(opts)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], opts);
    cache.set(key, f);
  }
  return f;
}

/** A number with `digits` significant digits; '–' for a value that is not finite (never "NaN" on screen). */
export function formatSignificant(lang: Lang, x: number, digits = 2): string {
  if (!Number.isFinite(x)) return '–';
  if (x === 0) return nf(lang, { maximumFractionDigits: 0 }).format(0);
  const abs = Math.abs(x);
  // Microchimerism spans 1e-6..1e3: scientific notation outside the range a reader takes in at a glance.
  if (abs < 1e-3 || abs >= 1e6) return nf(lang, { notation: 'scientific', maximumSignificantDigits: digits }).format(x);
  return nf(lang, { maximumSignificantDigits: digits }).format(x);
}

/** A number with a fixed count of decimals. */
export function formatFixed(lang: Lang, x: number, decimals: number): string {
  if (!Number.isFinite(x)) return '–';
  return nf(lang, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(x);
}

/** A share 0..1 as a percentage. */
export function formatPercent(lang: Lang, share: number, decimals = 0): string {
  if (!Number.isFinite(share)) return '–';
  return nf(lang, { style: 'percent', minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(share);
}

/** French typography: a no-break space before « : » (when a space or the end follows) and inside guillemets, a narrow one before « ; ? ! ». */
export function frenchTypography(s: string): string {
  return s
    .replace(/ :(\s|$)/g, '\u00a0:$1')
    .replace(/ ;/g, '\u202f;')
    .replace(/ \?/g, '\u202f?')
    .replace(/ !/g, '\u202f!')
    .replace(/« /g, '«\u00a0')
    .replace(/ »/g, '\u00a0»');
}
