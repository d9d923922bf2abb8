// presets.test.ts checks that every built-in preset is a valid scenario with a caption, sources and known evidence rows.

import { describe, expect, it } from 'vitest';
import { PRESETS, presetById } from './presets';
import { formatScenarioErrors, validateScenario } from './validateScenario';

const REQUIRED_IDS = [
  'one-son',
  'one-daughter',
  'three-children',
  'miscarriage-then-birth',
  'elective-termination',
  'preeclampsia',
  'trisomy-21',
  'hla-compatible-son-ssc',
  'healthy-control-son',
  'thyroid-injury-neutral',
  'thyroid-injury-repair',
  'thyroid-injury-pathogenic',
  'juvenile-myopathy',
  'tumour-stroma',
];

// The rows of ../shared/science/evidence.md (E1..E19).
const EVIDENCE_IDS = new Set(Array.from({ length: 19 }, (_, i) => `E${i + 1}`));

describe('PRESETS', () => {
  it('has unique ids', () => {
    const ids = PRESETS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('includes every required story', () => {
    for (const id of REQUIRED_IDS) expect(presetById(id), id).toBeDefined();
  });

  it.each(PRESETS.map((p) => [p.id, p] as const))('%s validates and is documented', (_id, p) => {
    const r = validateScenario(p.scenario);
    if (!r.ok) throw new Error(`${p.id}:\n${formatScenarioErrors(r.errors)}`);
    expect(p.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(p.title.trim()).not.toBe('');
    expect(p.caption.trim().length).toBeGreaterThan(100);
    expect(p.sources.length).toBeGreaterThan(0);
    for (const s of p.sources) expect(s).toMatch(/\b(19|20)\d\d\b/);
    for (const e of p.evidenceIds) expect(EVIDENCE_IDS.has(e), e).toBe(true);
    expect(p.scenario.parameters).toEqual({});
  });

  it('the thyroid trio differs only in the hypothesis, and says it is an open question', () => {
    const trio = ['neutral', 'repair', 'pathogenic'].map((h) => presetById(`thyroid-injury-${h}`)!);
    expect(trio.map((p) => p.scenario.hypothesis)).toEqual(['neutral', 'repair', 'pathogenic']);
    const strip = (p: (typeof trio)[number]) => ({ ...p.scenario, name: '', hypothesis: 'neutral' });
    expect(strip(trio[1]!)).toEqual(strip(trio[0]!));
    expect(strip(trio[2]!)).toEqual(strip(trio[0]!));
    for (const p of trio) expect(p.caption).toMatch(/open question/);
    for (const p of trio) expect(p.scenario.injuries[0]).toMatchObject({ host: 'mother', tissue: 'thyroid', ageYears: 50 });
  });

  it('the healthy control is the SSc preset without HLA compatibility and without disease (E11)', () => {
    const ssc = presetById('hla-compatible-son-ssc')!.scenario;
    const control = presetById('healthy-control-son')!.scenario;
    expect(ssc.pregnancies[0]?.hlaCompatible).toBe(true);
    expect(ssc.injuries.some((i) => i.kind === 'autoimmune' && i.tissue === 'skin')).toBe(true);
    expect(control.injuries).toEqual([]);
    expect(control.pregnancies).toEqual(ssc.pregnancies.map((p) => ({ ...p, hlaCompatible: false })));
    expect(control.horizonYears).toBe(ssc.horizonYears);
  });

  it('the juvenile myopathy preset injures the child, in childhood, in muscle', () => {
    const s = presetById('juvenile-myopathy')!.scenario;
    expect(s.injuries).toContainEqual(expect.objectContaining({ host: 'child:1', tissue: 'muscle', kind: 'autoimmune' }));
    expect(s.injuries.every((i) => i.ageYears < 18)).toBe(true);
  });

  it('presetById answers undefined for an unknown id', () => {
    expect(presetById('no-such-preset')).toBeUndefined();
  });
});
