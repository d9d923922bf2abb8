// exportFileName.ts makes a download's file name from a chart or scenario title: readable ASCII words joined by dashes, accents folded, ligatures spelt out.

/** Letters that Unicode decomposition does not reduce to ASCII, spelt as French and other European writers do. */
const SPELT: Record<string, string> = {
  œ: 'oe',
  æ: 'ae',
  ß: 'ss',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  ı: 'i',
  ŋ: 'ng',
  '⁰': '0',
  '¹': '1',
  '²': '2',
  '³': '3',
  '⁴': '4',
  '⁵': '5',
  '⁶': '6',
  '⁷': '7',
  '⁸': '8',
  '⁹': '9',
  µ: 'u',
  μ: 'u',
};

/** The title folded to lower-case ASCII: "Fœtal" → "foetal", "Mère" → "mere", "10⁵" → "105". */
export function asciiFold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^ -~]/g, (c) => SPELT[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** A file name from a chart title: lower case, dashes, no characters that file systems refuse, words kept. */
export function exportFileName(title: string, ext: 'svg' | 'png' | 'csv' | 'json', suffix = ''): string {
  const base = asciiFold(title)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80)
    .replace(/-$/, '');
  return `${base || 'chimera-chart'}${suffix ? `-${suffix}` : ''}.${ext}`;
}
