// hostPlan.ts compiles a scenario into one plan per host: its grafts, their traffic, boluses, injuries and time span (model days).

import { TISSUES } from './types';
import type { FetalSex, HostId, Hypothesis, Origin, Scenario, SimEvent } from './types';
import type { ParameterValues } from './parameters';
import { DAYS_PER_YEAR } from './rates';
import { GESTATION_KNOTS_WEEKS, CONCEPTION_GESTATION_WEEKS, gestationLengthDays } from './gestationTraffic';
import { injuryKnots } from './injurySignal';
import type { InjuryCourse } from './injurySignal';

export interface GraftPlan {
  origin: Origin;
  /** 1-based pregnancy index the graft comes from (for a child's maternal graft: the child's own pregnancy). */
  pregnancy: number;
  /** Sex of the graft's cells: the fetus's for a fetal graft, female for the maternal graft. */
  sex: FetalSex;
  hlaCompatible: boolean;
  /** Gestation in model days, [conceptionDay, endDay). */
  conceptionDay: number;
  endDay: number;
  /** Cell traffic into this host at 40 weeks (conditions included except the preeclampsia ramp), gEq/10^5 per day. */
  trafficTerm: number;
  /** Immune-cell traffic at 40 weeks (child hosts), gEq/10^5 per day. */
  immuneTrafficTerm: number;
  /** Placental cfDNA level at term (mother hosts), GE/mL; 0 in children. */
  cfdnaTerm: number;
  /** Preeclampsia multipliers reached at week 30 (1 when absent). */
  preeclampsiaTraffic: number;
  preeclampsiaCfdna: number;
  /** Multiplier of immune clearance (HLA compatibility). */
  clearanceFactor: number;
  /** Weight in the pathogenic damage term. */
  pathogenicWeight: number;
}

export interface Bolus {
  day: number;
  graft: number;
  /** `blood`: straight into circulation (termination, miscarriage); `lodged`: released over days (delivery). */
  target: 'blood' | 'lodged';
  amount: number;
}

export interface HostPlan {
  host: HostId;
  isChild: boolean;
  /** Model day at which the host's age is 0 (model days count from the mother's birth). */
  zeroDay: number;
  startDay: number;
  endDay: number;
  grafts: GraftPlan[];
  boluses: Bolus[];
  injuries: InjuryCourse[];
  /** Intervals during which the host is pregnant (mother) or a fetus (child): weaker clearance, weekly sampling. */
  gestations: Array<{ start: number; end: number }>;
  /** Model days where a driver has a corner or jump: integration steps must meet them. */
  knots: number[];
  /** Days after which dense sampling is needed (pregnancy ends, injury onsets and ends). */
  eventDays: number[];
  /**
   * Days where a transient starts that the step must resolve (the mother's pregnancy ends, injury onset/end): steps are
   * graded from them. Not conception, traffic onset nor a child's birth: there blood clearance jumps, or traffic starts
   * or stops, all integrated exactly (exponential decay, exponential traffic), and nothing else relaxes on a shorter
   * time scale than the step. A pregnancy end in the mother also lands a bolus and stops placental cfDNA.
   */
  transientDays: number[];
  /**
   * Days graded from a longer first step (`StepLimits.softFirstStep`): a child's birth, where blood clearance jumps and
   * traffic stops (both exact), so only the refinement of the steps after it, not their accuracy, needs the grading.
   */
  softTransientDays: number[];
  /** Preeclampsia sets in over weeks 20–30: traffic is then not a pure exponential, so steps stay short there. */
  rampWindows: Array<{ start: number; end: number }>;
  hypothesis: Hypothesis;
  trafficOnsetWeeks: number;
  trafficRisePerWeek: number;
  /** @deprecated The same number as `trafficRisePerWeek` (kept for code written against the first cut). */
  trafficExponent: number;
  cfdnaWeek10: number;
}

const Y = DAYS_PER_YEAR;

function injuryCourses(s: Scenario, host: HostId, zeroDay: number, p: ParameterValues): InjuryCourse[] {
  const out: InjuryCourse[] = [];
  for (const inj of s.injuries) {
    if (inj.host !== host) continue;
    const kind = inj.kind ?? 'wound';
    const onsetDay = zeroDay + inj.ageYears * Y;
    const persistent = inj.chronic || kind === 'tumour';
    out.push({
      tissue: TISSUES.indexOf(inj.tissue),
      kind,
      onsetDay,
      endDay: persistent ? Infinity : onsetDay + Math.max(0, inj.durationDays),
      severity: inj.severity,
      durationDays: Math.max(0, inj.durationDays),
      flareIntervalDays: p.autoimmuneFlareIntervalDays,
      flareDays: Math.min(p.autoimmuneFlareDays, p.autoimmuneFlareIntervalDays),
      baseline: p.autoimmuneBaselineShare,
    });
  }
  return out;
}

