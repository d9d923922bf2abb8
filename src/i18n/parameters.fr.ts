// parameters.fr.ts is the French name, unit and source of every model parameter (src/model/parameters.ts stays language-neutral).
//
// Keyed by parameter id; parameters.fr.test.ts checks that every parameter has an entry and that each source keeps
// the citations (author, year) and evidence rows (E1…E19) of the English one. Journal names and the names of code
// (fitCohortCalibration, scripts/fitCohort.ts) stay as they are. French typography (no-break space before « : »,
// narrow no-break space before « ; ») is applied by `frenchTypography` (format.ts), so the texts can be written plainly.
import type { Lang } from '../state/urlCodec';
import { PARAMETERS } from '../model/parameters';
import { frenchTypography } from './format';

export interface ParameterText {
  label: string;
  source: string;
}

const RAW: Record<string, ParameterText> = {
  // ---------------------------------------------------------------- passage à travers le placenta
  fetalTrafficTermPerDay: {
    label: 'Cellules fœtales entrant dans le sang maternel à terme',
    source:
      'Ajusté sur E1 (Bianchi et al. 1997 : en moyenne 19 GE masculins pour 16 mL de sang total à terme, fœtus 46,XY). Le niveau à terme est ce flux divisé par le taux d’élimination pendant la grossesse.',
  },
  trafficOnsetGestationWeeks: {
    label: 'Âge gestationnel auquel commence le passage de cellules',
    source:
      'Hypothèse tirée de l’allure de E3 (Ariga et al. 2001 : cellules fœtales détectables par PCR de 7 à 16 semaines) : le passage doit commencer avant 7 semaines.',
  },
  trafficRisePerWeek: {
    label: 'Augmentation exponentielle du passage avec l’âge gestationnel',
    source:
      'Hypothèse choisie pour l’allure de E3/E4 (Hamada et al. 1993 : moins de 1/10^5 au premier trimestre, environ 1/10^4 à terme, donc un passage au premier trimestre inférieur au dixième de celui du terme ; augmentation régulière après 24 semaines) : 0,15 par semaine donne 1,5 % du niveau du terme à 12 semaines et 9 % à 24 semaines.',
  },
  deliverySurgePerHundredThousand: {
    label: 'Cellules fœtales libérées lors d’un accouchement par voie basse',
    source:
      'Ajusté sur E8 (Osada et al. 2001 : progéniteurs fœtaux dans le sang maternel, 1,63/mL à l’accouchement, 2,48/mL à J4). Les cellules retenues lors de l’accouchement (lit placentaire, capillaires pulmonaires) regagnent le sang en quelques jours : le pic sanguin suit donc l’accouchement.',
  },
  postpartumReleaseHalfLifeDays: {
    label: 'Demi-vie de la libération, après l’accouchement, des cellules fœtales retenues',
    source: 'Ajusté sur E8 (Osada et al. 2001 : 0,56/mL à 1 mois, 0,12/mL à 6 mois, plus rien à 1 an).',
  },
  caesareanSurgeFactor: {
    label: 'Afflux lors d’une césarienne, rapporté à l’accouchement par voie basse',
    source:
      'Hypothèse : dans certaines séries, les manipulations placentaires de la césarienne s’accompagnent d’une hémorragie fœto-maternelle plus importante ; dans d’autres, ce sont les contractions du travail qui favorisent le passage. Ni le sens ni l’ampleur ne sont établis, d’où 1,5× avec une plage large.',
  },
  terminationBolusPerHundredThousand: {
    label: 'Cellules fœtales entrant dans le sang maternel lors d’une interruption volontaire de grossesse à 11 semaines',
    source:
      'Ajusté sur E13 (Bianchi et al. 2001 : médiane de 1\u202f552 GE masculins pour 16 mL après interruption volontaire de grossesse d’un fœtus masculin ; 1\u202f552/1,1×10^8 cellules = 1,41 gEq/10^5).',
  },
  terminationGestationExponent: {
    label: 'Augmentation du bolus de l’interruption de grossesse avec l’âge gestationnel (puissance)',
    source: 'Hypothèse pour l’allure de E13 (Bianchi et al. 2001 : le bolus augmente avec l’âge gestationnel ; la pente n’est pas donnée dans le résumé).',
  },
  miscarriageBolusRelative: {
    label: 'Bolus lors d’une fausse couche, rapporté à une interruption de grossesse au même terme',
    source: 'Hypothèse : une perte spontanée, sans geste instrumental, perturbe moins le placenta qu’une interruption chirurgicale ; aucune donnée humaine.',
  },
  trisomy21TrafficFactor: {
    label: 'Passage avec un fœtus porteur d’une trisomie 21, rapporté à un fœtus euploïde',
    source: 'Ajusté sur E2 (Bianchi et al. 1997 : fœtus masculins porteurs d’une trisomie 21, 110 contre 19 GE pour 16 mL, environ 6×).',
  },
  preeclampsiaTrafficFactor: {
    label: 'Passage en cas de prééclampsie (à partir de 20 semaines), rapporté à la normale',
    source:
      'Hypothèse : davantage de cellules fœtales sont rapportées en cas de prééclampsie (Holzgreve et al. 1998, Obstet Gynecol 91:669), mais aucun des chiffres publiés retenus par Chimera n’en fixe l’ampleur ; 3× atteint entre 20 et 30 semaines, à mesure que la maladie s’installe.',
  },
  maternalTrafficTermPerDay: {
    label: 'Cellules maternelles entrant dans le sang fœtal à terme',
    source:
      'Hypothèse éclairée par E17 (Lo et al. 2000 : cellules maternelles dans le sang de cordon de 24 % des nouveau-nés, médiane de 2,6×10^-4 chez les positifs) : fixée pour que le nouveau-né typique se situe vers 0,3 gEq/10^5, sous le seuil de la plupart des techniques. Pas de variabilité entre femmes : l’ajustement de la cohorte sur E17 et E18 ensemble est meilleur sans (sdLog 0 sur 0–1,5 ; docs/cohort.md), les autres variabilités et l’échantillonnage de Poisson donnant la part d’enfants positifs.',
  },
  maternalImmuneShare: {
    label: 'Cellules immunitaires (T) maternelles par progéniteur maternel passant chez le fœtus',
    source:
      'Hypothèse : les lymphocytes T maternels font partie des cellules retrouvées chez l’enfant (Loubière et al. 2006, E18) ; leur rapport aux progéniteurs qui passent le placenta est inconnu.',
  },
  // ---------------------------------------------------------------- ADN fœtal libre circulant
  cfdnaHalfLifeMinutes: {
    label: 'Demi-vie de l’ADN fœtal libre circulant dans le plasma maternel',
    source: 'Lo et al. 1999, Am J Hum Genet 64:218 (E7) : prélèvements répétés après l’accouchement chez 8 femmes, moyenne de 16,3 min (4–30).',
  },
  cfdnaTermGEPerMl: {
    label: 'ADN fœtal libre d’origine placentaire dans le plasma maternel à terme',
    source: 'Ajusté sur E5 (Lo et al. 1998 : 292 GE/mL en fin de grossesse, 76,9–769).',
  },
  cfdnaWeek10RelativeToTerm: {
    label: 'ADN libre placentaire à 10 semaines, rapporté au terme',
    source:
      'Ajusté sur E5 (Lo et al. 1998 : 25,4 GE/mL entre 11 et 17 semaines). L’évolution intermédiaire (+1 % par semaine du niveau de 10 semaines jusqu’à 21 semaines, puis linéaire jusqu’au terme) suit l’allure de E6 (Wang et al. 2013).',
  },
  preeclampsiaCfdnaFactor: {
    label: 'ADN fœtal libre en cas de prééclampsie, rapporté à la normale',
    source: 'Lo et al. 1999, Clin Chem 45:184 : environ cinq fois plus d’ADN fœtal dans le plasma des femmes atteintes de prééclampsie.',
  },
  trisomy21CfdnaFactor: {
    label: 'ADN fœtal libre avec un fœtus porteur d’une trisomie 21, rapporté à un fœtus euploïde',
    source: 'Lo et al. 1999, Clin Chem 45:1747 : ADN fœtal médian environ 1,7× plus élevé avec un fœtus porteur d’une trisomie 21.',
  },
  // ---------------------------------------------------------------- élimination
  bloodClearanceHalfLifeDays: {
    label: 'Demi-vie des cellules circulantes du greffon soumises à l’élimination immunitaire',
    source: 'Ajusté sur E8 (Osada et al. 2001) : avec la libération post-partum, elle fixe le moment du pic sanguin (J4) et la vitesse de sa décroissance.',
  },
  pregnancyClearanceFactor: {
    label: 'Élimination immunitaire pendant la grossesse, rapportée à l’absence de grossesse',
    source: 'Hypothèse : la grossesse rend la mère tolérante aux antigènes fœtaux, si bien que l’élimination est plus faible ; aucune donnée humaine n’en fixe l’ampleur.',
  },
  hlaCompatibleClearanceFactor: {
    label: 'Élimination immunitaire d’un greffon HLA-compatible, rapportée à celle d’un greffon incompatible',
    source:
      'Ajusté sur E11 (Nelson et al. 1998 : sclérodermie systémique 11,1 contre 0,38 GE masculins pour 16 mL chez les témoins, 15 à 18 ans après un fils), E12 (la compatibilité HLA est le facteur de risque) indiquant quel paramètre porte la différence.',
  },
  fetalClearanceFactor: {
    label: 'Élimination des cellules maternelles par le fœtus, rapportée à celle d’après la naissance',
    source:
      'Hypothèse : les cellules maternelles induisent chez le fœtus des lymphocytes T régulateurs qui les tolèrent (Mold et al. 2008, Science 322:1562) ; le fœtus les élimine donc peu.',
  },
  // ---------------------------------------------------------------- niche de progéniteurs
  nicheDivisionIntervalWeeks: {
    label: 'Intervalle moyen entre deux divisions d’un progéniteur de la niche',
    source: 'Catlin et al. 2011, Blood 117:4460 (E19) : les cellules souches hématopoïétiques humaines se divisent environ une fois toutes les 40 semaines (25–50).',
  },
  nicheCapacityPerHundredThousand: {
    label: 'Capacité de la niche en progéniteurs microchimériques, partagée par tous les greffons d’un hôte',
    source:
      'Hypothèse : la niche contient au plus environ 1 cellule microchimérique pour 10^5 (l’ordre des niveaux les plus élevés mesurés dans les PBMC de femmes en bonne santé des décennies plus tard) ; seul son produit par la part libérée est fixé, par E11.',
  },
  nicheExitHalfLifeDays: {
    label: 'Demi-vie d’un progéniteur dans la niche avant qu’il n’en sorte (différenciation, mort ou libération)',
    source:
      'Hypothèse : les sorties compensent 80 % des divisions (intervalle de 40 semaines, E19), si bien que la niche se stabilise à 20 % de sa capacité et persiste des décennies (E9, E10) ; des sorties plus rapides que les divisions feraient s’éteindre les greffons.',
  },
  nicheReleaseShare: {
    label: 'Part des sorties de la niche qui sont des libérations dans le sang',
    source: 'Ajusté sur le niveau des témoins de E11 (Nelson et al. 1998 : 0,38 GE masculins pour 16 mL chez des mères en bonne santé, 15 à 18 ans après un fils).',
  },
  engraftmentPerDay: {
    label: 'Migration des cellules circulantes du greffon vers la niche',
    source: 'Hypothèse : environ 1 % des cellules circulantes du greffon s’installent chaque jour dans la niche médullaire (une faible part du taux d’élimination immunitaire).',
  },
  injuryMobilisationGain: {
    label: 'Augmentation de la libération par la niche pendant une lésion (par unité de signal)',
    source:
      'Ajusté conjointement avec l’élimination d’un greffon HLA-compatible sur E11 (Nelson et al. 1998 : rapport sclérodermie systémique / témoins de 29×) ; E11 ne fixe pas le partage entre les deux, un a priori faible le fait. L’inflammation mobilise les progéniteurs médullaires vers le sang ; des divisions supplémentaires les remplacent (docs/model.md, niche).',
  },
  // ---------------------------------------------------------------- tissus
  tissueHomingPerDay: {
    label: 'Migration de base des cellules circulantes du greffon vers chaque tissu',
    source: 'Hypothèse : une faible part des cellules circulantes quitte le sang pour chaque tissu sain ; valeur choisie bien en dessous de l’élimination immunitaire.',
  },
  injuryHomingGain: {
    label: 'Augmentation de la migration vers un tissu lésé (par unité de signal)',
    source:
      'Modèles murins (E16 : Kara et al. 2012, Circ Res ; Nassar et al. 2012, FASEB J 26:149) : les cellules fœtales gagnent sélectivement le cœur lésé et les plaies cutanées ; le facteur est une hypothèse, choisie pour que la migration soit « bien plus forte » que la valeur de base.',
  },
  thyroidTurnoverDays: {
    label: 'Durée de vie moyenne d’une cellule thyroïdienne',
    source: 'Coclet et al. 1989, Clin Endocrinol 31:655 : les thyréocytes humains se divisent environ cinq fois au cours de la vie adulte (environ tous les 8 ans).',
  },
  liverTurnoverDays: {
    label: 'Durée de vie moyenne d’une cellule hépatique',
    source: 'MacDonald 1961, Arch Intern Med 107:335 : durée de vie de l’hépatocyte d’environ 200 à 400 jours (environ un an) chez le rat et la souris (thymidine tritiée) ; supposée semblable chez l’humain.',
  },
  skinTurnoverDays: {
    label: 'Durée de vie moyenne d’une cellule cutanée (épidermique)',
    source: 'Weinstein & Van Scott 1965, J Invest Dermatol 45:257 : renouvellement de l’épiderme humain en 4 à 8 semaines environ.',
  },
  lungTurnoverDays: {
    label: 'Durée de vie moyenne d’une cellule pulmonaire',
    source: 'Hypothèse : l’épithélium alvéolaire adulte se renouvelle lentement (de l’ordre d’un an ou plus) ; aucune donnée humaine directe.',
  },
  heartTurnoverDays: {
    label: 'Durée de vie moyenne d’une cellule cardiaque',
    source: 'Bergmann et al. 2009, Science 324:98 : les cardiomyocytes se renouvellent d’environ 1 % par an à 25 ans et de 0,45 % par an à 75 ans (environ un siècle).',
  },
  kidneyTurnoverDays: {
    label: 'Durée de vie moyenne d’une cellule rénale',
    source: 'Hypothèse : l’épithélium tubulaire du rein adulte sain se renouvelle lentement (en quelques années) ; aucune donnée humaine directe.',
  },
  brainTurnoverDays: {
    label: 'Durée de vie moyenne d’une cellule cérébrale',
    source: 'Spalding et al. 2005, Cell 122:133 : les neurones corticaux ont l’âge de la personne (pas de renouvellement ; plafonné ici à un siècle).',
  },
  muscleTurnoverDays: {
    label: 'Durée de vie moyenne d’une cellule musculaire squelettique (noyau)',
    source: 'Spalding et al. 2005, Cell 122:133 : les cellules musculaires squelettiques intercostales ont en moyenne 15,1 ans.',
  },
  pancreasTurnoverDays: {
    label: 'Durée de vie moyenne d’une cellule pancréatique',
    source: 'Hypothèse : les cellules bêta adultes vivent longtemps (Cnop et al. 2010, Diabetologia 53:321) ; le renouvellement des cellules acineuses n’est pas mesuré chez l’humain.',
  },
  breastTurnoverDays: {
    label: 'Durée de vie moyenne d’une cellule épithéliale mammaire',
    source: 'Hypothèse : l’épithélium mammaire prolifère et régresse à chaque cycle menstruel ; renouvellement de l’ordre de quelques mois.',
  },
  // ---------------------------------------------------------------- cellules immunitaires maternelles chez l'enfant
  maternalImmuneHalfLifeDays: {
    label: 'Demi-vie des cellules immunitaires maternelles chez l’enfant',
    source: 'Hypothèse : lymphocytes T mémoire à longue durée de vie, entretenus par division homéostatique (des années), si bien que certains persistent à l’âge adulte (E18).',
  },
  nicheImmuneOutputShare: {
    label: 'Cellules immunitaires produites par sortie de la niche, comme descendance (enfant)',
    source:
      'Hypothèse : les progéniteurs maternels greffés chez l’enfant produisent des cellules lymphoïdes parmi leur descendance (E18 retrouve des lymphocytes T et B maternels chez l’adulte). Un taux de production rapporté au taux de sortie de la niche, non une part des sorties : la descendance naît de divisions et ne retire aucune cellule à la niche.',
  },
  // ---------------------------------------------------------------- lésions et question ouverte
  injuryDamagePerDay: {
    label: 'Vitesse de constitution d’une lésion de gravité maximale',
    source: 'Hypothèse : une lésion se constitue pour l’essentiel en quelques semaines. L’indice de lésion est un outil pédagogique, pas une grandeur mesurée.',
  },
  healingPerDay: {
    label: 'Vitesse de réparation d’une lésion sans aide microchimérique',
    source: 'Hypothèse : la lésion diminue de moitié en cinq semaines environ une fois l’agression terminée.',
  },
  repairGain: {
    label: 'Accélération de la réparation par les cellules microchimériques (hypothèse de réparation)',
    source: 'Hypothèse de réparation (question ouverte ; revue source, E14–E16) : effet saturant selon les cellules présentes, jusqu’à une réparation 4× plus rapide.',
  },
  pathogenicDamagePerDay: {
    label: 'Lésion ajoutée par les cellules microchimériques (hypothèse pathogène)',
    source: 'Hypothèse pathogène (question ouverte ; E11, E12) : les cellules présentes dans un tissu enflammé aggravent la lésion, avec un effet saturant selon les cellules présentes.',
  },
  hlaCompatiblePathogenicFactor: {
    label: 'Poids pathogène d’un greffon HLA-compatible, rapporté à un greffon incompatible',
    source: 'Hypothèse tirée de E12 (Nelson et al. 1998 : la compatibilité HLA est le facteur de risque de la sclérodermie systémique) ; l’ampleur n’est pas mesurée.',
  },
  cellEffectHalfPerHundredThousand: {
    label: 'Cellules microchimériques dans un tissu donnant la moitié de l’effet maximal sur la lésion',
    source: 'Hypothèse : fixée près du niveau qu’atteint un tissu lésé dans le modèle, pour que les hypothèses se distinguent visiblement ; aucune donnée humaine.',
  },
  immuneDamageWeight: {
    label: 'Dommage maximal des cellules immunitaires maternelles chez un enfant, rapporté au maximum des cellules installées dans le tissu',
    source:
      'Hypothèse pour l’exception des myopathies juvéniles dans la revue source (Parant 2009 ; Reed 2004 : les lymphocytes T maternels d’enfants atteints réagissent contre les cellules de l’enfant) : sous l’hypothèse pathogène, les cellules immunitaires maternelles sont les principaux acteurs dans un tissu enflammé de l’enfant, deux fois ce que peuvent les cellules maternelles installées ; 0 montre la maladie sans elles.',
  },
  autoimmuneFlareIntervalDays: {
    label: 'Intervalle entre deux poussées d’une atteinte auto-immune',
    source: 'Hypothèse : une évolution par poussées, environ une par an.',
  },
  autoimmuneFlareDays: {
    label: 'Durée d’une poussée auto-immune',
    source: 'Hypothèse : les poussées durent de quelques semaines à quelques mois.',
  },
  autoimmuneBaselineShare: {
    label: 'Signal d’une atteinte auto-immune entre les poussées, en part de sa sévérité',
    source: 'Hypothèse : une maladie chronique à poussées (comme la sclérodermie systémique) garde une inflammation de fond entre ses poussées ; aucun chiffre n’en donne la part par rapport à la poussée.',
  },
  // ---------------------------------------------------------------- familles de tests
  pbmcYqpcrReadingFactor: {
    label: 'Lecture de la qPCR du chromosome Y sur PBMC, rapportée à la PCR sur sang total des années 1990, à niveau égal',
    source:
      'Ajusté sur E10 (Evans et al. 1999 : 33 % des mères de fils en bonne santé positives dans les PBMC) par la calibration de cohorte de Chimera (cohortes simulées lues par la technique de l’étude), le modèle étant calibré sur la PCR sur sang total (E1, E2, E11, E13). Son ampleur correspond à l’écart entre méthodes dans les données : la qPCR sur PBMC lit 0 à 0,44 gEq/10^5 chez des femmes en bonne santé des décennies après un fils, là où la PCR sur sang total (E11, Nelson et al. 1998) lit environ 3×10^-4. À réajuster si le niveau persistant change.',
  },
  polymorphismQpcrReadingFactor: {
    label: 'Lecture de la qPCR de polymorphismes ou spécifique du HLA, rapportée au niveau du modèle',
    source:
      'Ajusté conjointement sur E17 et E18 (Lo et al. 2000, sang de cordon : 24 % de positifs ; Loubière et al. 2006, sous-populations sanguines de l’adulte : 39 %) par la calibration de cohorte de Chimera. Inférieur à 1 : le modèle place chez les enfants plus de cellules maternelles que ces techniques n’en ont trouvé ; soit le passage maternel (une hypothèse) est trop élevé, soit le rendement de la technique est faible, et l’ajustement ne permet pas de trancher.',
  },
};

