// translate.test.ts checks lookups, placeholders, and that both catalogues have the same keys and no empty text.
import { describe, expect, it } from 'vitest';
import { en } from './messages.en';
import { fr } from './messages.fr';
import { translate } from './translate';

describe('translate', () => {
  it('looks up each language', () => {
    expect(translate('en', 'lang.label')).toBe('Language');
    expect(translate('fr', 'lang.label')).toBe('Langue');
  });
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'run.status', { ms: '0.42' })).toBe('Model run in 0.42 ms in a Web Worker.');
    expect(translate('fr', 'run.status', { ms: '0,42' })).toBe('Modèle calculé en 0,42 ms dans un Web Worker.');
    expect(translate('en', 'run.status', {})).toBe('Model run in {ms} ms in a Web Worker.');
  });
  it('has every key in both languages, none empty', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const [k, v] of Object.entries(fr)) expect(v.trim(), k).not.toBe('');
  });
});
