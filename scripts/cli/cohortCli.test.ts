// cohortCli.test.ts drives `simulate --cohort` through a fake io: flags checked all at once, JSON and CSV out, same seed same output.

import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3-dsv';
import { runCli, type CliIo } from './simulateCli';
import { parseCohortFlags } from './cohortCli';

function fakeIo(tty = false): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (s: string) => void (io.out += s),
    stderr: (s: string) => void (io.err += s),
    readFile: () => {
      throw new Error('no files');
    },
    writeFile: () => {},
    stderrIsTTY: tty,
  };
  return io;
}

describe('cohort flags', { timeout: 30_000 }, () => {
  it('reports every bad flag at once, naming value and what is allowed', () => {
    const r = parseCohortFlags({ cohort: '0', seed: '-1', assay: 'fish', sample: 'tissue:spleen', geq: '10', replicates: '99', workers: 'x' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(7);
    expect(r.errors.join('\n')).toMatch(/--cohort: "0" is not an integer in 100\.\.100000/);
    expect(r.errors.join('\n')).toMatch(/--assay: "fish" is not an assay; allowed: y-qpcr, polymorphism/);
    expect(r.errors.join('\n')).toMatch(/--sample: "tissue:spleen" .*tissue:thyroid/);
  });
  it('takes plain decimal integers in range only (the issue asks for 100 to 100,000 women)', () => {
    for (const cohort of ['99', '100001', '0x10', '1e2', ' 200', '150.0', '-5']) {
      const r = parseCohortFlags({ cohort });
      expect(r.ok, cohort).toBe(false);
      if (!r.ok) expect(r.errors[0]).toBe(`--cohort: ${JSON.stringify(cohort)} is not an integer in 100..100000`);
    }
    for (const [cohort, n] of [['100', 100], ['100000', 100000], ['2500', 2500]] as const) {
      const r = parseCohortFlags({ cohort });
      expect(r.ok && r.settings.n).toBe(n);
    }
  });
  it('defaults: 2000 women, seed 1, Y-qPCR on blood, 100,000 gEq × 3', () => {
    const r = parseCohortFlags({ cohort: '' });
    expect(r.ok && r.settings).toMatchObject({ n: 2000, seed: 1, assay: { assay: 'y-qpcr', sample: 'blood', geq: 100000, replicates: 3 } });
  });
});

describe('simulate --cohort', { timeout: 30_000 }, () => {
  it('prints the cohort result v1 as JSON; the same seed gives the same bytes', async () => {
    const argv = ['--preset', 'one-son', '--cohort', '100', '--seed', '5', '--workers', '2', '--assay', 'polymorphism', '--replicates', '2'];
    const a = fakeIo();
    expect(await runCli(argv, a)).toBe(0);
    const r = JSON.parse(a.out);
    expect(r).toMatchObject({ version: 1, cohort: { n: 100, seed: 5 }, completed: 100 });
    const mother = r.hosts.find((h: { host: string }) => h.host === 'mother');
    expect(mother.bands[0]).toHaveProperty('p95');
    expect(mother.prevalence[0]).toMatchObject({ assay: 'polymorphism', sample: 'blood', geq: 100000, replicates: 2 });
    expect(mother.prevalence[0].values).toHaveLength(mother.timeYears.length);
    expect(a.err).toBe('');
    const b = fakeIo();
    await runCli(argv, b);
    expect(b.out).toBe(a.out);
  }, 60_000);

  it('prints CSV with --format csv, and a progress bar only when stderr is a terminal', async () => {
    const io = fakeIo(true);
    expect(await runCli(['--preset', 'one-son', '--cohort', '100', '--workers', '1', '--format', 'csv'], io)).toBe(0);
    const rows = csvParse(io.out);
    expect(rows.columns.slice(0, 6)).toEqual(['host', 'timeYears', 'kind', 'origin', 'compartment', 'unit']);
    expect(rows.some((r) => r.kind === 'prevalence')).toBe(true);
    // Every row says what its numbers are in: cells and cfDNA bands apart, shares for prevalence.
    for (const r of rows) expect(r.unit, `${r.kind} ${r.compartment}`).toBe(r.kind === 'prevalence' ? 'share of hosts 0-1; meanLevel in gEq/10^5 as the assay reads it' : r.compartment === 'cfdna' ? 'GE/mL' : 'gEq/10^5');
    expect(io.err).toMatch(/100\/100 women/);
    // The complete bar once, then the end of the line.
    expect(io.err.match(/100\/100 women/g)).toHaveLength(1);
    expect(io.err.endsWith('100/100 women\n')).toBe(true);
  }, 60_000);

  it('bad cohort flags: exit 2, messages on stderr, nothing on stdout', async () => {
    const io = fakeIo();
    expect(await runCli(['--preset', 'one-son', '--cohort', 'many', '--assay', 'fish'], io)).toBe(2);
    expect(io.out).toBe('');
    expect(io.err).toMatch(/--cohort/);
    expect(io.err).toMatch(/--assay/);
  });

  it('a negative value names the flag and its range, not a missing value', async () => {
    const io = fakeIo();
    expect(await runCli(['--preset', 'one-son', '--cohort', '100', '--geq', '-1', '--seed', '-3'], io)).toBe(2);
    expect(io.out).toBe('');
    expect(io.err).toMatch(/--geq: "-1" is not an integer in 1000\.\.10000000/);
    expect(io.err).toMatch(/--seed: "-3" is not an integer in 0\.\.4294967295/);
  });

  it('cohort flags without --cohort are an error, not silently ignored', async () => {
    const io = fakeIo();
    expect(await runCli(['--preset', 'one-son', '--assay', 'foo', '--workers', '0'], io)).toBe(2);
    expect(io.out).toBe('');
    expect(io.err).toBe('--assay, --workers apply to cohort runs only: add --cohort N (100..100000), or drop them\n');
  });
});
