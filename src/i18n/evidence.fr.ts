// evidence.fr.ts is the French wording of the published figures drawn on the charts (src/charts/evidenceMarkers.ts), keyed by their English text.
import type { Lang } from '../state/urlCodec';

export const EVIDENCE_FIGURES_FR: Readonly<Record<string, string>> = {
  'Male fetus: mean 19 (0–91) male genome equivalents per 16 mL whole blood at term (Y-PCR, 90 women)':
    'Fœtus masculin\u00a0: en moyenne 19 (0–91) équivalents génome masculins pour 16\u00a0mL de sang total à terme (PCR du chromosome Y, 90 femmes)',
  'Trisomy 21 male fetus: mean 110 (0.1–650) per 16 mL whole blood, about 6× normal (Y-PCR)':
    'Fœtus masculin porteur d’une trisomie 21\u00a0: en moyenne 110 (0,1–650) pour 16\u00a0mL de sang total, environ 6× la normale (PCR du chromosome Y)',
  'Healthy controls: 0.38 (0–2) male genome equivalents per 16 mL, last son born 15–18 years earlier (Y-PCR, 16 women)':
    'Témoins en bonne santé\u00a0: 0,38 (0–2) équivalent génome masculin pour 16\u00a0mL, dernier fils né 15 à 18 ans plus tôt (PCR du chromosome Y, 16 femmes)',
  'Systemic sclerosis: 11.1 (0–61) male genome equivalents per 16 mL, last son born 15–18 years earlier (Y-PCR, 17 patients)':
    'Sclérodermie systémique\u00a0: 11,1 (0–61) équivalents génome masculins pour 16\u00a0mL, dernier fils né 15 à 18 ans plus tôt (PCR du chromosome Y, 17 patientes)',
  'After elective termination of a male fetus: median 1,552 (50–37,618) genome equivalents per 16 mL (Y-PCR, 21 women)':
    'Après interruption volontaire de grossesse d’un fœtus masculin\u00a0: médiane de 1\u202f552 (50–37\u202f618) équivalents génome pour 16\u00a0mL (PCR du chromosome Y, 21 femmes)',
  'Cell-free fetal DNA early in pregnancy (weeks 11–17): 25.4 (3.3–69.4) GE/mL plasma (real-time PCR)':
    'ADN fœtal libre circulant en début de grossesse (11 à 17\u00a0semaines)\u00a0: 25,4 (3,3–69,4) GE/mL de plasma (PCR en temps réel)',
  'Cell-free fetal DNA late in pregnancy (weeks 37–40): 292 (76.9–769) GE/mL plasma (real-time PCR)':
    'ADN fœtal libre circulant en fin de grossesse (37 à 40\u00a0semaines)\u00a0: 292 (76,9–769) GE/mL de plasma (PCR en temps réel)',
};

/** A published figure's wording in the reader's language (the English text when no French one exists). */
export function evidenceFigure(figure: string, lang: Lang): string {
  return lang === 'fr' ? (EVIDENCE_FIGURES_FR[figure] ?? figure) : figure;
}
