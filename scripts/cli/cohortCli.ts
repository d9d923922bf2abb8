// cohortCli.ts is the cohort branch of `npm run simulate`: --cohort N runs N simulated women on worker threads and prints bands and prevalence.

import { availableParallelism } from 'node:os';
import { TISSUES, type Scenario } from '../../src/model/types';
import type { AssayKind, AssaySample, AssaySettings, CohortResult } from '../../src/model/cohortTypes';
import { createNodeCohortPool } from '../../workers/node/nodeCohortPool';
import type { CohortPool } from '../../workers/pool/cohortPool';

/** The cohort flags, merged into the simulate CLI's one flag table (help and parser come from it). */
export const COHORT_FLAGS = {
  cohort: { type: 'string', arg: 'N', help: 'simulate a cohort of N women (100..100000; default 2000 when given empty) and print bands and prevalence' },
  seed: { type: 'string', arg: 'S', help: 'cohort: random seed, an integer 0..4294967295 (default 1); the same seed gives the same result' },
  assay: { type: 'string', arg: 'y-qpcr|polymorphism', help: 'cohort: the assay lens (default y-qpcr)' },
  sample: { type: 'string', arg: 'blood|tissue:NAME', help: 'cohort: what is tested (default blood)' },
  geq: { type: 'string', arg: 'G', help: 'cohort: genome equivalents of DNA per replicate, 1000..10000000 (default 100000)' },
  replicates: { type: 'string', arg: 'R', help: 'cohort: replicates per test, positive if any is (1..20, default 3)' },
  workers: { type: 'string', arg: 'K', help: 'cohort: worker threads (default: the number of cores)' },
} as const;

export type CohortFlagValues = { [K in keyof typeof COHORT_FLAGS]?: string };

export interface CohortCliIo {
  stdout(s: string): void;
  stderr(s: string): void;
  writeFile(p: string, s: string): void;
  /** Draw a progress bar on stderr (the wrapper passes process.stderr.isTTY). */
  stderrIsTTY?: boolean;
}

export interface CohortCliSettings {
  n: number;
  seed: number;
  assay: AssaySettings;
  workers: number;
}

/** The cohort sizes the cohort issue asks for (the page's field allows the same). */
export const COHORT_MIN_WOMEN = 100;
export const COHORT_MAX_WOMEN = 100_000;

/** The flags that only a cohort run reads: given without --cohort they would be ignored silently, so they are an error. */
export const COHORT_ONLY_FLAGS = ['seed', 'assay', 'sample', 'geq', 'replicates', 'workers'] as const;

export const COHORT_DEFAULTS = { n: 2000, seed: 1, assay: 'y-qpcr', sample: 'blood', geq: 100_000, replicates: 3 } as const;

/** Every cohort flag checked at once; each error names the flag, the value and what is allowed. */
export function parseCohortFlags(v: CohortFlagValues): { ok: true; settings: CohortCliSettings } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  const int = (name: keyof typeof COHORT_FLAGS, def: number, min: number, max: number): number => {
    const raw = v[name];
    if (raw === undefined || raw === '') return def;
    // Plain decimal digits only: Number() would also take "0x10", "1e2" or " 16 ".
    const x = /^[0-9]+$/.test(raw) ? Number(raw) : NaN;
    if (!Number.isInteger(x) || x < min || x > max) {
      errors.push(`--${name}: ${JSON.stringify(raw)} is not an integer in ${min}..${max}`);
      return def;
    }
    return x;
  };
  const n = int('cohort', COHORT_DEFAULTS.n, COHORT_MIN_WOMEN, COHORT_MAX_WOMEN);
  const seed = int('seed', COHORT_DEFAULTS.seed, 0, 4294967295);
  const geq = int('geq', COHORT_DEFAULTS.geq, 1000, 10_000_000);
  const replicates = int('replicates', COHORT_DEFAULTS.replicates, 1, 20);
  const workers = int('workers', availableParallelism(), 1, 64);
  const assay = (v.assay ?? COHORT_DEFAULTS.assay).toLowerCase();
  if (assay !== 'y-qpcr' && assay !== 'polymorphism') errors.push(`--assay: ${JSON.stringify(v.assay)} is not an assay; allowed: y-qpcr, polymorphism`);
  const sample = v.sample ?? COHORT_DEFAULTS.sample;
  const tissue = sample.startsWith('tissue:') ? sample.slice('tissue:'.length) : undefined;
  if (sample !== 'blood' && !(tissue && (TISSUES as readonly string[]).includes(tissue)))
    errors.push(`--sample: ${JSON.stringify(sample)} is not a sample; allowed: blood, ${TISSUES.map((t) => `tissue:${t}`).join(', ')}`);
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    settings: { n, seed, workers, assay: { assay: assay as AssayKind, sample: sample as AssaySample, geq, replicates } },
  };
}

