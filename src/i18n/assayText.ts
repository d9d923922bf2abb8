// assayText.ts names an assay setting and a tissue in the reader's language (the model's own labels are English).
import type { AssaySettings } from '../model/cohortTypes';
import { locale, t } from './locale.svelte';
import type { MessageKey } from './messages.en';
import { en } from './messages.en';

/** A tissue (or "blood") in the reader's language; an unknown name is shown as it is. */
export function tissueName(name: string): string {
  const key = `tissue.${name}`;
  return key in en ? t(key as MessageKey) : name;
}

/** "Y-chromosome qPCR, blood, 100,000 gEq × 3" (as the model's assayLabel), in the reader's language. */
export function assayText(a: AssaySettings): string {
  const sample = a.sample === 'blood' ? 'blood' : a.sample.slice('tissue:'.length);
  return t('assay.label', {
    name: t(a.assay === 'y-qpcr' ? 'assay.yqpcr' : 'assay.polymorphism'),
    sample: tissueName(sample),
    geq: a.geq.toLocaleString(locale.lang === 'fr' ? 'fr-FR' : 'en-US'),
    replicates: a.replicates,
  });
}
