// i18n.spec.ts checks the language switch (kept in the URL, applied at run time) and that the translated regions show no English in French.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { decodeUrlSearch, encodeUrlState } from '../src/state/urlCodec';
import { en } from '../src/i18n/messages.en';
import { fr } from '../src/i18n/messages.fr';
import { PRESETS_FR } from '../src/i18n/presets.fr';
import { PARAMETERS_FR } from '../src/i18n/parameters.fr';
import { EVIDENCE_FIGURES_FR } from '../src/i18n/evidence.fr';

test.use({ serviceWorkers: 'block' });

/**
 * French must show no English UI string anywhere in the page: the header, the controls, every view (charts with
 * their legends, axes, captions, sources, screen-reader summaries, readouts and data tables), the parameter panel,
 * the life-events editor (with the validator's messages), the link and file messages and the teaching panels.
 * Text is read from every text node (hidden ones too: closed <details>, SVG <title> summaries, hidden labels) and from
 * the attributes a screen reader speaks. Bibliographic titles may stay in their original language: they are marked
 * `lang="en"` and skipped.
 */
const WHOLE_PAGE = ['body'];

/**
 * English words and phrases that must not appear in French (whole words, case-sensitive). Words that are the same in
 * both languages (Conception, Sources, Transfusion, PCR…), units (gEq/10⁵, GE/mL) and journal names are left out.
 */
const ENGLISH = [
  // Header, tabs, controls
  'Timeline', 'Tissues', 'Child', 'Compare', 'Explain', 'Language', 'Presenter mode', 'Full screen', 'Keyboard shortcuts',
  'Preset scenario', 'One son', 'What fetal cells', 'Neutral', 'Repair', 'Pathogenic', 'Read the whole caption',
  'Compartments', 'Pregnancies', 'Pregnancy', 'Overlays', 'Published figures', 'Reset zoom', 'Zoom to delivery',
  'Play', 'Speed', 'The view in', 'of her life', 'Playhead', 'blood', 'progenitor niche', 'tissues', '(son', 'Birth',
  "Mother's age", "mother's age", 'maternal cells', 'detection limit', 'published figure', 'Export chart', 'Show data table', 'Hide data table',
  'Source:', 'Cohort of women', 'Women', 'Seed', 'Assay', 'Run cohort', 'Cell-free', 'cell-free', 'Model run',
  'Scenes', 'Caption', 'Add scene', 'Saved scenarios', 'Save scenario', 'Name', 'Files', 'Import scenario',
  'Export scenario', 'Export results', 'Share and embed', 'Copy link', 'Embed one chart', 'Copy embed code',
  // Tissues view
  'Fetal cells', 'recruited', 'darkest', 'lightest', 'thyroid', 'liver', 'skin', 'lung', 'heart', 'kidney', 'brain', 'pancreas', 'breast',
  'Child on the body map', 'by tissue', 'mother aged', 'Mother aged', 'At the playhead', 'Tissue', 'Schematic', 'damage', 'Damage index',
  // Child view
  'Maternal', 'child', 'cells', 'age', 'years', 'immune', 'cord blood', 'adults', 'juvenile',
  // Compare view
  'Scenario', 'Comparison', 'Summary figures', 'Figure', 'Difference', 'Peak level', 'after the first birth', 'same', 'B is', 'no birth',
  'beyond the run', 'weeks', 'days', 'hours', 'Largest', 'Running',
  // Life-events editor and the validator's messages
  'Life events', 'Outcome', 'Delivery', 'vaginal', 'Fetal sex', 'male', 'Add pregnancy', 'Delete', 'Injuries', 'Add injury',
  'is required', 'is outside', 'is not allowed', 'must be', 'too early', 'too late', 'allowed', 'overlaps', 'did you mean',
  'miscarriage', 'termination', 'viability', 'stillbirth', 'horizon', 'scenario was not loaded', 'not a JSON file', 'the default is shown',
  // Explain view
  'What happens', 'event by event', 'Glossary', 'This preset', 'Published figures drawn', 'Row', 'As drawn', 'Study',
  'Every default parameter', 'Parameter', 'Default', 'Evidence tier', 'Whole-blood', 'nucleated', 'open question',
  'Microchimerism', 'Graft', 'Detection limit', 'Systemic sclerosis', 'Genome equivalents', 'genome equivalents', 'surge',
  'Healthy controls', 'Male fetus', 'whole blood', 'plasma (', 'Assay families',
  // Parameter panel: names, units, sources
  'Half-life', 'half-life', 'Mean lifetime', 'Fitted', 'Assumption', 'Traffic', 'traffic', 'Clearance', 'clearance', 'Homing', 'homing',
  'per day', 'per week', 'weeks (from LMP)', 'weeks from LMP', 'Share of', 'share of', 'relative to', 'Increase of', 'Damage rate', 'Healing', 'Reading of',
  'human', 'fitted', 'assumption', 'Reset to default', 'range', 'default',
  // Charts: summaries, readouts, handles, evidence tips, cohort
  'peaks at', 'Highest', 'Events:', 'No series', 'No data', 'more series', 'testing positive', 'share positive', 'Positive',
  'lower 95%', 'upper 95%', 'No injury', 'Under the', 'hypothesis', 'Drawn as', 'On this chart', 'Published figure',
  'Move', 'arrow keys', 'Drag to move', 'whole years', 'not available',
  // Shortcut sheet, export menu
  'Space', 'Previous scene', 'Next scene', 'This sheet', 'Slide size', 'Scale', 'Background', 'White', 'Theme',
  'Download', 'Copy chart',
  // English function words: what is left of an untranslated sentence
  'the', 'and', 'of', 'is', 'are', 'was', 'with', 'from', 'for', 'by', 'per', 'to', 'at', 'in', 'not', 'this', 'that', 'which',
  'than', 'after', 'before', 'when', 'between', 'each', 'every', 'its', 'it', 'has', 'have', 'be', 'one', 'two', 'no',
];

