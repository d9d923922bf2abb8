// types.ts declares the scenario (input) and result (output) formats shared by the model, workers, CLI and UI.

export const TISSUES = [
  'thyroid',
  'liver',
  'skin',
  'lung',
  'heart',
  'kidney',
  'brain',
  'muscle',
  'pancreas',
  'breast',
] as const;
export type Tissue = (typeof TISSUES)[number];

export type Outcome = 'birth' | 'miscarriage' | 'termination';
export type Delivery = 'vaginal' | 'caesarean';
export type Condition = 'preeclampsia' | 'trisomy21';
export type FetalSex = 'male' | 'female';
export type InjuryKind = 'wound' | 'autoimmune' | 'tumour';
export type Hypothesis = 'neutral' | 'repair' | 'pathogenic';
/** `mother`, or `child:N` with N the 1-based index of the pregnancy that bore the child. */
export type HostId = 'mother' | `child:${number}`;

export interface Pregnancy {
  conceptionAgeYears: number;
  gestationWeeks: number;
  outcome: Outcome;
  /** Births only. */
  delivery?: Delivery;
  fetalSex: FetalSex;
  /** The child's non-shared HLA haplotype matches the mother's (the systemic sclerosis risk factor). */
  hlaCompatible: boolean;
  conditions: Condition[];
}

export interface Injury {
  host: HostId;
  tissue: Tissue;
  /** Defaults to `wound` when absent. */
  kind?: InjuryKind;
  /** Age of the host at onset (a child's age counts from its birth). */
  ageYears: number;
  /** 0..1 */
  severity: number;
  durationDays: number;
  chronic: boolean;
}

export interface Scenario {
  version: 1;
  name: string;
  horizonYears: number;
  pregnancies: Pregnancy[];
  injuries: Injury[];
  hypothesis: Hypothesis;
  /** Overrides of default parameters, by parameter id. */
  parameters: Record<string, number>;
}

/** `pregnancy:K` (a fetal graft in the mother) or `mother` (the maternal graft in a child). */
export type Origin = `pregnancy:${number}` | 'mother';
/** `blood`, `niche`, `tissue:NAME`, `immune` (maternal immune cells in a child) or `cfdna`. */
export type Compartment = 'blood' | 'niche' | `tissue:${Tissue}` | 'immune' | 'cfdna';

export interface Series {
  origin: Origin;
  compartment: Compartment;
  /** One value per entry of the host's `timeYears`; cells in gEq/10^5 host cells, cfdna in GE/mL plasma. */
  values: Float64Array;
}

export interface DamageSeries {
  tissue: Tissue;
  /** Damage index 0..1 of the host's tissue over time. */
  values: Float64Array;
}

/** What a graft is: the Y assay sees only `sex: 'male'` grafts; HLA compatibility drives clearance and the pathogenic weight. */
export interface GraftInfo {
  origin: Origin;
  /** 1-based pregnancy the graft comes from (for a child's maternal graft, the child's own pregnancy). */
  pregnancy: number;
  /** Sex of the graft's cells (the fetus's; `female` for the maternal graft in a child). */
  sex: FetalSex;
  hlaCompatible: boolean;
}

export interface HostResult {
  host: HostId;
  /** Host age in years at each sample (a child's is negative before its birth). */
  timeYears: Float64Array;
  series: Series[];
  damage: DamageSeries[];
  /** One entry per origin in `series` (always set by `simulate`). */
  grafts?: GraftInfo[];
  /** The mother's age when this host's age is 0 (0 for the mother; the birth age for a child). Always set by `simulate`. */
  motherAgeAtZeroYears?: number;
}

export type EventKind = 'conception' | 'birth' | 'miscarriage' | 'termination' | 'injury';

export interface SimEvent {
  kind: EventKind;
  /** The host the event belongs to; pregnancy events belong to the mother. */
  host: HostId;
  /** Host age at the event, in years. */
  ageYears: number;
  /** Mother's age at the event, in years (the timeline's axis). */
  motherAgeYears: number;
  /** 1-based pregnancy index, for pregnancy events. */
  pregnancy?: number;
  /** 1-based index into the scenario's injuries, for injury events. */
  injury?: number;
  label: string;
}

export interface SimResult {
  version: 1;
  scenarioName: string;
  units: { cells: 'gEq/10^5 host cells'; cfdna: 'GE/mL plasma'; time: 'years of host age'; damage: 'index 0..1' };
  hosts: HostResult[];
  events: SimEvent[];
}

export type EvidenceTier = 'human' | 'fitted' | 'animal' | 'assumption';

export interface ParameterSpec {
  id: string;
  label: string;
  unit: string;
  group: string;
  min: number;
  max: number;
  default: number;
  tier: EvidenceTier;
  /** Authors, year and what was measured; or, for an assumption, the reason for the value. */
  source: string;
  /** Between-woman spread for cohorts: a log-normal sd of ln(value), with its source or 'assumption'. */
  spread?: { sdLog: number; source: string };
}
