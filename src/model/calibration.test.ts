// calibration.test.ts fails when a `fit` row of evidence.md falls outside its target (shape rows are reported, cohort shares pending).
import { describe, expect, it } from 'vitest';
import { calibrationRows } from './calibration';

describe('calibration against evidence.md', () => {
  const rows = calibrationRows();
  it('lists every evidence row E1..E19 once', () => {
    expect(rows.map((r) => r.id)).toEqual(Array.from({ length: 19 }, (_, i) => `E${i + 1}`));
  });
  it.each(rows.filter((r) => r.kind === 'fit' && r.status !== 'pending'))('$id is within its target ($target): $model', (row) => {
    expect(row.status, `${row.id}: ${row.model} vs ${row.target}`).toBe('pass');
  });
  it('leaves the shares of women to the cohort engine', () => {
    expect(rows.filter((r) => r.status === 'pending').map((r) => r.id)).toEqual(['E10', 'E17', 'E18']);
  });
  it.each(rows.filter((r) => r.kind === 'shape'))('shape $id holds: $model', (row) => {
    expect(row.status, `${row.id}: ${row.model}`).toBe('pass');
  });
});
