// placeholder.ts times the skeleton's placeholder model (replaced by the real model's bench).
import { runPlaceholder } from '../../src/model/placeholder';
import { quantileSorted, timeRuns, type Figure } from './figure';

export async function runPlaceholderBench(): Promise<Figure[]> {
  const runs = timeRuns(() => runPlaceholder({ transferPerDay: 0.02 }), 2000);
  return [{ name: 'model.placeholder.medianMs', value: quantileSorted(runs, 0.5), unit: 'ms', label: 'Placeholder model, one pregnancy (median of 2000)' }];
}
