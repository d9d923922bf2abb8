// presets.ts holds the built-in scenarios that tell the classic stories of gestational microchimerism, each with a teaching caption and its sources.
//
// Captions are for a lecture hall: plain words, one paragraph, and honest about what is measured in people,
// what comes from mice and what is an open question. Each preset lists the rows of
// ../shared/science/evidence.md it can be compared with (evidenceIds), so the calibration and the app can
// put model and data side by side. Ages are the mother's unless the host is a child (then the child's).
// Every preset must pass validateScenario (presets.test.ts checks it).

import type { Injury, Pregnancy, Scenario } from './types';

export interface Preset {
  id: string;
  title: string;
  /** One teaching paragraph, plain language, for a lecture. */
  caption: string;
  /** Citations: authors, year, journal. */
  sources: string[];
  /** Rows of evidence.md this preset can be compared with. */
  evidenceIds: string[];
  scenario: Scenario;
}

// Citations in the style of evidence.md (authors, year, journal volume:page).
const SRC = {
  parant2009: 'Parant O et al. 2009, Presse Med 38:584 (review: gestational microchimerism in human diseases)',
  bianchi1996: 'Bianchi DW et al. 1996, Proc Natl Acad Sci USA 93:705 (male fetal progenitor cells in maternal blood up to 27 years postpartum)',
  bianchi1997: 'Bianchi DW et al. 1997, Am J Hum Genet 61:822 (PCR quantitation of fetal cells in maternal blood, normal and aneuploid pregnancies)',
  bianchi2001: 'Bianchi DW et al. 2001, Am J Obstet Gynecol 184:703 (fetal cells in maternal blood after elective termination)',
  lo1998: 'Lo YMD et al. 1998, Am J Hum Genet 62:768 (fetal DNA in maternal plasma and serum, by real-time PCR)',
  lo1999clearance: 'Lo YMD et al. 1999, Am J Hum Genet 64:218 (rapid clearance of fetal DNA from maternal plasma)',
  lo1999preeclampsia: 'Lo YMD et al. 1999, Clin Chem 45:184 (fetal DNA in maternal serum raised about fivefold in preeclampsia)',
  holzgreve1998: 'Holzgreve W et al. 1998, Obstet Gynecol 91:669 (disturbed feto-maternal cell traffic in preeclampsia)',
  ariga2001: 'Ariga H et al. 2001, Transfusion (kinetics of fetal cellular and cell-free DNA in maternal circulation during and after pregnancy)',
  hamada1993: 'Hamada H et al. 1993, Hum Genet 91:427 (fetal nucleated cells in maternal blood, FISH, first-time mothers)',
  osada2001: 'Osada H et al. 2001, Transfusion 41:499 (fetal progenitor cells in maternal blood after delivery)',
  nelson1998: 'Nelson JL et al. 1998, Lancet 351:559 (microchimerism and HLA-compatible relationships of pregnancy in scleroderma)',
  evans1999: 'Evans PC et al. 1999, Blood 93:2033 (long-term fetal microchimerism in PBMC subsets, healthy women and scleroderma)',
  khosrotehrani2004: 'Khosrotehrani K et al. 2004, JAMA 292:75 (fetal cells with multilineage potential in maternal tissues)',
  srivatsa2001: 'Srivatsa B et al. 2001, Lancet 358:2034 (microchimerism of presumed fetal origin in thyroid specimens)',
  nassar2012: 'Nassar D et al. 2012, FASEB J 26:149 (fetal progenitor cells home to maternal skin wounds in mice)',
  kara2012: 'Kara RJ et al. 2012, Circ Res (fetal cells home to injured maternal heart in mice)',
  dubernard2008: 'Dubernard G et al. 2008, Breast Cancer Res 10:R14 (breast cancer stroma recruits fetal-derived cells during pregnancy)',
  lo2000: 'Lo YMD et al. 2000, Clin Chem 46:1301 (bidirectional fetomaternal transfer of nucleated cells and plasma DNA; maternal DNA in cord blood)',
  loubiere2006: 'Loubière LS et al. 2006, Lab Invest 86:1185 (maternal microchimerism in healthy adults, by blood cell subset)',
  artlett2000: 'Artlett CM et al. 2000, Lancet 356:2155 (chimeric cells of maternal origin in juvenile idiopathic inflammatory myopathies)',
  reed2000: 'Reed AM et al. 2000, Lancet 356:2156 (chimerism in children with juvenile dermatomyositis)',
  reed2004: 'Reed AM et al. 2004, J Immunol 172:5041 (maternal chimeric T cells respond to the child\'s cells in juvenile dermatomyositis)',
} as const;