/**
 * More English words, derived from the catalogues so the list keeps up with new strings: every word of four letters
 * or more in an English message that appears in no French text of the app (messages, presets, parameters, published
 * figures). Words both languages share (Chimera, placenta, niche, PCR, citations…) drop out by themselves.
 */
const DERIVED: string[] = (() => {
  const words = (texts: Iterable<string>) =>
    new Set(
      [...texts]
        .flatMap((x) => x.replace(/\{\w+\}/g, ' ').split(/[^\p{L}]+/u))
        .filter((w) => w.length >= 4)
        .map((w) => w.toLowerCase()),
    );
  const french = words([
    ...Object.values(fr),
    ...Object.values(PRESETS_FR).flatMap((p) => [p.title, p.caption]),
    ...Object.values(PARAMETERS_FR).flatMap((p) => [p.label, p.source]),
    ...Object.values(EVIDENCE_FIGURES_FR),
  ]);
  return [...words(Object.values(en))].filter((w) => !french.has(w));
})();

/** Every text node and every spoken attribute under the regions, skipping what is marked as English (citations). */
async function uiText(page: Page, regions: string[] = WHOLE_PAGE): Promise<string> {
  return page.evaluate((selectors) => {
    const ATTRIBUTES = ['aria-label', 'aria-roledescription', 'aria-valuetext', 'aria-description', 'title', 'placeholder', 'alt'];
    const parts: string[] = [];
    // Marked English inside the page (the <html> element's own lang is the page's language).
    const skipped = (el: Element) => el.closest('body [lang="en"], style, script, noscript') !== null;
    for (const sel of selectors) {
      for (const root of document.querySelectorAll(sel)) {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const el = n.parentElement;
          if (el && !skipped(el) && n.textContent?.trim()) parts.push(n.textContent);
        }
        for (const el of [root, ...root.querySelectorAll('*')]) {
          if (skipped(el)) continue;
          for (const a of ATTRIBUTES) {
            const v = el.getAttribute(a);
            if (v) parts.push(v);
          }
        }
      }
    }
    return parts.join('\n');
  }, regions);
}

