// i18n.spec.ts checks the language switch (kept in the URL, applied at run time) and that the translated regions show no English in French.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { decodeUrlSearch, encodeUrlState } from '../src/state/urlCodec';

test.use({ serviceWorkers: 'block' });

/**
 * Regions translated so far: the header (title, tagline, language, presenter controls), the preset picker and the
 * hypothesis switch, the view tabs, the Timeline view (toolbar, play controls, both charts with legends, axes,
 * captions, sources, export menus, cohort controls, status line), the Tissues view (heatmap, body maps, damage)
 * the Child and Compare views, the life-events editor, and the teaching panels (scenes, saved scenarios, files,
 * share and embed). Not yet translated: the parameters' names, units and sources (the parameter panel's own
 * headings, groups, tiers and buttons are), the Explain view (glossary, event captions, sources), the
 * validator's and the link's messages, and the charts' screen-reader summaries.
 */
const TRANSLATED = ['header', '.top', '[role="tablist"]', '#panel-timeline', 'section.editor', '.teach'];

/** English UI words that must not appear in French (whole words; names, units and citations are allowed). */
const ENGLISH = [
  'Timeline', 'Tissues', 'Child', 'Compare', 'Explain', 'Language', 'Presenter mode', 'Full screen', 'Keyboard shortcuts',
  'Preset scenario', 'One son', 'What fetal cells', 'Neutral', 'Repair', 'Pathogenic', 'Read the whole caption',
  'Compartments', 'Pregnancies', 'Pregnancy', 'Overlays', 'Published figures', 'Reset zoom', 'Zoom to delivery',
  'Play', 'Speed', 'years per second', 'Playhead', 'blood', 'progenitor niche', 'tissues', 'son', 'Birth',
  "Mother's age", 'maternal cells', 'detection limit', 'published figure', 'Export chart', 'Show data table',
  'Source:', 'Cohort of women', 'Women', 'Seed', 'Assay', 'Run cohort', 'Cell-free', 'Model run',
  'Scenes', 'Caption', 'Add scene', 'Saved scenarios', 'Save scenario', 'Name', 'Files', 'Import scenario',
  'Export scenario', 'Export results', 'Share and embed', 'Copy link', 'Embed one chart', 'Copy embed code', 'the', 'and', 'of',
  // Tissues view
  'Fetal cells', 'recruited', 'darkest', 'lightest', 'thyroid', 'liver', 'skin', 'lung', 'heart', 'kidney', 'brain', 'pancreas', 'breast',
  'Child on the body map', 'by tissue', 'mother aged', 'At the playhead', 'Tissue', 'Schematic', 'damage', 'Damage index',
  // Child view
  'Maternal', 'child', 'cells', 'age', 'years', 'immune', 'cord blood', 'adults', 'juvenile',
  // Compare view
  'Scenario', 'Comparison', 'Summary figures', 'Figure', 'Difference', 'Peak level', 'after the first birth', 'same', 'B is', 'no birth',
  'beyond the run', 'weeks', 'days', 'Largest', 'Running',
  // Life-events editor
  'Life events', 'Outcome', 'Delivery', 'vaginal', 'Fetal sex', 'male', 'Add pregnancy', 'Delete', 'Injuries', 'Add injury',
];

async function visibleText(page: Page, regions: string[] = TRANSLATED): Promise<string> {
  return page.evaluate((selectors) => {
    const parts: string[] = [];
    for (const sel of selectors) {
      for (const el of document.querySelectorAll<HTMLElement>(sel)) {
        parts.push(el.innerText);
        // SVG text (chart titles, legends, axes, captions) and option labels.
        for (const tx of el.querySelectorAll('svg text, option')) parts.push(tx.textContent ?? '');
      }
    }
    return parts.join('\n');
  }, regions);
}

function englishIn(text: string): string[] {
  return ENGLISH.filter((w) => new RegExp(`(^|[^\\p{L}'])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(text));
}

test('French: the translated views show no English UI word, numbers use a decimal comma', async ({ page }) => {
  await page.goto(`./?s=${encodeUrlState({ v: 1, scenario: { preset: 'one-son' }, view: 'timeline', theme: 'light', lang: 'fr' })}`);
  await expect(page.getByTestId('timeline-chart').locator('path.series').first()).toHaveAttribute('d', /L/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.screenshot({ path: test.info().outputPath('french.png') });
  await page.getByTestId('timeline-chart').getByText('Exporter le graphique').click();
  const text = await visibleText(page);
  expect(text).toContain('Chronologie du microchimérisme fœtal chez la mère');
  expect(text).toContain('Un fils');
  expect(englishIn(text)).toEqual([]);
  // Decimal comma: the playhead readout (e.g. "28,7").
  await expect(page.getByText(/Tête de lecture\s?: mère âgée de \d+,\d ans/)).toBeVisible();
  await expect(page.getByTestId('timeline-chart').locator('g.playhead text')).toHaveText(/^\d+,\d ans$/);
  await expect(page.getByTestId('timeline-chart').locator('.tick text, text').filter({ hasText: /^0,01$/ })).toHaveCount(1);
});

test('French: the Tissues view shows no English UI word', async ({ page }) => {
  await page.goto(`./?s=${encodeUrlState({ v: 1, scenario: { preset: 'thyroid-injury-repair' }, view: 'tissues', theme: 'light', lang: 'fr' })}`);
  await expect(page.getByTestId('tissue-heatmap').locator('svg')).toBeVisible();
  await expect(page.getByTestId('damage-chart').locator('path.series').first()).toHaveAttribute('d', /L/);
  const text = await visibleText(page, ['#panel-tissues']);
  expect(text).toContain('Cellules fœtales recrutées dans les tissus de la mère');
  expect(text).toContain('thyroïde');
  expect(englishIn(text)).toEqual([]);
  await page.screenshot({ path: test.info().outputPath('french-tissues.png'), fullPage: true });
});

test('French: the Child view shows no English UI word', async ({ page }) => {
  await page.goto(`./?s=${encodeUrlState({ v: 1, scenario: { preset: 'juvenile-myopathy' }, view: 'child', theme: 'light', lang: 'fr' })}`);
  await expect(page.getByTestId('child-chart-1').locator('path.series').first()).toHaveAttribute('d', /L/);
  const text = await visibleText(page, ['#panel-child']);
  expect(text).toContain('Microchimérisme maternel chez l’enfant 1 (fils)');
  expect(englishIn(text)).toEqual([]);
});

test('French: the Compare view shows no English UI word', async ({ page }) => {
  await page.goto(`./?s=${encodeUrlState({ v: 1, scenario: { preset: 'hla-compatible-son-ssc' }, view: 'compare', compare: { preset: 'healthy-control-son' }, theme: 'light', lang: 'fr' })}`);
  await expect(page.getByTestId('compare-table')).toBeVisible();
  const text = await visibleText(page, ['#panel-compare']);
  expect(text).toContain('Comparaison du microchimérisme fœtal chez la mère, A et B');
  expect(text).toContain('B: Témoin sain');
  expect(englishIn(text)).toEqual([]);
  await page.screenshot({ path: test.info().outputPath('french-compare.png'), fullPage: true });
});

test('the language switches at run time and is kept in the URL', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByTestId('timeline-chart').locator('path.series').first()).toHaveAttribute('d', /L/);
  expect(englishIn(await visibleText(page))).toContain('Timeline');
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