const HORIZON = 80;

function birth(conceptionAgeYears: number, fetalSex: Pregnancy['fetalSex'], extra: Partial<Pregnancy> = {}): Pregnancy {
  return { conceptionAgeYears, gestationWeeks: 40, outcome: 'birth', delivery: 'vaginal', fetalSex, hlaCompatible: false, conditions: [], ...extra };
}

function scenario(name: string, pregnancies: Pregnancy[], injuries: Injury[] = [], hypothesis: Scenario['hypothesis'] = 'neutral'): Scenario {
  return { version: 1, name, horizonYears: HORIZON, pregnancies, injuries, hypothesis, parameters: {} };
}

const thyroidInjuryAt50: Injury = {
  host: 'mother', tissue: 'thyroid', kind: 'wound', ageYears: 50, severity: 0.6, durationDays: 180, chronic: false,
};

const THYROID_COMMON =
  'Nearly twenty years after the birth of a son, the mother\'s thyroid is injured at 50 (think of thyroiditis or a nodule). ' +
  'Fetal cells kept in her bone-marrow niche are drawn to the injured gland and take on the tissue\'s form: ' +
  'male cells, even whole male follicles, were found in 16 of 29 surgical thyroid specimens and in none of 8 controls (Srivatsa 2001), ' +
  'and fetal cells in diseased maternal organs carry the markers of several lineages (Khosrotehrani 2004). ' +
  'What those cells do there is an open question: nobody has shown in people whether they help, harm or just watch. ' +
  'The three thyroid presets differ only in the hypothesis switch, so compare their damage curves side by side. ';