function gestationKnots(conceptionDay: number, endDay: number, onsetWeeks: number, out: number[]): void {
  out.push(conceptionDay, endDay);
  for (const ga of [...GESTATION_KNOTS_WEEKS, onsetWeeks]) {
    const d = conceptionDay + (ga - CONCEPTION_GESTATION_WEEKS) * 7;
    if (d > conceptionDay && d < endDay) out.push(d);
  }
}

export function planHosts(s: Scenario, p: ParameterValues): HostPlan[] {
  const horizonDay = s.horizonYears * Y;
  const common = {
    hypothesis: s.hypothesis,
    trafficOnsetWeeks: p.trafficOnsetGestationWeeks,
    trafficRisePerWeek: p.trafficRisePerWeek,
    trafficExponent: p.trafficRisePerWeek,
    cfdnaWeek10: p.cfdnaWeek10RelativeToTerm,
  };
  const mother: HostPlan = {
    host: 'mother',
    isChild: false,
    zeroDay: 0,
    startDay: 0,
    endDay: horizonDay,
    grafts: [],
    boluses: [],
    injuries: injuryCourses(s, 'mother', 0, p),
    gestations: [],
    knots: [],
    eventDays: [],
    transientDays: [],
    softTransientDays: [],
    rampWindows: [],
    ...common,
  };
  const children: HostPlan[] = [];
  s.pregnancies.forEach((preg, i) => {
    const k = i + 1;
    const conceptionDay = preg.conceptionAgeYears * Y;
    const endDay = conceptionDay + gestationLengthDays(preg.gestationWeeks);
    const t21 = preg.conditions.includes('trisomy21');
    const pe = preg.conditions.includes('preeclampsia');
    const trafficMultiplier = t21 ? p.trisomy21TrafficFactor : 1;
    const g = mother.grafts.length;
    mother.grafts.push({
      origin: `pregnancy:${k}`,
      pregnancy: k,
      sex: preg.fetalSex,
      hlaCompatible: preg.hlaCompatible,
      conceptionDay,
      endDay,
      trafficTerm: p.fetalTrafficTermPerDay * trafficMultiplier,
      immuneTrafficTerm: 0,
      cfdnaTerm: p.cfdnaTermGEPerMl * (t21 ? p.trisomy21CfdnaFactor : 1),
      preeclampsiaTraffic: pe ? p.preeclampsiaTrafficFactor : 1,
      preeclampsiaCfdna: pe ? p.preeclampsiaCfdnaFactor : 1,
      clearanceFactor: preg.hlaCompatible ? p.hlaCompatibleClearanceFactor : 1,
      pathogenicWeight: preg.hlaCompatible ? p.hlaCompatiblePathogenicFactor : 1,
    });
    mother.gestations.push({ start: conceptionDay, end: endDay });
    gestationKnots(conceptionDay, endDay, p.trafficOnsetGestationWeeks, mother.knots);
    // The pregnancy's end is a transient of the mother (bolus, placental cfDNA stops, clearance jumps).
    mother.transientDays.push(endDay);
    mother.eventDays.push(endDay);
    if (pe) {
      const at = (ga: number): number => conceptionDay + (ga - CONCEPTION_GESTATION_WEEKS) * 7;
      mother.rampWindows.push({ start: at(20), end: Math.min(endDay, at(30)) });
    }
    // Conditions raise the end-of-pregnancy release as they raise traffic (assumption, stated in docs/model.md).
    const conditionMultiplier = trafficMultiplier * (pe ? p.preeclampsiaTrafficFactor : 1);
    if (preg.outcome === 'birth') {
      const mode = preg.delivery === 'caesarean' ? p.caesareanSurgeFactor : 1;
      mother.boluses.push({ day: endDay, graft: g, target: 'lodged', amount: p.deliverySurgePerHundredThousand * mode * conditionMultiplier });
    } else {
      const rel = preg.outcome === 'miscarriage' ? p.miscarriageBolusRelative : 1;
      const amount =
        p.terminationBolusPerHundredThousand * rel * conditionMultiplier * Math.pow(preg.gestationWeeks / 11, p.terminationGestationExponent);
      mother.boluses.push({ day: endDay, graft: g, target: 'blood', amount });
    }
    if (preg.outcome !== 'birth') return;
    const host: HostId = `child:${k}`;
    const child: HostPlan = {
      host,
      isChild: true,
      zeroDay: endDay,
      startDay: conceptionDay,
      endDay: Math.max(horizonDay, conceptionDay),
      grafts: [
        {
          origin: 'mother',
          pregnancy: k,
          sex: 'female',
          hlaCompatible: false,
          conceptionDay,
          endDay,
          trafficTerm: p.maternalTrafficTermPerDay,
          immuneTrafficTerm: p.maternalTrafficTermPerDay * p.maternalImmuneShare,
          cfdnaTerm: 0,
          preeclampsiaTraffic: 1,
          preeclampsiaCfdna: 1,
          clearanceFactor: 1,
          pathogenicWeight: 1,
        },
      ],
      boluses: [],
      injuries: injuryCourses(s, host, endDay, p),
      gestations: [{ start: conceptionDay, end: endDay }],
      knots: [],
      eventDays: [endDay],
      transientDays: [],
      // The child's birth only ends traffic and restores clearance, both integrated exactly: graded softly.
      softTransientDays: [endDay],
      rampWindows: [],
      ...common,
    };
    gestationKnots(conceptionDay, endDay, p.trafficOnsetGestationWeeks, child.knots);
    children.push(child);
  });
  // The mother's curves start a year before her first event: nothing happens earlier.
  const firstEvent = Math.min(...mother.gestations.map((g) => g.start), ...mother.injuries.map((c) => c.onsetDay), horizonDay);
  mother.startDay = Math.max(0, Math.min(firstEvent - Y, horizonDay - Y));
  for (const h of [mother, ...children]) {
    for (const c of h.injuries) {
      injuryKnots(c, h.endDay, h.knots);
      if (c.onsetDay < h.endDay) h.eventDays.push(c.onsetDay);
      if (c.endDay < h.endDay) h.eventDays.push(c.endDay);
      h.transientDays.push(c.onsetDay);
      if (c.endDay < h.endDay) h.transientDays.push(c.endDay);
    }
    h.boluses.sort((a, b) => a.day - b.day);
    h.knots = h.knots.filter((d) => d > h.startDay && d < h.endDay);
  }
  return [mother, ...children];
}

