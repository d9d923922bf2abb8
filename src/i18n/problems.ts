// problems.ts puts the validator's, the link's, the scenario file's and the saved items' messages into the reader's language, at the UI edge.
//
// The messages are made in English by src/model/validateScenario.ts (which knows no language), src/state/urlCodec.ts,
// scenarioFile.ts, savedStore.ts and savedScenarios.ts. Each has a fixed shape (`path: what`, with values inside),
// so a table of patterns maps every shape to its French wording; problems.test.ts runs bad scenarios, links, files
// and stored items through the real producers and checks that every message they give is understood here. A
// message no pattern knows is shown in English (never lost).
import type { Lang } from '../state/urlCodec';
import { parameterText } from './parameters.fr';
import { en } from './messages.en';
import { translate } from './translate';
import { frenchTypography } from './format';

// ——— values, fields and phrases ———

/** A plain number with a decimal comma ("29.13" → "29,13"); anything else as it is. */
function n(s: string): string {
  return /^-?\d+\.\d+$/.test(s) ? s.replace('.', ',') : s;
}

/** The format's words (outcomes, deliveries, sexes, conditions, injury kinds, hypotheses, tissues) in French. */
const VALUES: Record<string, string> = {
  birth: 'naissance',
  miscarriage: 'fausse couche',
  termination: 'interruption',
  vaginal: 'voie basse',
  caesarean: 'césarienne',
  male: 'masculin',
  female: 'féminin',
  preeclampsia: 'prééclampsie',
  trisomy21: 'trisomie 21',
  wound: 'plaie',
  autoimmune: 'auto-immune',
  tumour: 'tumeur',
  neutral: 'neutre',
  repair: 'réparation',
  pathogenic: 'pathogène',
  light: 'clair',
  projector: 'projecteur',
  timeline: 'chronologie',
  tissues: 'tissus',
  child: 'enfant',
  compare: 'comparaison',
  explain: 'explications',
  en: 'en',
  fr: 'fr',
};
/** A tissue's French name (messages are French whatever the page's current language, so no `t`). */
const tissueFr = (v: string): string => (`tissue.${v}` in en ? translate('fr', `tissue.${v}` as keyof typeof en) : v);
const value = (v: string): string => VALUES[v] ?? tissueFr(v);
/** "birth, miscarriage, termination" → "naissance, fausse couche, interruption". */
const valueList = (list: string): string => list.split(', ').map(value).join(', ');

/** An outcome as prose: "ended in miscarriage" → "s'est terminée par une fausse couche". */
const OUTCOME_PROSE: Record<string, string> = {
  birth: 'une naissance',
  miscarriage: 'une fausse couche',
  termination: 'une interruption de grossesse',
};
const outcome = (o: string): string => OUTCOME_PROSE[o] ?? o;

/** The validator's "got …" clause: `the string "40"`, `a list [1]`, `an object {…}`, `null`, `12`. */
function got(d: string): string {
  let m: RegExpExecArray | null;
  if ((m = /^the string ([\s\S]*)$/.exec(d))) return `la chaîne ${m[1]}`;
  if ((m = /^a list ([\s\S]*)$/.exec(d))) return `une liste ${m[1]}`;
  if ((m = /^an object ([\s\S]*)$/.exec(d))) return `un objet ${m[1]}`;
  if (d === 'an array') return 'une liste';
  if (d === 'an object') return 'un objet';
  return n(d);
}

/** "4..44" → "de 4 à 44". */
function span(r: string): string {
  const m = /^(-?[\d.e+-]+)\.\.(-?[\d.e+-]+)$/.exec(r);
  return m ? `de ${n(m[1]!)} à ${n(m[2]!)}` : r;
}

/** "4..44" → "entre 4 et 44"; "at least 0" → "au moins 0". */
function range(r: string): string {
  let m: RegExpExecArray | null;
  if ((m = /^(-?[\d.e+-]+)\.\.(-?[\d.e+-]+)$/.exec(r))) return `entre ${n(m[1]!)} et ${n(m[2]!)}`;
  if ((m = /^at least (-?[\d.]+)$/.exec(r))) return `au moins ${n(m[1]!)}`;
  return r;
}

