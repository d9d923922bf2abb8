// calibrate.test.ts keeps docs/model.md's parameter table in sync with the table in src/model/parameters.ts.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { PARAMETERS } from '../src/model/parameters';
import { parameterTableMarkdown } from '../src/model/parameterTable';

describe('docs/model.md', () => {
  const doc = readFileSync(new URL('../docs/model.md', import.meta.url), 'utf8');
  it('lists every parameter id', () => {
    for (const p of PARAMETERS) expect(doc, p.id).toContain(`\`${p.id}\``);
  });
  it('holds the generated parameter table as generated (run `npm run calibrate -- --docs` after changing parameters)', () => {
    expect(doc).toContain(parameterTableMarkdown());
  });
});
