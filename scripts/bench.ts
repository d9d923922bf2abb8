// bench.ts runs every benchmark suite and prints a table of figures (or, with --json, one JSON object).
import type { Figure } from './bench/figure';
import { runBuildBench } from './bench/build';
import { runCohortBench } from './bench/cohort';
import { runModelBench } from './bench/model';
import { runUiBench } from './bench/ui';

const SUITES: Array<{ name: string; run: () => Promise<Figure[]> }> = [
  { name: 'model', run: runModelBench },
  { name: 'build', run: runBuildBench },
  { name: 'cohort', run: runCohortBench },
  { name: 'ui', run: runUiBench },
];

const json = process.argv.includes('--json');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);

const figures: Figure[] = [];
for (const suite of SUITES) {
  if (only && !only.split(',').includes(suite.name)) continue;
  if (!json) process.stderr.write(`running ${suite.name}…\n`);
  figures.push(...(await suite.run()));
}

if (json) {
  const out: Record<string, { value: number; unit: string }> = {};
  for (const f of figures) out[f.name] = { value: Number(f.value.toPrecision(6)), unit: f.unit };
  process.stdout.write(JSON.stringify(out, null, 2) + '\n');
} else {
  const rows = figures.map((f) => [f.name, f.value.toPrecision(4), f.unit, f.label]);
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length), ['figure', 'value', 'unit'][i]!.length));
  const line = (r: string[]) => `${r[0]!.padEnd(widths[0]!)}  ${r[1]!.padStart(widths[1]!)}  ${r[2]!.padEnd(widths[2]!)}  ${r[3]}`;
  console.log(line(['figure', 'value', 'unit', 'what']));
  console.log(line(['-'.repeat(widths[0]!), '-'.repeat(widths[1]!), '-'.repeat(widths[2]!), '----']));
  for (const r of rows) console.log(line(r));
}