const FIELDS_FR: Record<string, string> = {
  version: 'version du format',
  name: 'nom',
  horizonYears: 'horizon',
  pregnancies: 'grossesses',
  injuries: 'lésions',
  hypothesis: 'hypothèse',
  parameters: 'paramètres',
  conceptionAgeYears: 'âge de la mère à la conception',
  gestationWeeks: 'gestation',
  outcome: 'issue',
  delivery: 'accouchement',
  fetalSex: 'sexe fœtal',
  hlaCompatible: 'enfant HLA compatible',
  conditions: 'pathologies',
  host: 'qui',
  tissue: 'tissu',
  kind: 'type',
  ageYears: 'âge au début',
  severity: 'gravité',
  durationDays: 'durée',
  chronic: 'chronique',
  scenario: 'scénario',
  compare: 'scénario B',
  preset: 'scénario prédéfini',
  zoom: 'zoom',
  playheadYears: 'tête de lecture',
  theme: 'thème',
  lang: 'langue',
  view: 'vue',
  embed: 'intégration',
  scenes: 'scènes',
  caption: 'légende',
  v: 'version du lien',
};
const INDEXED_FR: Record<string, string> = { pregnancies: 'grossesse', injuries: 'lésion', conditions: 'pathologie', scenes: 'scène' };

/** The same fields in English, in the words of the editor's labels ("Pregnancy 1", "Mother's age at conception"). */
const FIELDS_EN: Record<string, string> = {
  version: 'format version',
  name: 'name',
  horizonYears: 'horizon',
  pregnancies: 'pregnancies',
  injuries: 'injuries',
  hypothesis: 'hypothesis',
  parameters: 'parameters',
  conceptionAgeYears: "mother's age at conception",
  gestationWeeks: 'gestation',
  outcome: 'outcome',
  delivery: 'delivery',
  fetalSex: 'fetal sex',
  hlaCompatible: 'HLA-compatible child',
  conditions: 'conditions',
  host: 'who',
  tissue: 'tissue',
  kind: 'kind',
  ageYears: 'age at onset',
  severity: 'severity',
  durationDays: 'duration',
  chronic: 'chronic',
  scenario: 'scenario',
  compare: 'scenario B',
  preset: 'preset scenario',
  zoom: 'zoom',
  playheadYears: 'playhead',
  theme: 'theme',
  lang: 'language',
  view: 'view',
  embed: 'embed',
  scenes: 'scenes',
  caption: 'caption',
  v: 'link version',
};
const INDEXED_EN: Record<string, string> = { pregnancies: 'pregnancy', injuries: 'injury', conditions: 'condition', scenes: 'scene' };

/** Per language: field words, indexed lists, a quoted key, a bare list position, a parameter by its label. */
const FIELD_WORDS: Record<Lang, { fields: Record<string, string>; indexed: Record<string, string>; quote: (s: string) => string; nth: (k: number) => string; parameter: string }> = {
  fr: { fields: FIELDS_FR, indexed: INDEXED_FR, quote: (s) => `«\u00a0${s}\u00a0»`, nth: (k) => `n° ${k}`, parameter: 'paramètre' },
  en: { fields: FIELDS_EN, indexed: INDEXED_EN, quote: (s) => `“${s}”`, nth: (k) => `item ${k}`, parameter: 'parameter' },
};

/**
 * A field path of the scenario format or of a link, in words: `pregnancies[1].gestationWeeks` → "Grossesse 2,
 * gestation"; `parameters.repairGain` → "paramètre « Accélération de la réparation… »"; unknown keys are quoted.
 * French unless `lang` says otherwise (English gives "Pregnancy 2, gestation").
 */
