// scenarioProblemText.ts words one of the validator's messages for a reader, naming the field as the editor labels it.

import type { ScenarioError } from '../model/validateScenario';
import type { MessageKey } from '../i18n/messages.en';
import { parameterText } from '../i18n/parameters.fr';
import { problemText } from '../i18n/problems';
import { translate } from '../i18n/translate';
import type { Lang } from '../state/urlCodec';

/** The editor's label of each field of a pregnancy and of an injury (English keys; the label is read in English). */
const PREGNANCY_FIELDS: Record<string, MessageKey> = {
  conceptionAgeYears: 'ed.conceptionAge',
  gestationWeeks: 'ed.gestation',
  outcome: 'ed.outcome',
  delivery: 'ed.delivery',
  fetalSex: 'ed.sex',
  hlaCompatible: 'ed.hla',
};
const INJURY_FIELDS: Record<string, MessageKey> = {
  host: 'ed.who',
  tissue: 'ed.tissue',
  kind: 'ed.kind',
  ageYears: 'ed.onset',
  severity: 'ed.severity',
  durationDays: 'ed.duration',
  chronic: 'ed.chronic',
};

/** "Pregnancy 2, Gestation (weeks)" for `pregnancies[1].gestationWeeks`, a parameter's name for `parameters.ID`; else the path. */
export function fieldName(path: string): string {
  const m = /^(pregnancies|injuries)\[(\d+)\](?:\.(\w+))?/.exec(path);
  if (m) {
    const n = Number(m[2]) + 1;
    const what = translate('en', m[1] === 'pregnancies' ? 'ed.pregnancy' : 'ed.injury', { n });
    const key = m[3] === undefined ? undefined : (m[1] === 'pregnancies' ? PREGNANCY_FIELDS : INJURY_FIELDS)[m[3]];
    return key ? `${what}, ${translate('en', key)}` : what;
  }
  const p = /^parameters\.(\w+)$/.exec(path);
  if (p) return parameterText(p[1]!, 'en').label;
  return path === '' ? 'scenario' : path;
}

/**
 * The message with its field named as the reader sees it labelled. French goes through the problems table, which
 * already names fields that way; English swaps the leading `path:` for the label.
 */
export function scenarioProblemText(error: ScenarioError, lang: Lang): string {
  if (lang === 'fr') return problemText(error.message, 'fr');
  const prefix = `${error.path === '' ? 'scenario' : error.path}: `;
  return error.message.startsWith(prefix) ? `${fieldName(error.path)}: ${error.message.slice(prefix.length)}` : error.message;
}
