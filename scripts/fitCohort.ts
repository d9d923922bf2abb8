// fitCohort.ts refits the assay lens of the cohort (reading factors, maternal-traffic spread) and prints the rows before and after.
// Usage: npx tsx scripts/fitCohort.ts [N]   (N women per cohort, default 1000); copy the factors into src/model/assayMethods.ts.
import { cohortCalibrationRows, fitCohortCalibration, formatCohortRows } from '../src/model/cohortCalibration';

const n = Number(process.argv[2] ?? 1000);
console.log(formatCohortRows(cohortCalibrationRows({ n })).join('\n'));
const fit = fitCohortCalibration({ n }, [0, 0.25, 0.5, 1, 1.5]);
console.log('\nFit (published centres: E10 33%, E17 24%, E18 39%)');
console.log(`  PBMC Y-qPCR reading factor      ${fit.pbmcYqpcrFactor.toPrecision(3)}`);
console.log(`  polymorphism PCR reading factor ${fit.polymorphismFactor.toPrecision(3)}`);
console.log(`  maternal traffic sdLog          ${fit.maternalTrafficSdLog}`);
for (const t of fit.trace)
  console.log(`    sdLog ${t.maternalTrafficSdLog}: factor ${t.polymorphismFactor.toPrecision(3)}, E17 ${(100 * t.e17).toFixed(1)}%, E18 ${(100 * t.e18).toFixed(1)}%, loss ${t.loss.toFixed(3)}`);
const after = cohortCalibrationRows({
  n,
  pbmcYqpcrFactor: fit.pbmcYqpcrFactor,
  polymorphismFactor: fit.polymorphismFactor,
  stochastic: { sdLogOverrides: { maternalTrafficTermPerDay: fit.maternalTrafficSdLog } },
});
console.log('\n' + formatCohortRows(after).join('\n'));