export function fieldName(path: string, lang: Lang = 'fr'): string {
  const { fields, indexed, quote, nth, parameter } = FIELD_WORDS[lang];
  const words: string[] = [];
  const re = /([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]|\./gy;
  let m: RegExpExecArray | null;
  let last: string | undefined;
  let consumed = 0;
  while ((m = re.exec(path))) {
    consumed = re.lastIndex;
    if (m[1] !== undefined) {
      const name = m[1];
      if (last === 'parameters') {
        const label = parameterText(name, lang).label;
        words[words.length - 1] = `${parameter} ${quote(label !== name ? label : name)}`;
      } else if (name === 'state') {
        // scenes[i].state.scenario: the scene's own state, no word of its own.
      } else words.push(fields[name] ?? quote(name));
      last = name;
    } else if (m[2] !== undefined) {
      const k = Number(m[2]) + 1;
      const base = last !== undefined ? indexed[last] : undefined;
      if (base) words[words.length - 1] = `${base} ${k}`;
      else words.push(nth(k));
    } else if (m[3] !== undefined) {
      const key = quote(JSON.parse(m[3]) as string);
      if (last === 'parameters') words[words.length - 1] = `${parameter} ${key}`;
      else words.push(key);
      last = undefined;
    }
  }
  if (consumed !== path.length || words.length === 0) return path;
  const text = words.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// ——— the validator's messages: `path: what` ———

type Rule = [RegExp, (m: string[]) => string];

const WHAT: Rule[] = [
  [/^must be a JSON object with the keys (.*); got ([\s\S]*)$/, (m) => `doit être un objet JSON avec les clés ${m[1]} ; reçu : ${got(m[2]!)}`],
  [/^is required; supported versions: (.*)$/, (m) => `est obligatoire ; versions prises en charge : ${m[1]}`],
  [/^(.*) is not supported; supported versions: (.*)$/, (m) => `${m[1]} n’est pas prise en charge ; versions prises en charge : ${m[2]}`],
  [/^must be a string of at most (\d+) characters; got ([\s\S]*)$/, (m) => `doit être un texte d’au plus ${m[1]} caractères ; reçu : ${got(m[2]!)}`],
  [/^is (\d+) characters long; at most (\d+) are allowed$/, (m) => `fait ${m[1]} caractères ; ${m[2]} au plus sont autorisés`],
  [/^is required: a list of pregnancies \(may be empty\)$/, () => 'est obligatoire : une liste de grossesses (éventuellement vide)'],
  [/^must be a list of pregnancies; got ([\s\S]*)$/, (m) => `doit être une liste de grossesses ; reçu : ${got(m[1]!)}`],
  [/^(\d+) pregnancies; at most (\d+) are allowed$/, (m) => `${m[1]} grossesses ; ${m[2]} au plus sont autorisées`],
  [/^must be a list of injuries; got ([\s\S]*)$/, (m) => `doit être une liste de lésions ; reçu : ${got(m[1]!)}`],
  [/^(\d+) injuries; at most (\d+) are allowed$/, (m) => `${m[1]} lésions ; ${m[2]} au plus sont autorisées`],
  [/^must be an object with the keys (.*); got ([\s\S]*)$/, (m) => `doit être un objet avec les clés ${m[1]} ; reçu : ${got(m[2]!)}`],
  [/^is required for a birth: one of (.*)$/, (m) => `est obligatoire pour une naissance : ${valueList(m[1]!)}`],
  [
    /^is required: "mother" or "child:N" \(N = the 1-based index of a pregnancy that ended in a birth\)$/,
    () => 'est obligatoire : "mother" (la mère) ou "child:N" (N = numéro, à partir de 1, d’une grossesse terminée par une naissance)',
  ],
  [/^is required: one of (.*)$/, (m) => `est obligatoire : ${valueList(m[1]!)}`],
  [
    /^(.*) weeks is too early for a birth: a birth needs (\d+)\.\.(\d+) weeks \((\d+) weeks is the limit of viability\); an earlier loss is a miscarriage$/,
    (m) =>
      `${n(m[1]!)} semaines, c’est trop tôt pour une naissance : une naissance demande entre ${m[2]} et ${m[3]} semaines (${m[4]} semaines est la limite de viabilité) ; une perte plus précoce est une fausse couche`,
  ],
  [
    /^(.*) weeks is too late for a miscarriage: a miscarriage is a loss before (\d+) weeks \(allowed (\d+) to under (\d+)\); a later loss is a stillbirth, which format v1 does not represent$/,
    (m) =>
      `${n(m[1]!)} semaines, c’est trop tard pour une fausse couche : une fausse couche est une perte avant ${m[2]} semaines (de ${m[3]} à moins de ${m[4]}) ; une perte plus tardive est une mort fœtale in utero, que le format v1 ne représente pas`,
  ],
  [
    /^(.*) weeks is too late for an elective termination: allowed (\d+)\.\.(\d+) weeks$/,
    (m) => `${n(m[1]!)} semaines, c’est trop tard pour une interruption volontaire de grossesse : entre ${m[2]} et ${m[3]} semaines`,
  ],
  [
    /^(.*) is only allowed on a birth; this pregnancy ended in (\w+) \(remove delivery\)$/,
    (m) => `${m[1]} n’est permis que pour une naissance ; cette grossesse s’est terminée par ${outcome(m[2]!)} (retirez l’accouchement)`,
  ],
  [/^must be true or false; got ([\s\S]*)$/, (m) => `doit valoir true ou false ; reçu : ${got(m[1]!)}`],
  [/^must be a list of conditions \((.*)\); got ([\s\S]*)$/, (m) => `doit être une liste de pathologies (${valueList(m[1]!)}) ; reçu : ${got(m[2]!)}`],
  [/^(.*) is listed twice$/, (m) => `${m[1]} figure deux fois`],
  [
    /^preeclampsia needs a pregnancy of at least (\d+) weeks \(it is defined by onset after (\d+) weeks\); this one lasted (.*)$/,
    (m) => `une prééclampsie suppose une grossesse d’au moins ${m[1]} semaines (elle se définit par un début après ${m[2]} semaines) ; celle-ci a duré ${n(m[3]!)} semaines`,
  ],
  [
    /^(.*) ends the run before pregnancies\[(\d+)\] ends \(mother's age (.*)\); every event must fall inside the horizon$/,
    (m) => `${n(m[1]!)} termine la simulation avant la fin de la grossesse ${Number(m[2]) + 1} (mère âgée de ${n(m[3]!)} ans) ; chaque événement doit tomber avant l’horizon`,
  ],
  [
    /^(.*) is before pregnancies\[(\d+)\] \(conceived at (.*)\); list pregnancies in order of conception, since child:N refers to pregnancy N$/,
    (m) =>
      `${n(m[1]!)} est antérieur à la grossesse ${Number(m[2]) + 1} (conçue à ${n(m[3]!)} ans) ; rangez les grossesses par ordre de conception, car child:N désigne la grossesse N`,
  ],
  [
    /^(.*) overlaps pregnancies\[(\d+)\] \(conceived at (.*), (?:(\w+) at (.*)|ended at (.*))\); the next conception must come at least (\d+) weeks after (?:a (\w+)|a pregnancy ends), so no earlier than (.*)$/,
    (m) =>
      `${n(m[1]!)} chevauche la grossesse ${Number(m[2]) + 1} (conçue à ${n(m[3]!)} ans, ${m[4] ? `${value(m[4])} à ${n(m[5]!)} ans` : `terminée à ${n(m[6]!)} ans`}) ; la conception suivante doit venir au moins ${m[7]} semaines après ${m[8] ? outcome(m[8]) : 'la fin d’une grossesse'}, donc pas avant ${n(m[9]!)} ans`,
  ],
  [/^(.*) does not exist: the scenario has (\d+) pregnanc(?:y|ies)$/, (m) => `${m[1]} n’existe pas : le scénario compte ${m[2]} grossesse${m[2] === '1' || m[2] === '0' ? '' : 's'}`],
  [/^(.*) was never born: pregnancy (\d+) ended in (\w+)$/, (m) => `${m[1]} n’est jamais né : la grossesse ${m[2]} s’est terminée par ${outcome(m[3]!)}`],
  [
    /^(.*) is not a host: use "mother" or "child:N" \(N = the 1-based index of a pregnancy that ended in a birth\)$/,
    (m) => `${m[1]} ne désigne personne : utilisez "mother" (la mère) ou "child:N" (N = numéro, à partir de 1, d’une grossesse terminée par une naissance)`,
  ],
  [/^(.*) is beyond the horizon: the run ends at mother's age (.*)$/, (m) => `${n(m[1]!)} dépasse l’horizon : la simulation s’arrête quand la mère a ${n(m[2]!)} ans`],
  [
    /^(.*) is beyond the horizon: (\S+) is born at mother's age (.*) and the run ends at mother's age (.*), so \2 reaches at most age (.*)$/,
    (m) =>
      `${n(m[1]!)} dépasse l’horizon : ${m[2]} naît quand la mère a ${n(m[3]!)} ans et la simulation s’arrête quand elle a ${n(m[4]!)} ans, donc ${m[2]} atteint au plus ${n(m[5]!)} ans`,
  ],
  [/^must be a finite number of days, more than 0 and at most (\d+); got ([\s\S]*)$/, (m) => `doit être un nombre fini de jours, supérieur à 0 et d’au plus ${m[1]} ; reçu : ${got(m[2]!)}`],
  [
    /^(.*) is outside the allowed range: more than 0 and at most (\d+) days( \(set chronic: true for a longer course\))?$/,
    (m) => `${n(m[1]!)} est en dehors de l’intervalle autorisé : plus de 0 et au plus ${m[2]} jours${m[3] ? ' (cochez « chronique » pour une évolution plus longue)' : ''}`,
  ],
  [
    /^is required unless chronic is true: a number of days, more than 0 and at most (\d+)$/,
    (m) => `est obligatoire sauf pour une lésion chronique : un nombre de jours, supérieur à 0 et d’au plus ${m[1]}`,
  ],
  [/^must be an object mapping parameter ids to numbers; got ([\s\S]*)$/, (m) => `doit être un objet associant des identifiants de paramètres à des nombres ; reçu : ${got(m[1]!)}`],
  [
    /^("(?:[^"\\]|\\.)*") is not a known parameter id(?:; did you mean ("(?:[^"\\]|\\.)*")\?| \(no parameters are defined yet\))?$/,
    (m) => `${m[1]} n’est pas un identifiant de paramètre connu${m[2] ? ` ; vouliez-vous dire ${m[2]} ?` : ''}`,
  ],
  [/^must be a finite number in (\S+) (.*); got ([\s\S]*)$/, (m) => `doit être un nombre fini ${range(m[1]!)} (${unit(m[2]!)}) ; reçu : ${got(m[3]!)}`],
  [
    /^(.*) is outside (-?[\d.]+\.\.-?[\d.]+)( \(the mother's age in years at which the run ends\))?$/,
    (m) => `${n(m[1]!)} est en dehors de l’intervalle autorisé, ${span(m[2]!)}${m[3] ? ' (l’âge de la mère, en années, auquel la simulation s’arrête)' : ''}`,
  ],
  [/^(.*) is outside (-?[\d.e+-]+\.\.-?[\d.e+-]+) \(([^)]*)\)$/, (m) => `${n(m[1]!)} est en dehors de l’intervalle autorisé, ${span(m[2]!)} (${unit(m[3]!)})`],
  [
    /^is required: a number, (at least -?[\d.]+|-?[\d.]+\.\.-?[\d.]+)( \(the mother's age in years at which the run ends\))?$/,
    (m) => `est obligatoire : un nombre ${range(m[1]!)}${m[2] ? ' (l’âge de la mère, en années, auquel la simulation s’arrête)' : ''}`,
  ],
  [/^must be a finite number, (at least -?[\d.]+|-?[\d.]+\.\.-?[\d.]+); got ([\s\S]*)$/, (m) => `doit être un nombre fini ${range(m[1]!)} ; reçu : ${got(m[2]!)}`],
  [/^(.*) is below (-?[\d.]+)$/, (m) => `${n(m[1]!)} est inférieur à ${n(m[2]!)}`],
  [
    /^(.*) is not allowed: one of (.*?)(?: \(did you mean ("(?:[^"\\]|\\.)*")\?\))?$/,
    (m) => `${m[1]} n’est pas permis : ${valueList(m[2]!)}${m[3] ? ` (vouliez-vous dire ${m[3]} ?)` : ''}`,
  ],
  [
    /^("(?:[^"\\]|\\.)*") is not a known key(?: \(did you mean ("(?:[^"\\]|\\.)*")\?\))?; allowed keys: (.*)$/,
    (m) => `${m[1]} n’est pas une clé connue${m[2] ? ` (vouliez-vous dire ${m[2]} ?)` : ''} ; clés autorisées : ${m[3]}`,
  ],
];

/** A parameter's unit as the validator writes it ("gEq/10^5 per day") in French. */
function unit(u: string): string {
  return u.replace(/\bper day\b/, 'par jour').replace(/\bper week\b/, 'par semaine').replace(/^weeks \(from LMP\)$/, 'semaines d’aménorrhée').replace(/^days$/, 'jours').replace(/^weeks$/, 'semaines');
}

/** The path at the start of a validator message: identifiers, dots, [n] and ["key"]. */
const PATH = /^((?:[A-Za-z_$][\w$]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\]|\.)+): ([\s\S]*)$/;

/** One validator message (`path: what`) in French, or undefined when its shape is unknown. */
function validatorMessage(message: string): string | undefined {
  const m = PATH.exec(message);
  if (!m) return undefined;
  const what = m[2]!;
  for (const [re, fr] of WHAT) {
    const w = re.exec(what);
    if (w) return `${fieldName(m[1]!)} : ${fr(w)}`;
  }
  return undefined;
}

/** Validator messages joined with "; " (saved items): split where the next one starts with its path. */
function joined(list: string): string | undefined {
  const parts = list.split(/; (?=(?:[A-Za-z_$][\w$]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\]|\.)+: )/);
  const out = parts.map((p) => validatorMessage(p) ?? wholeMessage(p));
  return out.every((p) => p !== undefined) ? out.join(' ; ') : undefined;
}

// ——— the link's, the file's and the saved items' own messages ———

const WHOLE: Rule[] = [
  // Links (src/state/urlCodec.ts, appSnapshot.ts)
  [/^The link's state is (\d+) characters long, more than the (\d+) allowed\.$/, (m) => `L’état du lien fait ${m[1]} caractères, au-delà des ${m[2]} autorisés.`],
  [/^The link is damaged: its state is not valid base64url \(was it cut when copied\?\)\.$/, () => 'Le lien est endommagé : son état n’est pas du base64url valide (a-t-il été tronqué lors du copier-coller ?).'],
  [/^The link is damaged: its state is not valid JSON \([\s\S]*\)\.$/, () => 'Le lien est endommagé : son état n’est pas du JSON valide.'],
  [/^The link is damaged: its state is not an object\.$/, () => 'Le lien est endommagé : son état n’est pas un objet.'],
  [/^v: (.*) is not a link version this app knows \(1\.\.(\d+)\)\.$/, (m) => `Version du lien : ${m[1]} n’est pas une version que cette application connaît (de 1 à ${m[2]}).`],
  [
    /^v: this link was made by a newer version of Chimera \(link version (\d+); this app reads 1\.\.(\d+)\)\. Update the app to open it\.$/,
    (m) => `Version du lien : ce lien a été créé par une version plus récente de Chimera (version de lien ${m[1]} ; cette application lit les versions 1 à ${m[2]}). Mettez l’application à jour pour l’ouvrir.`,
  ],
  [/^v: no migration from link version (\d+)\.$/, (m) => `Version du lien : aucune migration depuis la version de lien ${m[1]}.`],
  [/^(\S+): is not a field of a Chimera link; it was ignored\.$/, (m) => `« ${m[1]} » n’est pas un champ d’un lien Chimera ; il a été ignoré.`],
  [/^scenes: ([\s\S]*) is not a list of scenes\.$/, (m) => `Scènes : ${m[1]} n’est pas une liste de scènes.`],
  [/^scenes: (\d+) scenes is more than the (\d+) allowed; the deck was not loaded\.$/, (m) => `Scènes : ${m[1]} scènes, au-delà des ${m[2]} autorisées ; la présentation n’a pas été chargée.`],
  [/^(scenes\[\d+\]): ([\s\S]*) is not a scene; it was skipped\.$/, (m) => `${fieldName(m[1]!)} : ${m[2]} n’est pas une scène ; elle a été ignorée.`],
  [/^(scenes\[\d+\]\.caption): ([\s\S]*) is not text; the scene has no caption\.$/, (m) => `${fieldName(m[1]!)} : ${m[2]} n’est pas du texte ; la scène n’a pas de légende.`],
  [/^(scenes\[\d+\])\.state: missing; the scene was skipped\.$/, (m) => `${fieldName(m[1]!)} : état absent ; la scène a été ignorée.`],
  [
    /^(\S*zoom): ([\s\S]*) is not a range \[from, to\] of ages in -1\.\.120 years with from < to; the whole run is shown\.$/,
    (m) => `${fieldName(m[1]!)} : ${m[2]} n’est pas un intervalle [début, fin] d’âges compris entre -1 et 120 ans avec début < fin ; toute la simulation est affichée.`,
  ],
  [
    /^(\S*playheadYears): ([\s\S]*) is outside -1\.\.120 years; the playhead starts at the beginning\.$/,
    (m) => `${fieldName(m[1]!)} : ${n(m[2]!)} est hors de la plage de -1 à 120 ans ; la tête de lecture part du début.`,
  ],
  [/^(\S+): ([\s\S]*) is neither a preset nor a scenario; the default is shown\.$/, (m) => `${fieldName(m[1]!)} : ${m[2]} n’est ni un scénario prédéfini ni un scénario ; le scénario par défaut est affiché.`],
  [/^(\S+\.preset): ([\s\S]*) is not a preset of this app; the default is shown\.$/, (m) => `${fieldName(m[1]!)} : ${m[2]} n’est pas un scénario prédéfini de cette application ; le scénario par défaut est affiché.`],
  [/^(\S+): has neither "preset" nor "scenario"; the default is shown\.$/, (m) => `${fieldName(m[1]!)} : ne contient ni "preset" ni "scenario" ; le scénario par défaut est affiché.`],
  [/^(\S+): ([\s\S]*) is not one of (.*)\.$/, (m) => `${fieldName(m[1]!)} : ${m[2]} ne fait pas partie des valeurs possibles (${valueList(m[3]!)}).`],
  // Scenario files (src/state/scenarioFile.ts), after the file name
  [/^(\d+) characters is too large for a scenario file \(at most (\d+)\)\.$/, (m) => `${m[1]} caractères, c’est trop pour un fichier de scénario (${m[2]} au plus).`],
  [/^not a JSON file \([\s\S]*\)\.$/, () => 'ce n’est pas un fichier JSON valide.'],
  [/^version: no migration from scenario format (\d+)\.$/, (m) => `Version du format : aucune migration depuis le format de scénario ${m[1]}.`],
  // Saved items (src/state/savedStore.ts, savedScenarios.ts)
  [
    /^This browser gives the page no storage \(private mode or blocked site data\): saved items cannot be kept\. Export them as files instead\.$/,
    () => 'Ce navigateur ne donne aucun stockage à la page (navigation privée ou données de site bloquées) : les éléments enregistrés ne peuvent pas être conservés. Exportez-les plutôt sous forme de fichiers.',
  ],
  [/^Browser storage could not be read: ([\s\S]*)$/, (m) => `Le stockage du navigateur n’a pas pu être lu (${m[1]}).`],
  [/^Saved item "([\s\S]*)" is corrupted \(not valid JSON\); it was kept but not loaded\.$/, (m) => `L’élément enregistré « ${m[1]} » est corrompu (JSON invalide) ; il a été conservé mais pas chargé.`],
  [
    /^Saved item "([\s\S]*)" is corrupted \(missing name, date or value\); it was kept but not loaded\.$/,
    (m) => `L’élément enregistré « ${m[1]} » est corrompu (nom, date ou contenu manquant) ; il a été conservé mais pas chargé.`,
  ],
  [/^Saved item "([\s\S]*)" is corrupted; it was left as it is\.$/, (m) => `L’élément enregistré « ${m[1]} » est corrompu ; il a été laissé tel quel.`],
  [/^Could not delete "([\s\S]*)": ([\s\S]*)$/, (m) => `Impossible de supprimer « ${m[1]} » (${m[2]}).`],
  [/^No saved item with id "([\s\S]*)"\.$/, (m) => `Aucun élément enregistré n’a l’identifiant « ${m[1]} ».`],
  [
    /^Browser storage is full: delete a saved item or export it as a file, then save again\. Nothing was lost\.$/,
    () => 'Le stockage du navigateur est plein : supprimez un élément enregistré ou exportez-le dans un fichier, puis enregistrez à nouveau. Rien n’a été perdu.',
  ],
  [/^Could not save: ([\s\S]*)\. Nothing was lost\.$/, (m) => `Impossible d’enregistrer (${m[1]}). Rien n’a été perdu.`],
  [/^name: a saved item needs a name \(1 to 120 characters\)\.$/, () => 'Nom : un élément enregistré doit avoir un nom (de 1 à 120 caractères).'],
  [/^name: (\d+) characters is longer than the (\d+) allowed\.$/, (m) => `Nom : ${m[1]} caractères, au-delà des ${m[2]} autorisés.`],
  [/^not a saved scenario\.$/, () => 'ce n’est pas un scénario enregistré.'],
];

function wholeMessage(message: string): string | undefined {
  for (const [re, fr] of WHOLE) {
    const m = re.exec(message);
    if (m) return fr(m);
  }
  return undefined;
}

/** "scenario.pregnancies[0]…; scenario.…. The link's scenario was not loaded." — up to five validator messages of a link. */
const LINK_SCENARIO = /^([\s\S]*?)(?: \(and (\d+) more\))?\. The link's scenario was not loaded\.$/;
const LINK_PREFIX = /^((?:scenes\[\d+\]\.state\.)?(?:scenario|compare))\./;

function linkScenario(message: string): string | undefined {
  const m = LINK_SCENARIO.exec(message);
  if (!m) return undefined;
  const prefix = LINK_PREFIX.exec(m[1]!)?.[1];
  if (!prefix) return undefined;
  const parts = m[1]!.split(`; ${prefix}.`).map((p, i) => (i === 0 ? p.slice(prefix.length + 1) : p));
  const fr = parts.map(validatorMessage);
  if (fr.some((p) => p === undefined)) return undefined;
  const more = m[2] ? ` (et ${m[2]} autre${m[2] === '1' ? '' : 's'})` : '';
  return `${fieldName(prefix)} du lien — ${fr.join(' ; ')}${more}. Le scénario du lien n’a pas été chargé.`;
}

/** "Saved item "x" could not be loaded: <validator messages or scene problems>" */
function savedItem(message: string): string | undefined {
  const m = /^Saved item "([\s\S]*?)" could not be loaded: ([\s\S]*)$/.exec(message);
  if (!m) return undefined;
  const inner = joined(m[2]!);
  return inner === undefined ? undefined : `L’élément enregistré « ${m[1]} » n’a pas pu être chargé : ${inner}`;
}

/**
 * A message in French, or undefined when its shape is not known (the caller then shows the English). `fileName`
 * is the file a scenario-file message starts with ("mine.json: …"); it is kept as it is.
 */
export function frenchProblem(message: string, fileName?: string): string | undefined {
  if (fileName !== undefined && message.startsWith(`${fileName}: `)) {
    const rest = frenchProblem(message.slice(fileName.length + 2));
    return rest === undefined ? undefined : `${fileName}\u00a0: ${rest}`;
  }
  const fr = wholeMessage(message) ?? linkScenario(message) ?? savedItem(message) ?? validatorMessage(message);
  return fr === undefined ? undefined : frenchTypography(fr);
}

/** A message in the reader's language (English as it was made; French when its shape is known, else English). */
export function problemText(message: string, lang: Lang, fileName?: string): string {
  return lang === 'fr' ? (frenchProblem(message, fileName) ?? message) : message;
}

// ——— the editor's English: the validator's messages in the form's words ———

/** "12..55" → "enter a number from 12 to 55"; "at least 0" → "enter a number of 0 or more". */
function enterEn(r: string): string {
  let m: RegExpExecArray | null;
  if ((m = /^(-?[\d.e+-]+)\.\.(-?[\d.e+-]+)$/.exec(r))) return `enter a number from ${m[1]} to ${m[2]}`;
  if ((m = /^at least (-?[\d.]+)$/.exec(r))) return `enter a number of ${m[1]} or more`;
  return `enter a number, ${r}`;
}

/** The shapes whose English the editor words differently from the file format (what to type, not what the JSON holds). */
const WHAT_EN: Rule[] = [
  [/^must be a finite number, (at least -?[\d.]+|-?[\d.]+\.\.-?[\d.]+); got [\s\S]*$/, (m) => enterEn(m[1]!)],
  [/^is required: a number, (at least -?[\d.]+|-?[\d.]+\.\.-?[\d.]+)(.*)$/, (m) => `${enterEn(m[1]!)}${m[2]}`],
  [/^must be a finite number of days, more than 0 and at most (\d+); got [\s\S]*$/, (m) => `enter a number of days, more than 0 and at most ${m[1]}`],
  [/^(.*) is outside (-?[\d.e+-]+)\.\.(-?[\d.e+-]+)(.*)$/, (m) => `${m[1]} is outside the allowed range; ${enterEn(`${m[2]}..${m[3]}`)}${m[4]}`],
  [/^(.*) is below (-?[\d.]+)$/, (m) => `${m[1]} is below ${m[2]}; ${enterEn(`at least ${m[2]}`)}`],
  [/^(.*) \(set chronic: true for a longer course\)$/, (m) => `${m[1]} (tick “Chronic” for a longer course)`],
];

/** The format's names inside a message, as the form shows them: `pregnancies[0]` → "pregnancy 1", `child:2` → "child 2", `4..44` → "4 to 44". */
function formWordsEn(what: string): string {
  return what
    .replace(/\bpregnancies\[(\d+)\]/g, (_, i: string) => `pregnancy ${Number(i) + 1}`)
    .replace(/\bchild:(\d+|N)\b/g, 'child $1')
    .replace(/(-?\d+(?:\.\d+)?)\.\.(-?\d+(?:\.\d+)?)/g, '$1 to $2');
}

/**
 * One validator message (`path: what`) as the English editor shows it: the field named by the form's labels
 * ("Pregnancy 1, mother's age at conception: …") and the format's names turned into the form's; undefined when it
 * has no path. The CLI and the file import keep the path style, which names the JSON field to fix.
 */
export function englishFormProblem(message: string): string | undefined {
  const m = PATH.exec(message);
  if (!m) return undefined;
  let what = m[2]!;
  for (const [re, en] of WHAT_EN) {
    const w = re.exec(what);
    if (w) {
      what = en(w);
      break;
    }
  }
  return `${fieldName(m[1]!, 'en')}: ${formWordsEn(what)}`;
}

/** A validator message as the life-events editor shows it, in the reader's language, naming fields as the form labels them. */
export function formProblemText(message: string, lang: Lang): string {
  return lang === 'fr' ? (frenchProblem(message) ?? message) : (englishFormProblem(message) ?? message);
}
