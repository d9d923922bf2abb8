// test-all.mjs runs every suite (unit, then e2e against the production build) and prints one summed count line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

mkdirSync('test-results', { recursive: true });
const UNIT_JSON = 'test-results/unit-report.json';
const E2E_JSON = 'test-results/e2e-report.json';
for (const f of [UNIT_JSON, E2E_JSON]) rmSync(f, { force: true });

function run(label, cmd, args) {
  console.log(`\n── ${label}: ${[cmd, ...args].join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  return r.status ?? 1;
}

function readJson(path) {
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

let passed = 0;
let failed = 0;
let exitCode = 0;

const browserStatus = run('browser', 'node', ['scripts/ensure-browser.mjs']);
if (browserStatus !== 0) exitCode = 1;

const unitStatus = run('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${UNIT_JSON}`]);
const unit = readJson(UNIT_JSON);
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  console.log(`unit: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed`);
} else {
  console.log('unit: no report (the runner did not finish)');
  failed += 1;
}
if (unitStatus !== 0) exitCode = 1;

if (browserStatus === 0) {
  const buildStatus = run('production build', 'npx', ['vite', 'build', '--logLevel', 'warn']);
  if (buildStatus !== 0) {
    exitCode = 1;
    failed += 1;
    console.log('e2e: skipped, the build failed');
  } else {
    const e2eStatus = run('end-to-end tests', 'npx', ['playwright', 'test']);
    const e2e = readJson(E2E_JSON);
    if (e2e?.stats) {
      const p = e2e.stats.expected + (e2e.stats.flaky ?? 0);
      const f = e2e.stats.unexpected;
      passed += p;
      failed += f;
      console.log(`e2e: ${p} passed, ${f} failed`);
    } else {
      console.log('e2e: no report (the runner did not finish)');
      failed += 1;
    }
    if (e2eStatus !== 0) exitCode = 1;
  }
} else {
  failed += 1;
  console.log('e2e: skipped, no browser');
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(exitCode || (failed > 0 ? 1 : 0));