/** Open every data table and export menu, so their text is in the page. */
async function openTables(page: Page, region: string): Promise<void> {
  const buttons = page.locator(`${region} button.table-toggle`);
  for (let i = 0; i < (await buttons.count()); i++) await buttons.nth(i).click();
}

/** A whole word or phrase: not inside a longer word, nor part of a hyphenated one (“auto-immune” is not “immune”). */
function wordPattern(w: string): RegExp {
  return new RegExp(`(^|[^\\p{L}'’-])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}-])`, 'u');
}

/** Values in straight double quotes are a file's or a link's own data ("birth" as typed in JSON); French prose uses « ». */
const withoutQuotedValues = (text: string) => text.replace(/"[^"\n]*"/g, '""');

function englishIn(raw: string): string[] {
  const text = withoutQuotedValues(raw);
  const lower = text.toLowerCase();
  return [...ENGLISH.filter((w) => wordPattern(w).test(text)), ...DERIVED.filter((w) => wordPattern(w).test(lower)).map((w) => `${w} (from messages.en.ts)`)];
}

/** The English words found, each with a little context (a failure names where to look). */
function englishWithContext(raw: string): string[] {
  const text = withoutQuotedValues(raw);
  return englishIn(text).map((w) => {
    const i = text.toLowerCase().search(wordPattern(w.replace(/ \(from messages\.en\.ts\)$/, '')));
    return `${w} ← “${text.slice(Math.max(0, i - 40), i + w.length + 40).replace(/\s+/g, ' ')}”`;
  });
}

const frUrl = (state: Record<string, unknown>) => `./?s=${encodeUrlState({ v: 1, view: 'timeline', theme: 'light', lang: 'fr', ...state } as never)}`;

test('French: the Timeline view, header, controls, cohort and teaching panels show no English', async ({ page }) => {
  await page.goto(frUrl({ scenario: { preset: 'one-son' } }));
  const chart = page.getByTestId('timeline-chart');
  await expect(chart.locator('path.series').first()).toHaveAttribute('d', /L/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page).toHaveTitle('Chimera — simulateur du microchimérisme gestationnel');
  await page.screenshot({ path: test.info().outputPath('french.png') });
  // A small cohort draws the prevalence chart and the bands.
  await page.getByLabel('Femmes', { exact: true }).fill('200');
  await page.getByRole('button', { name: 'Lancer la cohorte' }).click();
  await expect(page.getByTestId('prevalence-chart').locator('path.series').first()).toHaveAttribute('d', /L/, { timeout: 30_000 });
  // The readout (keyboard on the chart) and an evidence marker's tip (focus).
  await chart.getByRole('application').focus();
  await page.keyboard.press('ArrowRight');
  await expect(chart.getByTestId('readout')).toBeVisible();
  const readout = await chart.getByTestId('readout').innerText();
  expect(englishWithContext(readout)).toEqual([]);
  await chart.getByRole('button', { name: /^Donnée publiée E1,/ }).focus();
  await expect(chart.getByTestId('evidence-tip')).toContainText('Fœtus masculin');
  await openTables(page, '#panel-timeline');
  const text = await uiText(page);
  expect(text).toContain('Chronologie du microchimérisme fœtal chez la mère');
  expect(text).toContain('Un fils');
  expect(englishWithContext(text)).toEqual([]);
  // Decimal comma: the playhead readout (e.g. "28,7"), the axis, the data table.
  await expect(page.getByText(/Tête de lecture\s?: mère âgée de \d+,\d ans/)).toBeVisible();
  await expect(chart.locator('g.playhead text')).toHaveText(/^\d+,\d ans$/);
  await expect(chart.locator('.tick text, text').filter({ hasText: /^0,01$/ })).toHaveCount(1);
  await expect(chart.locator('table tbody tr').first().locator('td, th').first()).toHaveText(/^\d+,\d+$/);
});