export const PRESETS: readonly Preset[] = [
  {
    id: 'one-son',
    title: 'One son',
    caption:
      'A first pregnancy with a boy, born at term. Fetal cells cross the placenta from the first trimester, rise through the pregnancy and peak at delivery; ' +
      'cell-free fetal DNA in the mother\'s plasma rises too (about 25 genome equivalents per mL early, about 290 late) and vanishes within hours of birth, with a half-life of about 16 minutes (Lo 1998, 1999). ' +
      'Most fetal cells in blood are cleared within months, but fetal progenitor cells settle in the mother\'s bone marrow, renew themselves and keep releasing a trickle of cells: ' +
      'male DNA was found in blood progenitor cells of women up to 27 years after the birth of a son (Bianchi 1996). ' +
      'A son is the classic case because a Y-chromosome test tells his cells from his mother\'s.',
    sources: [SRC.bianchi1996, SRC.bianchi1997, SRC.lo1998, SRC.lo1999clearance, SRC.ariga2001, SRC.osada2001, SRC.evans1999, SRC.parant2009],
    evidenceIds: ['E1', 'E3', 'E4', 'E5', 'E6', 'E7', 'E8', 'E9', 'E10'],
    scenario: scenario('One son', [birth(28, 'male')]),
  },
  {
    id: 'one-daughter',
    title: 'One daughter',
    caption:
      'The same pregnancy with a girl. The traffic is the same in both directions, but a Y-chromosome test, the tool behind most of the human figures, sees nothing: ' +
      'her cells in her mother can only be found with other markers, such as HLA or other genetic differences between them. ' +
      'So the published figures for fetal cells mostly describe sons, and daughters are under-counted. ' +
      'The daughter also carries her mother\'s cells for life: maternal DNA is found in the cord blood of about a quarter of newborns (Lo 2000), ' +
      'and maternal cells in the blood of about 4 in 10 healthy adults (Loubière 2006).',
    sources: [SRC.lo2000, SRC.loubiere2006, SRC.bianchi1997, SRC.parant2009],
    evidenceIds: ['E3', 'E17', 'E18'],
    scenario: scenario('One daughter', [birth(28, 'female')]),
  },
  {
    id: 'three-children',
    title: 'Three children',
    caption:
      'A son at 26, a daughter at 29 and a son at 33. Each pregnancy leaves its own graft in the mother, shown as its own curve, ' +
      'and the grafts share, and compete for, the same limited niche, so each later pregnancy leaves the earlier grafts a smaller share of it: they settle at a lower level than after one pregnancy alone. ' +
      'Each child in turn receives maternal cells. (A younger child may also receive cells that the mother carries from an older sibling; the model does not yet follow those.) ' +
      'Long-term persistence is measured in people: male DNA in mothers\' blood decades after a son (Bianchi 1996; Evans 1999, up to 38 years); ' +
      'how grafts compete is a model assumption.',
    sources: [SRC.bianchi1996, SRC.evans1999, SRC.loubiere2006, SRC.parant2009],
    evidenceIds: ['E9', 'E10', 'E17', 'E18'],
    scenario: scenario('Three children', [birth(26, 'male'), birth(29, 'female'), birth(33, 'male', { delivery: 'caesarean' })]),
  },
  {
    id: 'miscarriage-then-birth',
    title: 'Miscarriage, then a birth',
    caption:
      'A miscarriage at 10 weeks at 27, then a son born at term at 29. Traffic starts in the first trimester (fetal DNA is detectable by PCR from weeks 7 to 16: Ariga 2001), ' +
      'so even a short pregnancy leaves fetal cells behind, and a loss can disrupt the placenta and let more cells through than the weeks alone would suggest (compare the termination preset, Bianchi 2001). ' +
      'A woman can therefore carry cells from a pregnancy that nobody counted; in a study, such a graft can be mistaken for one from a later child.',
    sources: [SRC.ariga2001, SRC.hamada1993, SRC.bianchi2001, SRC.parant2009],
    evidenceIds: ['E3', 'E13'],
    scenario: scenario('Miscarriage, then a birth', [
      { conceptionAgeYears: 27, gestationWeeks: 10, outcome: 'miscarriage', fetalSex: 'female', hlaCompatible: false, conditions: [] },
      birth(29, 'male'),
    ]),
  },
  {
    id: 'elective-termination',
    title: 'Elective termination',
    caption:
      'An elective termination at 11 weeks of a male fetus, at 24. Procedures that disrupt the placenta push many fetal cells into the mother at once: ' +
      'after termination, women carrying a boy had a median of about 1,550 male genome equivalents per 16 mL of blood, far above term levels, and more the later the termination (Bianchi 2001). ' +
      'A large early dose can seed the mother\'s niche just as a birth does.',
    sources: [SRC.bianchi2001, SRC.bianchi1997, SRC.parant2009],
    evidenceIds: ['E13'],
    scenario: scenario('Elective termination', [
      { conceptionAgeYears: 24, gestationWeeks: 11, outcome: 'termination', fetalSex: 'male', hlaCompatible: false, conditions: [] },
    ]),
  },
  {
    id: 'preeclampsia',
    title: 'Preeclampsia',
    caption:
      'A first pregnancy with a boy, complicated by preeclampsia and delivered by caesarean section at 36 weeks. ' +
      'In preeclampsia the placenta is under stress and lets more fetal material through: fetal DNA in the mother\'s serum was about five times higher than in matched pregnancies (381 vs 76 genome equivalents per mL; Lo 1999), ' +
      'and fetal cells in her blood were raised too (Holzgreve 1998). Compare the curves with the one-son preset. ' +
      'The evidence file has no calibration row for preeclampsia, so the size of the effect in the model is a documented assumption.',
    sources: [SRC.lo1999preeclampsia, SRC.holzgreve1998, SRC.lo1998, SRC.parant2009],
    evidenceIds: [],
    scenario: scenario('Preeclampsia', [
      birth(28, 'male', { gestationWeeks: 36, delivery: 'caesarean', conditions: ['preeclampsia'] }),
    ]),
  },
  {
    id: 'trisomy-21',
    title: 'Trisomy 21',
    caption:
      'A boy with trisomy 21 (Down syndrome), born at term to a mother of 38. Fetal aneuploidy raises the traffic: ' +
      'women carrying a male fetus with trisomy 21 had on average about six times more male DNA in their blood (110 vs 19 genome equivalents per 16 mL; Bianchi 1997). ' +
      'Placental changes are thought to be part of the reason. Compare with the one-son preset.',
    sources: [SRC.bianchi1997, SRC.parant2009],
    evidenceIds: ['E1', 'E2'],
    scenario: scenario('Trisomy 21', [birth(38, 'male', { gestationWeeks: 39, conditions: ['trisomy21'] })]),
  },
  {
    id: 'hla-compatible-son-ssc',
    title: 'HLA-compatible son, then systemic sclerosis',
    caption:
      'A son whose inherited HLA (from his father) happens to match his mother\'s, born at 25; at 41 she develops systemic sclerosis (scleroderma) of the skin, and at 44 of the lung. ' +
      'A compatible graft is harder for the mother\'s immune system to see, so it is cleared less and persists more. ' +
      'HLA-compatible children are the classic risk factor for the disease, and women with it had far more male DNA in their blood than healthy mothers of sons (11.1 vs 0.38 genome equivalents per 16 mL, with the last son born 15 to 18 years earlier on average; Nelson 1998), ' +
      'more often and for decades (Evans 1999). Whether the cells cause the disease, as in a graft-versus-host reaction, or come to repair it, is not settled: try the hypothesis switch. ' +
      'Compare with the healthy control son.',
    sources: [SRC.nelson1998, SRC.evans1999, SRC.khosrotehrani2004, SRC.parant2009],
    evidenceIds: ['E10', 'E11', 'E12'],
    scenario: scenario('HLA-compatible son, then systemic sclerosis', [birth(25, 'male', { hlaCompatible: true })], [
      { host: 'mother', tissue: 'skin', kind: 'autoimmune', ageYears: 41, severity: 0.6, durationDays: 365, chronic: true },
      { host: 'mother', tissue: 'lung', kind: 'autoimmune', ageYears: 44, severity: 0.4, durationDays: 365, chronic: true },
    ]),
  },
  {
    id: 'healthy-control-son',
    title: 'Healthy control: one son, no disease',
    caption:
      'The control for the systemic sclerosis preset: the same son at 25, but not HLA-compatible, and no disease. ' +
      'This is the healthy mother of a son in the study of Nelson 1998: 0.38 male genome equivalents per 16 mL of blood on average, against 11.1 in women with systemic sclerosis, ' +
      'and a third of healthy mothers of sons test positive in blood cells, with cells found up to 38 years after the birth (Evans 1999). ' +
      'Put the two presets side by side to see how much of the difference compatibility alone explains in the model.',
    sources: [SRC.nelson1998, SRC.evans1999, SRC.parant2009],
    evidenceIds: ['E10', 'E11'],
    scenario: scenario('Healthy control: one son, no disease', [birth(25, 'male')]),
  },
  {
    id: 'thyroid-injury-neutral',
    title: 'Thyroid injury at 50 — neutral bystanders',
    caption:
      THYROID_COMMON +
      'Here the hypothesis is neutral: fetal cells home to the injured gland and settle there, but the injury heals at its own pace.',
    sources: [SRC.srivatsa2001, SRC.khosrotehrani2004, SRC.bianchi1996, SRC.parant2009],
    evidenceIds: ['E14', 'E15'],
    scenario: scenario('Thyroid injury at 50 (neutral)', [birth(30, 'male')], [thyroidInjuryAt50], 'neutral'),
  },
  {
    id: 'thyroid-injury-repair',
    title: 'Thyroid injury at 50 — fetal cells help repair',
    caption:
      THYROID_COMMON +
      'Here the hypothesis is repair: the fetal cells in the gland speed its recovery, as mouse studies suggest for heart and skin, where fetal cells become heart muscle and blood vessels (Kara 2012; Nassar 2012). ' +
      'Mouse results are not proof for people.',
    sources: [SRC.srivatsa2001, SRC.khosrotehrani2004, SRC.kara2012, SRC.nassar2012, SRC.parant2009],
    evidenceIds: ['E14', 'E15', 'E16'],
    scenario: scenario('Thyroid injury at 50 (repair)', [birth(30, 'male')], [thyroidInjuryAt50], 'repair'),
  },
  {
    id: 'thyroid-injury-pathogenic',
    title: 'Thyroid injury at 50 — fetal cells add to the damage',
    caption:
      THYROID_COMMON +
      'Here the hypothesis is pathogenic: the fetal cells add to the damage, as has been proposed for autoimmune thyroid disease and for systemic sclerosis, where foreign cells could provoke or sustain an immune attack. ' +
      'Finding more fetal cells in diseased glands fits this idea, but also fits cells that come to repair.',
    sources: [SRC.srivatsa2001, SRC.khosrotehrani2004, SRC.nelson1998, SRC.parant2009],
    evidenceIds: ['E14', 'E15'],
    scenario: scenario('Thyroid injury at 50 (pathogenic)', [birth(30, 'male')], [thyroidInjuryAt50], 'pathogenic'),
  },
  {
    id: 'juvenile-myopathy',
    title: 'Maternal cells in a child with juvenile myopathy',
    caption:
      'The other direction: a son born when his mother is 30 carries her cells, and at 7 he develops juvenile dermatomyositis, an inflammatory disease of muscle and skin. ' +
      'This is the exception the review points to (Parant 2009): maternal cells were found in the blood T cells of 8 of 9 affected boys against 2 of 9 controls, and in the inflamed muscle or skin of all 10 patients examined (Artlett 2000; see also Reed 2000), ' +
      'and maternal T cells from affected children react against the child\'s own cells (Reed 2004). ' +
      'Here the actors are thought to be transferred maternal immune cells, shown as their own curve in the child: under the pathogenic hypothesis about three quarters of the extra damage comes from them and a quarter from the maternal cells settled in the muscle (set "Damage by maternal immune cells" to 0 to see the disease without them). ' +
      'The preset uses the pathogenic hypothesis, the one these findings point to; it is still not proven that the cells cause the disease.',
    sources: [SRC.artlett2000, SRC.reed2000, SRC.reed2004, SRC.lo2000, SRC.loubiere2006, SRC.parant2009],
    evidenceIds: ['E17', 'E18'],
    scenario: scenario('Maternal cells in a child with juvenile myopathy', [birth(30, 'male')], [
      { host: 'child:1', tissue: 'muscle', kind: 'autoimmune', ageYears: 7, severity: 0.6, durationDays: 365, chronic: true },
      { host: 'child:1', tissue: 'skin', kind: 'autoimmune', ageYears: 7, severity: 0.3, durationDays: 365, chronic: true },
    ], 'pathogenic'),
  },
  {
    id: 'tumour-stroma',
    title: 'Breast tumour years after a pregnancy',
    caption:
      'A son at 28, then a breast tumour at 34. A growing tumour builds a supporting tissue (stroma) of blood vessels and connective cells, and recruits cells to do it. ' +
      'Fetal cells were found in 9 of 10 breast cancers that arose during pregnancy and in none of 4 benign lesions, mostly in the stroma and mostly as connective-tissue (mesenchymal) cells, some as epithelial or vessel cells (Dubernard 2008), ' +
      'and the review lists the stroma of tumours associated with pregnancy among the places fetal cells go (Parant 2009). ' +
      'Whether cells kept in the niche for years are recruited in the same way, and whether they feed the tumour or fight it, is not known.',
    sources: [SRC.dubernard2008, SRC.khosrotehrani2004, SRC.parant2009],
    evidenceIds: ['E14'],
    scenario: scenario('Breast tumour years after a pregnancy', [birth(28, 'male')], [
      { host: 'mother', tissue: 'breast', kind: 'tumour', ageYears: 34, severity: 0.5, durationDays: 365, chronic: true },
    ]),
  },
];

/** The preset with this id, or undefined. */
export function presetById(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id);
}
