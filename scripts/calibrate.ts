// calibrate.ts prints the model beside every row of evidence.md; `--fit` re-runs the fit of the `fitted` defaults (`--only=ID,…` a subset of them); `--docs` regenerates the parameter table in docs/model.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { calibrationRows } from '../src/model/calibration';
import { fitDefaults, FITTED } from '../src/model/fit';
import { defaultParameterValues, type ParameterId } from '../src/model/parameters';
import { parameterTableMarkdown, TABLE_BEGIN, TABLE_END } from '../src/model/parameterTable';

const args = new Set(process.argv.slice(2).filter((a) => !a.startsWith('--only=')));
// `--fit --only=ID,ID` refits those fitted parameters alone, the others kept at their table values (see `fitDefaults`).
const onlyArg = process.argv.slice(2).find((a) => a.startsWith('--only='));
const only = onlyArg ? onlyArg.slice('--only='.length).split(',').filter((s) => s !== '') : undefined;
for (const id of only ?? []) {
  if (!FITTED.some((f) => f.id === id)) {
    console.error(`--only: ${JSON.stringify(id)} is not a fitted parameter; allowed: ${FITTED.map((f) => f.id).join(', ')}`);
    process.exit(2);
  }
}
if (only && !args.has('--fit')) {
  console.error('--only applies to --fit: add --fit');
  process.exit(2);
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.min(70, Math.max(...rows.map((r) => r[c]!.length))));
  const wrap = (s: string, w: number): string[] => {
    const out: string[] = [];
    let line = '';
    for (const word of s.split(' ')) {
      if (line && line.length + 1 + word.length > w) {
        out.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    out.push(line);
    return out;
  };
  const lines: string[] = [];
  rows.forEach((r, k) => {
    const cells = r.map((c, i) => wrap(c, widths[i]!));
    const height = Math.max(...cells.map((c) => c.length));
    for (let l = 0; l < height; l++) lines.push(cells.map((c, i) => (c[l] ?? '').padEnd(widths[i]!)).join(' │ ').trimEnd());
    if (k === 0) lines.push(widths.map((w) => '─'.repeat(w)).join('─┼─'));
  });
  return lines.join('\n');
}

if (args.has('--docs')) {
  const path = 'docs/model.md';
  const doc = readFileSync(path, 'utf8');
  const a = doc.indexOf(TABLE_BEGIN);
  const b = doc.indexOf(TABLE_END);
  if (a < 0 || b < 0) throw new Error(`${path}: parameter table markers not found`);
  writeFileSync(path, doc.slice(0, a) + parameterTableMarkdown() + doc.slice(b + TABLE_END.length));
  console.log(`${path}: parameter table regenerated`);
}

if (args.has('--fit')) {
  const t = performance.now();
  const fit = fitDefaults(40, only as ParameterId[] | undefined);
  const base = defaultParameterValues();
  console.log(`Fit (Levenberg–Marquardt in log space, ${fit.evaluations} model evaluations, ${((performance.now() - t) / 1000).toFixed(1)} s); sum of squared log residuals ${fit.sumOfSquares.toFixed(4)}\n`);
  console.log(table([['parameter', 'pinned by', 'table default', 'fit (3 s.f.)'], ...fit.rounded.map((r) => [r.id, FITTED.find((f) => f.id === r.id)!.pinnedBy, String(base[r.id]), String(r.value)])]));
  console.log('');
  console.log(table([['residual', 'model', 'published', 'ln(model/published)'], ...fit.residuals.map((r) => [r.name, r.model.toPrecision(3), r.published.toPrecision(3), r.logResidual.toFixed(3)])]));
  console.log('');
}

const rows = calibrationRows();
console.log('Chimera model against evidence.md (whole-blood Y-PCR family for E1, E2, E11, E13; deterministic means)\n');
console.log(table([['id', 'kind', 'published', 'target', 'model', 'status'], ...rows.map((r) => [r.id, r.kind, r.published, r.target, r.model, r.status === 'pending' ? 'cohort ↓' : r.status])]));
const failed = rows.filter((r) => r.kind === 'fit' && r.status === 'fail');
console.log(`\n${rows.filter((r) => r.status === 'pass').length} pass, ${failed.length} fit rows fail, ${rows.filter((r) => r.status === 'fail' && r.kind === 'shape').length} shape rows fail, ${rows.filter((r) => r.status === 'pending').length} read by the cohort engine (below)`);
if (failed.length > 0) process.exitCode = 1;

// Cohort rows (E10, E17, E18 and the assay-read E1/E11): the stochastic engine read through each study's assay,
// in a table of their own (src/model/cohortCalibration.ts; docs/cohort.md). `--no-cohort` skips them.
if (!args.has('--no-cohort')) {
  const { cohortCalibrationRows, formatCohortRows } = await import('../src/model/cohortCalibration');
  const t = performance.now();
  const cohort = cohortCalibrationRows({ n: 1000 });
  console.log(`\n${formatCohortRows(cohort).join('\n')}`);
  console.log(`\n${cohort.filter((r) => r.pass).length} of ${cohort.length} cohort rows within target (1,000 simulated women per cohort, ${((performance.now() - t) / 1000).toFixed(1)} s); they stand for the rows marked "cohort ↓" above`);
  if (cohort.some((r) => !r.pass)) process.exitCode = 1;
}