test('French: the Tissues view shows no English, summaries and tables included', async ({ page }) => {
  await page.goto(frUrl({ scenario: { preset: 'thyroid-injury-repair' }, view: 'tissues' }));
  await expect(page.getByTestId('tissue-heatmap').locator('svg').first()).toBeVisible();
  await expect(page.getByTestId('damage-chart').locator('path.series').first()).toHaveAttribute('d', /L/);
  await openTables(page, '#panel-tissues');
  const text = await uiText(page, ['#panel-tissues']);
  expect(text).toContain('Cellules fœtales recrutées dans les tissus de la mère');
  expect(text).toContain('thyroïde');
  expect(englishWithContext(text)).toEqual([]);
  await page.screenshot({ path: test.info().outputPath('french-tissues.png'), fullPage: true });
});

test('French: the Child view shows no English', async ({ page }) => {
  await page.goto(frUrl({ scenario: { preset: 'juvenile-myopathy' }, view: 'child' }));
  await expect(page.getByTestId('child-chart-1').locator('path.series').first()).toHaveAttribute('d', /L/);
  await openTables(page, '#panel-child');
  const text = await uiText(page, ['#panel-child']);
  expect(text).toContain('Microchimérisme maternel chez l’enfant 1 (fils)');
  expect(englishWithContext(text)).toEqual([]);
});

test('French: the Compare view shows no English', async ({ page }) => {
  await page.goto(frUrl({ scenario: { preset: 'hla-compatible-son-ssc' }, view: 'compare', compare: { preset: 'healthy-control-son' } }));
  await expect(page.getByTestId('compare-table')).toBeVisible();
  await openTables(page, '#panel-compare');
  const text = await uiText(page, ['#panel-compare']);
  expect(text).toContain('Comparaison du microchimérisme fœtal chez la mère, A et B');
  expect(text).toContain('B: Témoin sain');
  expect(englishWithContext(text)).toEqual([]);
  await page.screenshot({ path: test.info().outputPath('french-compare.png'), fullPage: true });
});

test('French: the Explain view (captions, glossary, sources) and the parameter panel show no English', async ({ page }) => {
  await page.goto(frUrl({ scenario: { preset: 'thyroid-injury-repair' }, view: 'explain' }));
  await expect(page.locator('#panel-explain ol.events li').first()).toBeVisible();
  const text = await uiText(page, ['#panel-explain', 'aside.sidebar']);
  expect(text).toContain('Glossaire');
  expect(text).toContain('Microchimérisme fœtal');
  expect(text).toContain('Durée de vie moyenne d’une cellule thyroïdienne');
  expect(englishWithContext(text)).toEqual([]);
  // Citations may stay in English, but only inside what is marked as English.
  await expect(page.locator('#panel-explain [lang="en"]').first()).toBeAttached();
  await page.locator('#panel-explain').screenshot({ path: test.info().outputPath('french-explain.png') });
  for (const d of await page.locator('aside.sidebar details').all()) await d.evaluate((el) => ((el as HTMLDetailsElement).open = true));
  await page.locator('aside.sidebar').screenshot({ path: test.info().outputPath('french-parameters.png') });
});

