// assayText.test.ts checks that the English assay label matches the model's, and that French translates names and numbers.
import { afterEach, describe, expect, it } from 'vitest';
import { assayLabel, DEFAULT_ASSAY } from '../model/assay';
import { assayText, tissueName } from './assayText';
import { locale } from './locale.svelte';

afterEach(() => {
  locale.lang = 'en';
});

describe('assayText', () => {
  it('reads as the model label in English', () => {
    expect(assayText(DEFAULT_ASSAY)).toBe(assayLabel(DEFAULT_ASSAY));
    expect(assayText({ ...DEFAULT_ASSAY, assay: 'polymorphism', sample: 'tissue:thyroid' })).toBe(assayLabel({ ...DEFAULT_ASSAY, assay: 'polymorphism', sample: 'tissue:thyroid' }));
  });
  it('translates into French', () => {
    locale.lang = 'fr';
    expect(assayText({ ...DEFAULT_ASSAY, sample: 'tissue:thyroid' })).toBe('la qPCR du chromosome Y, thyroïde, 100\u202f000 gEq × 3');
    expect(tissueName('heart')).toBe('cœur');
    expect(tissueName('spleen')).toBe('spleen');
  });
});
