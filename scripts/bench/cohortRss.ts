// cohortRss.ts runs one cohort in its own process and prints its peak resident memory (the cohort bench spawns it).
import { createNodeCohortPool } from '../../workers/node/nodeCohortPool';
import { presetById } from '../../src/model/presets';
import { STUDY_ASSAYS } from '../../src/model/assayMethods';

const n = Number(process.argv[2] ?? 1000);
const presetId = process.argv[3] ?? 'one-son';
const workers = Number(process.argv[4] ?? 2);
const pool = createNodeCohortPool(workers);
const t0 = performance.now();
const r = await pool.run({ scenario: presetById(presetId)!.scenario, n, seed: 1, assays: STUDY_ASSAYS.map((s) => s.settings) }).done;
const wallMs = performance.now() - t0;
pool.dispose();
// maxRSS covers the whole process, worker threads included (they share it), in KiB.
process.stdout.write(JSON.stringify({ n, completed: r.completed, wallMs, peakRssBytes: process.resourceUsage().maxRSS * 1024 }) + '\n');
