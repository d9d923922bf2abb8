// eventCaptions.ts writes a plain-language caption for each life event, for the Explain view and a lecture.

import type { SimEvent } from '../model/types';

export function eventCaption(e: SimEvent): string {
  switch (e.kind) {
    case 'conception':
      return `${e.label}. From the first weeks of pregnancy, a trickle of cells crosses the placenta in both directions: fetal cells into the mother, maternal cells into the fetus. The traffic grows as the pregnancy advances.`;
    case 'birth':
      return `${e.label}. Delivery releases a surge of fetal cells into the mother's blood. Most are cleared within weeks and the fetal DNA in her plasma is gone within hours, but a few cells settle in her bone-marrow niche, renew themselves and can persist for decades.`;
    case 'miscarriage':
      return `${e.label}. Even a pregnancy lost early has sent fetal cells into the mother; some can persist, so a woman may carry cells of a pregnancy she never knew about.`;
    case 'termination':
      return `${e.label}. An elective termination releases fetal cells into the mother's blood (more the later it happens); like those of a birth, some can persist.`;
    case 'injury':
      return `${e.label}. An injured tissue calls in progenitor cells, including microchimeric ones, which settle and take on the tissue's form. Whether they help repair it or add to the damage is an open question.`;
  }
}

export interface GlossaryEntry {
  term: string;
  definition: string;
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  { term: 'Microchimerism', definition: 'A small number of cells (or DNA) from another individual living in a body — here, from a pregnancy.' },
  { term: 'Fetal microchimerism', definition: "Cells of a fetus (or of a child, long after birth) living in the mother." },
  { term: 'Maternal microchimerism', definition: "The mother's cells living in her child." },
  { term: 'gEq/10⁵', definition: 'Genome equivalents per 100,000 host cells: how many foreign genomes a test finds among 100,000 of the host\'s own. The field\'s unit; levels are often below 1.' },
  { term: 'Graft', definition: 'All cells of one origin in a host: the cells of pregnancy 2 in the mother form one graft.' },
  { term: 'Progenitor niche', definition: 'A home in the bone marrow where stem-like cells renew themselves; this is what lets microchimerism last decades.' },
  { term: 'Cell-free fetal DNA', definition: 'Fragments of fetal DNA in the mother\'s plasma (used in prenatal tests); cleared within hours after birth.' },
  { term: 'HLA-compatible', definition: "A child whose inherited HLA (tissue type) from the father matches the mother's: its cells are cleared less and it is the classic risk factor for systemic sclerosis." },
  { term: 'Systemic sclerosis', definition: 'An autoimmune disease that hardens the skin and organs; more fetal cells are found in affected women.' },
  { term: 'Detection limit', definition: 'The level at which a test (here a PCR of a given number of genomes, repeated) finds the cells half the time.' },
  { term: 'Evidence tier', definition: 'How good a default is: measured in people (human), fitted by us to human figures (fitted), from mouse studies (animal), or an assumption.' },
];
