// parameters.ts is the one table of model parameters: unit, range, default, evidence tier and source.
// STUB from the foundation issue: the trafficking-model issue fills in the real table.

import type { ParameterSpec } from './types';

export const PARAMETERS: readonly ParameterSpec[] = [];