/** The `unit` cell of a CSV row: what its numbers are in (a spreadsheet shows nothing else). */
const BAND_UNIT_CELLS = 'gEq/10^5';
const BAND_UNIT_CFDNA = 'GE/mL';
const PREVALENCE_UNIT = 'share of hosts 0-1; meanLevel in gEq/10^5 as the assay reads it';

/**
 * One long CSV table: band rows (percentiles of a series) and prevalence rows (share positive with its interval), each
 * with a `unit` column saying what its numbers are in.
 */
export function cohortToCsv(r: CohortResult): string {
  const head = 'host,timeYears,kind,origin,compartment,unit,assay,sample,geq,replicates,p5,p25,p50,p75,p95,prevalence,lower,upper,meanLevel';
  const rows: string[] = [head];
  const num = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? '' : String(x));
  for (const h of r.hosts) {
    for (const b of h.bands)
      h.timeYears.forEach((t, i) =>
        rows.push(
          [h.host, t, 'band', b.origin, b.compartment, b.compartment === 'cfdna' ? BAND_UNIT_CFDNA : BAND_UNIT_CELLS, '', '', '', '', b.p5[i], b.p25[i], b.p50[i], b.p75[i], b.p95[i], '', '', '', '']
            .map((x) => (typeof x === 'number' ? num(x) : x))
            .join(','),
        ),
      );
    for (const p of h.prevalence)
      h.timeYears.forEach((t, i) =>
        rows.push(
          [h.host, t, 'prevalence', '', '', PREVALENCE_UNIT, p.assay, p.sample, p.geq, p.replicates, '', '', '', '', '', p.values[i], p.lower[i], p.upper[i], p.meanLevel?.[i]]
            .map((x) => (typeof x === 'number' ? num(x) : (x ?? '')))
            .join(','),
        ),
      );
  }
  return rows.join('\n') + '\n';
}

/** The result as JSON, typed arrays as plain arrays. */
export function cohortToJson(r: CohortResult): string {
  return JSON.stringify(r, (_k, v: unknown) => (ArrayBuffer.isView(v) ? Array.from(v as Float64Array) : v), 1);
}

function progressBar(done: number, total: number): string {
  const width = 30;
  const filled = Math.round((width * done) / total);
  return `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} women`;
}

/**
 * Runs the cohort and writes the result; returns the exit code (0 ok, 2 bad flags or unwritable --out, 1 failure).
 * `makePool` is for tests (default: worker threads).
 */
export async function runCohortCli(
  scenario: Scenario,
  flags: CohortFlagValues,
  opts: { format: 'json' | 'csv'; out: string | undefined; source: string },
  io: CohortCliIo,
  makePool: (workers: number) => CohortPool = (w) => createNodeCohortPool(w),
): Promise<number> {
  const parsed = parseCohortFlags(flags);
  if (!parsed.ok) {
    io.stderr(parsed.errors.join('\n') + '\n');
    return 2;
  }
  const { n, seed, assay, workers } = parsed.settings;
  const pool = makePool(workers);
  let text: string;
  try {
    const tty = io.stderrIsTTY === true;
    let drawn = -1;
    // Progress only: the CLI prints the final result, so no band is read before the end (see `CohortRunListeners`).
    const result = await pool.run({ scenario, n, seed, assays: [assay] }, {
      onProgress: (completed) => {
        if (tty) io.stderr(progressBar((drawn = completed), n));
      },
    }).done;
    // The pool's last progress is usually the whole cohort already: then only end the line.
    if (tty) io.stderr((drawn === n ? '' : progressBar(n, n)) + '\n');
    text = opts.format === 'csv' ? cohortToCsv(result) : cohortToJson(result) + '\n';
  } catch (e) {
    io.stderr(`cohort of ${opts.source} failed: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  } finally {
    pool.dispose();
  }
  if (opts.out === undefined) {
    io.stdout(text);
    return 0;
  }
  try {
    io.writeFile(opts.out, text);
  } catch (e) {
    io.stderr(`--out: cannot write ${JSON.stringify(opts.out)}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  return 0;
}
