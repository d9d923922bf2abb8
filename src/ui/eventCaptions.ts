// eventCaptions.ts writes a plain-language caption for each life event and the glossary, in the reader's language, for the Explain view and a lecture.

import type { InjuryKind, Scenario, SimEvent } from '../model/types';
import { locale, t } from '../i18n/locale.svelte';
import type { MessageKey } from '../i18n/messages.en';
import { tissueName } from '../i18n/assayText';
import { countText } from '../i18n/countText';
import { decimalComma } from '../i18n/format';

/** "2.5" → "2,5" in French. */
function num(x: number | string): string {
  return decimalComma(locale.lang, String(x));
}

const INJURY_KINDS: Record<InjuryKind, MessageKey> = { wound: 'evl.wound', autoimmune: 'evl.autoimmune', tumour: 'evl.tumour' };

/**
 * An event's name in the reader's language. English is the model's own label; French is rebuilt from the event and
 * its pregnancy in the scenario (the model's labels are English and stay so: src/model knows no language).
 */
export function eventLabel(e: SimEvent, scenario?: Scenario): string {
  if (locale.lang === 'en') return e.label;
  if (e.kind === 'injury') {
    // Rebuilt from the scenario's injury, as the model's label is (`planEvents`).
    const inj = e.injury ? scenario?.injuries[e.injury - 1] : undefined;
    if (!inj) return t('event.injury');
    const kind = inj.kind ?? 'wound';
    return t('evl.injury', {
      kind: t(INJURY_KINDS[kind]),
      tissue: tissueName(inj.tissue),
      host: inj.host === 'mother' ? t('ed.mother') : t('ed.child', { n: inj.host.slice('child:'.length) }),
      severity: num(inj.severity),
      course: inj.chronic || kind === 'tumour' ? t('evl.chronic') : countText('unit.days', inj.durationDays, locale.lang),
    });
  }
  const k = e.pregnancy ?? 0;
  const p = scenario?.pregnancies[k - 1];
  if (!p) return t(`event.${e.kind}`);
  const sex = t(p.fetalSex === 'male' ? 'evl.son' : 'evl.daughter');
  const weeks = num(p.gestationWeeks);
  switch (e.kind) {
    case 'conception':
      return t('evl.conception', { k, sex });
    case 'birth':
      return t('evl.birth', { k, sex, delivery: t(p.delivery === 'caesarean' ? 'evl.caesarean' : 'evl.vaginal'), weeks });
    case 'miscarriage':
      return t('evl.miscarriage', { k, weeks });
    case 'termination':
      return t('evl.termination', { k, weeks });
  }
}

/** "Birth 1 (son, vaginal, 40 weeks). Delivery releases a surge…" */
export function eventCaption(e: SimEvent, scenario?: Scenario): string {
  return `${eventLabel(e, scenario)}. ${t(`cap.${e.kind}`)}`;
}

export interface GlossaryEntry {
  term: string;
  definition: string;
}

const GLOSSARY_KEYS = ['microchimerism', 'fetal', 'maternal', 'geq', 'graft', 'niche', 'cfdna', 'hla', 'ssc', 'detection', 'tier'] as const;

/** The glossary in the reader's language. */
export function glossary(): GlossaryEntry[] {
  return GLOSSARY_KEYS.map((k) => ({ term: t(`gl.${k}`), definition: t(`gl.${k}Def`) }));
}
