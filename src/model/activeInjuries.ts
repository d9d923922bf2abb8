// activeInjuries.ts says which of a host's tissues are injured at a given age of that host, by the same course rules as the model.

import { DAYS_PER_YEAR } from './rates';
import type { HostId, Injury, Tissue } from './types';

/**
 * Whether an injury is under way at `hostAgeYears` (the host's own age: a child's counts from its birth). As in the
 * model's host plan, an injury starts at its onset and lasts `durationDays`; a chronic one, and a tumour (which
 * persists), never ends. Before the onset the tissue is not injured.
 */
export function isInjuryActive(injury: Injury, hostAgeYears: number): boolean {
  if (!Number.isFinite(hostAgeYears) || hostAgeYears < injury.ageYears) return false;
  if (injury.chronic || (injury.kind ?? 'wound') === 'tumour') return true;
  return hostAgeYears < injury.ageYears + Math.max(0, injury.durationDays) / DAYS_PER_YEAR;
}

/** The tissues of `host` injured at `hostAgeYears`, each once, in the order the scenario lists them. */
export function activeInjuries(injuries: readonly Injury[], host: HostId, hostAgeYears: number): Tissue[] {
  const out: Tissue[] = [];
  for (const inj of injuries) {
    if (inj.host === host && isInjuryActive(inj, hostAgeYears) && !out.includes(inj.tissue)) out.push(inj.tissue);
  }
  return out;
}
