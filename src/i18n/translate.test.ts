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
    expect(translate('en', 'app.name', { x: 1 })).toBe('Chimera');
    const key = Object.keys(en).find((k) => en[k as keyof typeof en].includes('{'));
    if (key) expect(translate('en', key as keyof typeof en, {})).toContain('{');
  });
  it('has every key in both languages, none empty', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const [k, v] of Object.entries(fr)) expect(v.trim(), k).not.toBe('');
  });
});