export function planEvents(s: Scenario, plans: readonly HostPlan[]): SimEvent[] {
  const events: SimEvent[] = [];
  s.pregnancies.forEach((preg, i) => {
    const k = i + 1;
    const c = preg.conceptionAgeYears;
    const end = c + gestationLengthDays(preg.gestationWeeks) / Y;
    const sex = preg.fetalSex === 'male' ? 'son' : 'daughter';
    events.push({ kind: 'conception', host: 'mother', ageYears: c, motherAgeYears: c, pregnancy: k, label: `Conception ${k} (${sex})` });
    const what =
      preg.outcome === 'birth'
        ? `Birth ${k} (${sex}, ${preg.delivery ?? 'vaginal'}, ${preg.gestationWeeks} weeks)`
        : `${preg.outcome === 'miscarriage' ? 'Miscarriage' : 'Termination'} ${k} at ${preg.gestationWeeks} weeks`;
    events.push({ kind: preg.outcome, host: 'mother', ageYears: end, motherAgeYears: end, pregnancy: k, label: what });
  });
  s.injuries.forEach((inj, i) => {
    const plan = plans.find((h) => h.host === inj.host);
    if (!plan) return;
    const kind = inj.kind ?? 'wound';
    events.push({
      kind: 'injury',
      host: inj.host,
      ageYears: inj.ageYears,
      motherAgeYears: inj.ageYears + plan.zeroDay / Y,
      injury: i + 1,
      label: `${kind} of ${inj.tissue} (${inj.host === 'mother' ? 'mother' : `child ${inj.host.slice('child:'.length)}`}, severity ${inj.severity}${inj.chronic || kind === 'tumour' ? ', chronic' : `, ${inj.durationDays} ${inj.durationDays === 1 ? 'day' : 'days'}`})`,
    });
  });
  events.sort((a, b) => a.motherAgeYears - b.motherAgeYears);
  return events;
}