test('French: the validator, link and file messages are French', async ({ page }) => {
  // A link with a bad scenario and a bad zoom: the alert names what was wrong, in French.
  await page.goto(
    frUrl({
      scenario: { scenario: { version: 1, name: 'x', horizonYears: 80, pregnancies: [{ conceptionAgeYears: 30, gestationWeeks: 61, outcome: 'birth', delivery: 'vaginal', fetalSex: 'male' }] } },
      zoom: [50, 10],
    }),
  );
  await expect(page.getByTestId('link-problems')).toBeVisible();
  // The editor: a birth at 10 weeks is refused with the validator's message beside the field.
  await page.locator('#p0-weeks').fill('10');
  await expect(page.locator('section.editor [role="alert"], section.editor .error').first()).toBeVisible();
  // A number field with text that is not a number: its message is French too.
  await page.locator('#p0-age').fill('abc');
  await expect(page.locator('section.editor').getByText(/^Grossesse 1, âge de la mère à la conception\u00a0: «\u00a0abc\u00a0» n’est pas un nombre/)).toBeVisible();
  // A file that is not JSON, then one with a bad field.
  const input = page.locator('.teach input[type="file"]');
  await input.setInputFiles({ name: 'cassé.json', mimeType: 'application/json', buffer: Buffer.from('{ nope') });
  await expect(page.getByText('Le fichier n’a pas été chargé', { exact: false })).toBeVisible();
  const text1 = await uiText(page);
  await input.setInputFiles({ name: 'mauvais.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ version: 1, horizonYears: 300, pregnancies: [{ conceptionAgeYears: 30, gestationWeeks: 40, outcome: 'brith', fetalSex: 'male' }] })) });
  await expect(page.getByText('mauvais.json', { exact: false }).first()).toBeVisible();
  const text = `${text1}\n${await uiText(page)}`;
  expect(text).toContain('semaines');
  expect(englishWithContext(text)).toEqual([]);
});

test('French: a number field reads a decimal comma, keeps "-5" and names the field and range in French', async ({ page }) => {
  await page.goto(frUrl({ scenario: { preset: 'one-son' } }));
  const chart = page.getByTestId('timeline-chart');
  await expect(chart.locator('path.series').first()).toHaveAttribute('d', /L/);
  const age = page.getByLabel('Âge de la mère à la conception (années)');
  await expect(age).toHaveValue('28');
  await age.fill('');
  await age.pressSequentially('-5');
  await expect(age).toHaveValue('-5');
  await expect(page.locator('section.editor').getByText('Grossesse 1, âge de la mère à la conception\u00a0: -5 est en dehors de l’intervalle autorisé, de 12 à 55')).toBeVisible();
  await age.fill('');
  await expect(page.locator('section.editor').getByText('Grossesse 1, âge de la mère à la conception\u00a0: saisissez un nombre de 12 à 55', { exact: true })).toBeVisible();
  // "30,5" is 30.5: it runs (the pregnancy's handle moves to 30,5) and stays written the French way.
  await age.pressSequentially('30,5');
  await expect(page.getByTestId('editor-status')).toHaveCount(0);
  await expect(chart.getByRole('button', { name: /^Déplacer .*\(mère âgée de 30,5\sans\)/ })).toBeAttached();
  await age.blur();
  await expect(age).toHaveValue('30,5');
  await expect(page.locator('body')).not.toContainText('NaN');
  expect(englishWithContext(await uiText(page, ['section.editor']))).toEqual([]);
});

test('French: the shortcut sheet shows no English', async ({ page }) => {
  await page.goto(frUrl({ scenario: { preset: 'one-son' } }));
  await expect(page.getByTestId('timeline-chart').locator('path.series').first()).toHaveAttribute('d', /L/);
  await page.keyboard.press('?');
  await expect(page.locator('dialog.sheet')).toBeVisible();
  expect(englishWithContext(await uiText(page, ['dialog.sheet']))).toEqual([]);
});

test('the language switches at run time and is kept in the URL', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByTestId('timeline-chart').locator('path.series').first()).toHaveAttribute('d', /L/);
  expect(englishIn(await uiText(page))).toContain('Timeline');
  await page.getByLabel('Language', { exact: true }).selectOption('fr');
  await expect(page.getByRole('tab', { name: 'Chronologie' })).toBeVisible();
  await expect(page.getByTestId('timeline-chart').locator('text.chart-title')).toHaveText('Chronologie du microchimérisme fœtal chez la mère');
  await expect(page.getByTestId('preset-caption')).toContainText('Une première grossesse');
  await page.waitForTimeout(700);
  expect(decodeUrlSearch(new URL(page.url()).search).state.lang).toBe('fr');
  await page.reload();
  await expect(page.getByRole('tab', { name: 'Chronologie' })).toBeVisible();
  await page.getByLabel('Langue', { exact: true }).selectOption('en');
  await expect(page.getByRole('tab', { name: 'Timeline' })).toBeVisible();
});
