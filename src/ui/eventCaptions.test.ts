// eventCaptions.test.ts checks that event names, captions and the glossary follow the reader's language.
import { afterEach, describe, expect, it } from 'vitest';
import { locale } from '../i18n/locale.svelte';
import { PRESETS } from '../model/presets';
import { planEvents, planHosts } from '../model/hostPlan';
import { resolveParameters } from '../model/parameters';
import type { Scenario } from '../model/types';
import { eventCaption, eventLabel, glossary } from './eventCaptions';

afterEach(() => {
  locale.lang = 'en';
});

function eventsOf(s: Scenario) {
  return planEvents(s, planHosts(s, resolveParameters(s.parameters)));
}

describe('event names and captions', () => {
  const scenario: Scenario = {
    ...PRESETS[0]!.scenario,
    pregnancies: [
      { conceptionAgeYears: 25, gestationWeeks: 10, outcome: 'miscarriage', fetalSex: 'female', hlaCompatible: false, conditions: [] },
      { conceptionAgeYears: 28, gestationWeeks: 39, outcome: 'birth', delivery: 'caesarean', fetalSex: 'male', hlaCompatible: false, conditions: [] },
    ],
    injuries: [
      { host: 'mother', tissue: 'thyroid', kind: 'wound', ageYears: 50, severity: 0.6, durationDays: 180, chronic: false },
      { host: 'child:2', tissue: 'muscle', kind: 'autoimmune', ageYears: 8, severity: 0.5, durationDays: 365, chronic: true },
    ],
  };
  const events = eventsOf(scenario);

  it('are the model’s labels in English', () => {
    for (const e of events) expect(eventLabel(e, scenario)).toBe(e.label);
  });

  it('are French in French, every field included', () => {
    locale.lang = 'fr';
    const labels = events.map((e) => eventLabel(e, scenario));
    expect(labels).toContain('Fausse couche 1 à 10\u00a0semaines');
    expect(labels).toContain('Naissance 2 (fils, césarienne, 39\u00a0semaines)');
    expect(labels).toContain('Conception 1 (fille)');
    expect(labels).toContain('Plaie\u00a0: thyroïde (mère, gravité 0,6, 180 jours)');
    expect(labels).toContain('Atteinte auto-immune\u00a0: muscle (enfant 2, gravité 0,5, chronique)');
    // Rebuilt from the scenario's injury the event points to; without the scenario, the generic name.
    expect(events.filter((e) => e.kind === 'injury').map((e) => e.injury).sort()).toEqual([1, 2]);
    expect(eventLabel(events.find((e) => e.kind === 'injury')!)).toBe('Lésion');
    for (const e of events) {
      const caption = eventCaption(e, scenario);
      expect(caption).not.toMatch(/\b(the|of|and|weeks|days|severity)\b/);
      expect(caption.length).toBeGreaterThan(80);
    }
  });

  it('counts an injury\'s days in the French singular below 2', () => {
    locale.lang = 'fr';
    for (const [days, text] of [[1, '1 jour'], [1.5, '1,5 jour'], [2, '2 jours']] as const) {
      const s: Scenario = { ...scenario, injuries: [{ host: 'mother', tissue: 'skin', kind: 'wound', ageYears: 50, severity: 0.5, durationDays: days, chronic: false }] };
      const injury = eventsOf(s).find((e) => e.kind === 'injury')!;
      expect(eventLabel(injury, s)).toBe(`Plaie\u00a0: peau (mère, gravité 0,5, ${text})`);
    }
  });

  it('glossary has the same terms in both languages, French differing where the words do', () => {
    const en = glossary();
    locale.lang = 'fr';
    const fr = glossary();
    expect(fr).toHaveLength(en.length);
    expect(fr.map((g) => g.term)).toContain('Microchimérisme fœtal');
    for (let i = 0; i < en.length; i++) expect(fr[i]!.definition).not.toBe(en[i]!.definition);
  });
});