export const PARAMETERS_FR: Readonly<Record<string, ParameterText>> = Object.fromEntries(
  Object.entries(RAW).map(([id, p]) => [id, { label: frenchTypography(p.label), source: frenchTypography(p.source) }]),
);

/** The model's units (as parameters.ts writes them) in French. */
export const UNITS_FR: Readonly<Record<string, string>> = {
  'gEq/10^5 per day': 'gEq/10^5 par jour',
  'gEq/10^5': 'gEq/10^5',
  'weeks (from LMP)': 'semaines d’aménorrhée',
  'per week': 'par semaine',
  'per day': 'par jour',
  days: 'jours',
  weeks: 'semaines',
  min: 'min',
  'GE/mL': 'GE/mL',
  '×': '×',
  '1': '1',
};

/** A parameter's name and source in the reader's language (the model's own text in English, or for an unknown id). */
export function parameterText(id: string, lang: Lang): ParameterText {
  const spec = PARAMETERS.find((p) => p.id === id);
  const en = { label: spec?.label ?? id, source: spec?.source ?? '' };
  return lang === 'fr' ? (PARAMETERS_FR[id] ?? en) : en;
}

/** A unit in the reader's language, as the model writes it (`^5` powers are set as superscripts by formatUnit). */
export function parameterUnit(unit: string, lang: Lang): string {
  return lang === 'fr' ? (UNITS_FR[unit] ?? unit) : unit;
}
