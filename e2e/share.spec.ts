// share.spec.ts checks the state that travels (URL round-trip, bad links, saved scenarios, files) and the chart exports, against the production build.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { presetById } from '../src/model/presets';
import { validateScenario } from '../src/model/validateScenario';
import { decodeUrlSearch, encodeUrlState, type UrlState } from '../src/state/urlCodec';
import { collectConsoleErrors } from './consoleGuard';

test.use({ serviceWorkers: 'block' });

const link = (state: UrlState | Record<string, unknown>) => `./?s=${encodeUrlState(state as UrlState)}`;
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64url');
const drawn = (page: Page) => expect(page.getByTestId('timeline-chart').locator('path.series').first()).toHaveAttribute('d', /L/);

/** The state in the page's address bar, once the debounced write has happened. */
async function writtenState(page: Page): Promise<UrlState> {
  await page.waitForTimeout(700);
  const r = decodeUrlSearch(new URL(page.url()).search);
  expect(r.problems).toEqual([]);
  return r.state;
}

function editedScenario() {
  const s = structuredClone(presetById('three-children')!.scenario);
  s.name = 'Three children, faster traffic';
  s.parameters = { ...s.parameters, fetalTrafficTermPerDay: 0.004 };
  const r = validateScenario(s);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.scenario;
}

test('a link with every field set is applied, and the app writes the same state back', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  const state: UrlState = {
    v: 1,
    scenario: { scenario: editedScenario() },
    view: 'tissues',
    zoom: [30, 60],
    playheadYears: 40,
    compare: { preset: 'one-daughter' },
    theme: 'projector',
    lang: 'fr',
    scenes: [
      { caption: 'Première naissance', state: { scenario: { preset: 'one-son' }, view: 'timeline', playheadYears: 28.8 } },
      { caption: 'Trois enfants', state: { scenario: { preset: 'three-children' }, view: 'child' } },
    ],
  };
  await page.goto(link(state));
  await expect(page.locator('[data-view="tissues"]')).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Tissus' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('html')).toHaveClass(/theme-projector/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByLabel('Langue', { exact: true })).toHaveValue('fr');
  await expect(page.getByRole('button', { name: 'Mode présentation' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: /^1\. Première naissance/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /^2\. Trois enfants/ })).toBeVisible();
  await expect(page.getByTestId('link-problems')).toHaveCount(0);
  // Zoom and playhead: shown on the timeline.
  await page.getByRole('tab', { name: 'Chronologie' }).click();
  await drawn(page);
  await expect(page.getByTestId('timeline-chart').locator('path.series')).toHaveCount(9);
  await expect(page.getByRole('button', { name: 'Réinitialiser le zoom' })).toBeEnabled();
  await expect(page.getByText(/Tête de lecture\s?: mère âgée de 40,0 ans/)).toBeVisible();
  await page.getByRole('tab', { name: 'Tissus' }).click();
  const back = await writtenState(page);
  expect(back).toEqual(state);
  expect(errors).toEqual([]);
});

test('an unchanged preset travels as its id; changes are written with replaceState, debounced', async ({ page }) => {
  await page.goto('./');
  await drawn(page);
  const first = await writtenState(page);
  expect(first.scenario).toEqual({ preset: 'one-son' });
  const historyLength = await page.evaluate(() => history.length);
  await page.getByLabel('Preset scenario').selectOption('three-children');
  await page.getByRole('tab', { name: 'Compare' }).click();
  const second = await writtenState(page);
  expect(second.scenario).toEqual({ preset: 'three-children' });
  expect(second.view).toBe('compare');
  expect(await page.evaluate(() => history.length)).toBe(historyLength);
});

const BAD_LINKS: [string, string, RegExp][] = [
  ['bad base64', '%%%not-base64***', /not valid base64url/],
  ['bad JSON', b64('{"v":1,"view":'), /not valid JSON/],
  ['unknown version', b64(JSON.stringify({ v: 99, scenario: { preset: 'one-son' }, view: 'timeline', theme: 'light', lang: 'en' })), /newer version/],
  ['out-of-range playhead', b64(JSON.stringify({ v: 1, scenario: { preset: 'one-son' }, view: 'timeline', playheadYears: 500, theme: 'light', lang: 'en' })), /playheadYears: 500 is outside -1\.\.120/],
  ['out-of-range parameter', b64(JSON.stringify({ v: 1, scenario: { scenario: { ...presetById('one-son')!.scenario, pregnancies: [{ ...presetById('one-son')!.scenario.pregnancies[0], gestationWeeks: 99 }] } }, view: 'timeline', theme: 'light', lang: 'en' })), /gestationWeeks/],
  ['unknown view', b64(JSON.stringify({ v: 1, scenario: { preset: 'one-son' }, view: 'slides', theme: 'light', lang: 'en' })), /view: "slides" is not one of/],
];

for (const [name, param, message] of BAD_LINKS) {
  test(`a link with ${name} opens the app with a message naming what was wrong`, async ({ page }) => {
    await page.goto(`./?s=${param}`);
    const alert = page.getByTestId('link-problems');
    await expect(alert).toBeVisible();
    await expect(alert).toHaveAttribute('role', 'alert');
    await expect(alert).toContainText(message);
    await drawn(page);
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    await expect(alert).toHaveCount(0);
  });
}

test('markup in a link is shown as text and never run', async ({ page }) => {
  const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  const scenario = { ...structuredClone(presetById('one-son')!.scenario), name: evil };
  await page.goto(link({ v: 1, scenario: { scenario }, view: 'timeline', theme: 'light', lang: 'en', scenes: [{ caption: evil, state: { scenario: { preset: 'one-son' }, view: 'timeline' } }] }));
  await drawn(page);
  await expect(page.getByRole('button', { name: /^1\. <img src=x/ })).toBeVisible();
  await expect(page.getByLabel('Preset scenario').locator('option').first()).toContainText('<script>');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
});

test('a broken link falls back to the last good state of this browser', async ({ page }) => {
  await page.goto(link({ v: 1, scenario: { preset: 'miscarriage-then-birth' }, view: 'timeline', theme: 'light', lang: 'en' }));
  await drawn(page);
  await page.getByRole('tab', { name: 'Child' }).click();
  await writtenState(page);
  await page.goto(`./?s=${b64('{broken')}`);
  await expect(page.getByTestId('link-problems')).toContainText('not valid JSON');
  await expect(page.getByLabel('Preset scenario')).toHaveValue('miscarriage-then-birth');
  await expect(page.locator('[data-view="child"]')).toBeVisible();
});

test('saved scenarios survive a reload; rename and delete; a corrupted entry is reported and the others kept', async ({ page }) => {
  await page.goto('./');
  await drawn(page);
  await page.getByLabel('Preset scenario').selectOption('three-children');
  await page.getByLabel('Caption').fill('Second child');
  await page.getByRole('button', { name: 'Add scene' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Lecture 1');
  await page.getByRole('button', { name: 'Save scenario' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved as “Lecture 1”' })).toBeVisible();
  await page.getByLabel('Preset scenario').selectOption('one-daughter');
  await page.getByLabel('Name', { exact: true }).fill('Daughter');
  await page.getByRole('button', { name: 'Save scenario' }).click();
  await page.evaluate(() => localStorage.setItem('chimera.scenario.v1.zz-broken', '{"name": "half'));
  await page.reload();
  await drawn(page);
  const list = page.getByRole('list', { name: 'Saved scenarios' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(page.getByRole('alert').filter({ hasText: 'corrupted' })).toContainText('zz-broken');
  await page.getByRole('button', { name: 'Load Lecture 1' }).click();
  // A saved scenario is shown by its saved name, not as the preset it was saved from.
  await expect(page.getByLabel('Preset scenario')).toHaveValue('');
  await expect(page.getByLabel('Preset scenario').locator('option:checked')).toHaveText('Saved scenario: Lecture 1');
  await expect(page.getByRole('button', { name: /^1\. Second child/ })).toBeVisible();
  await page.getByRole('button', { name: 'Rename Daughter' }).click();
  await page.getByLabel('New name').fill('One daughter (lecture 2)');
  await page.getByRole('button', { name: 'OK' }).click();
  await expect(list).toContainText('One daughter (lecture 2)');
  await page.getByRole('button', { name: 'Delete One daughter (lecture 2)' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(1);
  expect(await page.evaluate(() => localStorage.getItem('chimera.scenario.v1.zz-broken'))).toBe('{"name": "half');
});

test('a loaded saved scenario is shown and compared by its saved name, not as its preset', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  await page.goto('./');
  await drawn(page);
  const picker = page.getByLabel('Preset scenario');
  await picker.selectOption('three-children');
  const second = page.getByTestId('pregnancy-2');
  await second.getByLabel('Gestation (weeks)').fill('30');
  await second.getByLabel('Fetal sex').selectOption('male');
  await page.getByLabel('Name', { exact: true }).fill('preterm variant');
  await page.getByRole('button', { name: 'Save scenario' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved as “preterm variant”' })).toBeVisible();
  await picker.selectOption('one-son');
  await page.getByRole('button', { name: 'Load preterm variant' }).click();
  await expect(picker).toHaveValue('');
  await expect(picker.locator('option:checked')).toHaveText('Saved scenario: preterm variant');
  await expect(page.getByTestId('preset-caption')).toContainText('saved in this browser as “preterm variant”');
  await expect(page.getByText(/^Edited/)).toHaveCount(0);
  await expect(second.getByLabel('Gestation (weeks)')).toHaveValue('30');
  await page.getByRole('tab', { name: 'Compare' }).click();
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page.getByTestId('compare-table').locator('thead th').nth(1)).toHaveText('A: preterm variant');
  expect(errors).toEqual([]);
});

test('saving an invalid edit is refused with the field named; a taken name asks before replacing', async ({ page }) => {
  await page.goto('./');
  await drawn(page);
  const items = page.getByRole('list', { name: 'Saved scenarios' }).getByRole('listitem');
  await page.getByLabel('Gestation (weeks)').fill('50');
  await page.getByLabel('Name', { exact: true }).fill('B');
  await page.getByRole('button', { name: 'Save scenario' }).click();
  await expect(page.getByTestId('save-refused')).toContainText('Not saved: the scenario on screen has 1 problem (Pregnancy 1, Gestation (weeks): 50 is outside');
  await expect(page.getByRole('status').filter({ hasText: 'Saved as' })).toHaveCount(0);
  await expect(items).toHaveCount(0);
  // Fixed, it saves.
  await page.getByLabel('Gestation (weeks)').fill('39');
  await page.getByRole('button', { name: 'Save scenario' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved as “B”' })).toBeVisible();
  await expect(page.getByTestId('save-refused')).toHaveCount(0);
  await expect(items).toHaveCount(1);
  // The same name again: asked, and Cancel keeps the item as it was.
  await page.getByLabel('Gestation (weeks)').fill('36');
  await page.getByLabel('Name', { exact: true }).fill('B');
  await page.getByRole('button', { name: 'Save scenario' }).click();
  const ask = page.getByRole('alertdialog');
  await expect(ask).toContainText('A saved scenario is already called “B”. Replace it with the scenario on screen?');
  await expect(ask.getByRole('button', { name: 'Replace' })).toBeFocused();
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Nothing replaced: “B” is as it was.' })).toBeVisible();
  await expect(items).toHaveCount(1);
  const stored = () => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('chimera.scenario.v1.')).map((k) => JSON.parse(localStorage.getItem(k)!).value.scenario.pregnancies[0].gestationWeeks));
  expect(await stored()).toEqual([39]);
  // Replace writes over it: still one item named B, now with the scenario on screen.
  await page.getByRole('button', { name: 'Save scenario' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Replace' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Replaced “B” with the scenario on screen.' })).toBeVisible();
  await expect(items).toHaveCount(1);
  expect(await stored()).toEqual([36]);
});

test('importing a bad file shows the validator messages and keeps the scenario; a good file loads', async ({ page }) => {
  await page.goto('./');
  await drawn(page);
  await page.getByLabel('Preset scenario').selectOption('three-children');
  const bad = { ...presetById('one-son')!.scenario, pregnancies: [{ ...presetById('one-son')!.scenario.pregnancies[0], gestationWeeks: 99 }] };
  await page.getByLabel('Import scenario').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  const alert = page.getByRole('alert').filter({ hasText: 'broken.json' });
  await expect(alert).toContainText('gestationWeeks');
  await expect(page.getByLabel('Preset scenario')).toHaveValue('three-children');
  await page.getByLabel('Import scenario').setInputFiles({ name: 'not-json.json', mimeType: 'application/json', buffer: Buffer.from('hello') });
  await expect(page.getByRole('alert').filter({ hasText: 'not-json.json: not a JSON file' })).toBeVisible();
  const good = { ...structuredClone(presetById('one-daughter')!.scenario), name: 'From a file' };
  await page.getByLabel('Import scenario').setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) });
  await expect(page.getByRole('status').filter({ hasText: 'Imported good.json' })).toBeVisible();
  await expect(page.getByLabel('Preset scenario').locator('option').first()).toContainText('From a file');
});

test('scenario JSON and results CSV export', async ({ page }) => {
  await page.goto('./');
  await drawn(page);
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export scenario (JSON)' }).click()]);
  const scenario = JSON.parse(await readFile((await json.path())!, 'utf8')) as { pregnancies: unknown[] };
  expect(scenario.pregnancies).toHaveLength(1);
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export results (CSV)' }).click()]);
  expect(csv.suggestedFilename()).toMatch(/\.csv$/);
  const text = await readFile((await csv.path())!, 'utf8');
  expect(text.split('\n').length).toBeGreaterThan(10);
});

test('an exported SVG parses and holds the title and the legend; a PNG has the requested pixel size', async ({ page }) => {
  await page.goto('./');
  await drawn(page);
  const chart = page.getByTestId('timeline-chart');
  await chart.getByText('Export chart').click();
  const [svgDl] = await Promise.all([page.waitForEvent('download'), chart.getByRole('button', { name: 'Download SVG' }).click()]);
  expect(svgDl.suggestedFilename()).toBe('timeline-of-fetal-microchimerism-in-the-mother-1280x720.svg');
  const svgText = await readFile((await svgDl.path())!, 'utf8');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    return { error: doc.querySelector('parsererror') !== null, width: root.getAttribute('width'), height: root.getAttribute('height'), text: root.textContent ?? '', inner: root.querySelector('svg')?.getAttribute('height') };
  }, svgText);
  expect(parsed.error).toBe(false);
  expect([parsed.width, parsed.height]).toEqual(['1280', '720']);
  // Re-rendered at the slide's size, not letterboxed.
  expect(parsed.inner).toBe('720');
  expect(parsed.text).toContain('Timeline of fetal microchimerism in the mother');
  expect(parsed.text).toContain('Pregnancy 1 (son)');
  expect(parsed.text).toContain('progenitor niche');
  expect(parsed.text).toContain("Mother's age");
  expect(parsed.text).toContain('Source:');

  for (const [size, scale, w, h] of [
    ['16:9, 1920 × 1080', '2', 3840, 2160],
    ['4:3, 1024 × 768', '1', 1024, 768],
  ] as const) {
    await chart.getByLabel('Slide size').selectOption({ label: size });
    await chart.getByLabel('Scale').selectOption(scale);
    await chart.getByLabel('Background').selectOption('transparent');
    const [png] = await Promise.all([page.waitForEvent('download'), chart.getByRole('button', { name: 'Download PNG' }).click()]);
    const bytes = await readFile((await png.path())!);
    expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([w, h]);
  }
});

test('an exported slide holds the figure only: no instructions, no playhead, no handles; the body map key clears the legs', async ({ page }) => {
  await page.goto(link({ v: 1, scenario: { preset: 'three-children' }, view: 'timeline', playheadYears: 26.7, theme: 'light', lang: 'en' }));
  await drawn(page);
  const chart = page.getByTestId('timeline-chart');
  // On screen: the instructions under the chart, the playhead with its age, the drag handles.
  await expect(chart.getByText('Drag across the chart to zoom', { exact: false })).toBeVisible();
  await expect(chart.locator('g.playhead text')).toHaveText('age 26.7');
  await expect(chart.getByRole('button', { name: /^Move conception of pregnancy 1/ })).toBeVisible();
  await chart.getByText('Export chart').click();
  for (const theme of ['light', 'projector'] as const) {
    await chart.getByLabel('Theme').selectOption(theme);
    const [dl] = await Promise.all([page.waitForEvent('download'), chart.getByRole('button', { name: 'Download SVG' }).click()]);
    const text = await readFile((await dl.path())!, 'utf8');
    const slide = await page.evaluate((t) => {
      const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
      return {
        all: doc.documentElement.textContent ?? '',
        playheads: doc.querySelectorAll('.playhead').length,
        labels: [...doc.querySelectorAll('text.event-label')].map((e) => e.textContent ?? ''),
        texts: [...doc.querySelectorAll('text')].map((e) => e.textContent ?? ''),
        legend: doc.querySelector('.legend')?.textContent ?? '',
        caption: doc.querySelector('.caption')?.textContent ?? '',
      };
    }, text);
    expect(slide.all, theme).toContain('Timeline of fetal microchimerism in the mother');
    expect(slide.caption, theme).toContain('Source:');
    for (const hint of ['Drag across', 'drag a handle', 'Zoom to delivery hours', 'shared with the timeline']) expect(slide.all, `${theme}: ${hint}`).not.toContain(hint);
    // No playhead, and no stray label of it ("age 26.7" is still in the summary, where the curve's peak is named).
    expect(slide.playheads, theme).toBe(0);
    expect(slide.texts, theme).not.toContain('age 26.7');
    expect(slide.legend, theme).not.toContain('drag to move an event');
    expect(slide.labels.length, theme).toBe(3);
  }
  // The cell-free DNA chart's caption no longer tells the reader to press a button.
  const cf = page.getByTestId('cfdna-chart');
  await cf.getByText('Export chart').click();
  const [cfDl] = await Promise.all([page.waitForEvent('download'), cf.getByRole('button', { name: 'Download SVG' }).click()]);
  expect(await readFile((await cfDl.path())!, 'utf8')).not.toContain('Zoom to delivery hours');

  // The body map: its colour key lies under the legs in the exported file, at each slide size.
  await page.getByRole('tab', { name: 'Tissues' }).click();
  const maps = page.getByTestId('body-maps');
  await maps.getByText('Export chart').first().click();
  for (const size of ['16:9, 1280 × 720', '16:9, 1920 × 1080']) {
    await maps.getByLabel('Slide size').first().selectOption({ label: size });
    const [dl] = await Promise.all([page.waitForEvent('download'), maps.getByRole('button', { name: 'Download SVG' }).first().click()]);
    const text = await readFile((await dl.path())!, 'utf8');
    const gap = await page.evaluate((t) => {
      const host = document.createElement('div');
      host.innerHTML = t.replace(/^<\?xml[^>]*>/, '');
      document.body.appendChild(host);
      const key = host.querySelector('.colour-key')!.getBoundingClientRect();
      const body = host.querySelector('.outline')!.getBoundingClientRect();
      host.remove();
      return key.top - body.bottom;
    }, text);
    expect(gap, size).toBeGreaterThan(0);
  }
});

test('French file names keep their words: "fœtal" is spelt "foetal" and accents are folded', async ({ page }) => {
  await page.goto(link({ v: 1, scenario: { preset: 'one-son' }, view: 'timeline', theme: 'light', lang: 'fr' }));
  await drawn(page);
  const chart = page.getByTestId('timeline-chart');
  await chart.getByText('Exporter le graphique').click();
  const [dl] = await Promise.all([page.waitForEvent('download'), chart.getByRole('button', { name: 'Télécharger en SVG' }).click()]);
  expect(dl.suggestedFilename()).toBe('chronologie-du-microchimerisme-foetal-chez-la-mere-1280x720.svg');
});

test('every chart has an export menu; copying a PNG reports what the browser said', async ({ page, context }) => {
  await page.goto('./');
  await drawn(page);
  await expect(page.getByTestId('timeline-chart').getByText('Export chart')).toBeVisible();
  await expect(page.getByTestId('cfdna-chart').getByText('Export chart')).toBeVisible();
  for (const [tab, id] of [
    ['Tissues', 'tissue-heatmap'],
    ['Child', 'child-chart-1'],
    ['Compare', 'compare-chart'],
  ] as const) {
    await page.getByRole('tab', { name: tab }).click();
    await expect(page.getByTestId(id).getByText('Export chart')).toBeVisible();
  }
  // The body maps (not chart frames): exported as drawn, fitted into the slide.
  await page.getByRole('tab', { name: 'Tissues' }).click();
  const maps = page.getByTestId('body-maps');
  await maps.getByText('Export chart').first().click();
  const [dl] = await Promise.all([page.waitForEvent('download'), maps.getByRole('button', { name: 'Download SVG' }).first().click()]);
  expect(dl.suggestedFilename()).toMatch(/^mother-fetal-cells-by-tissue-1280x720\.svg$/);
  // Compare runs scenario B in its own run: the exported chart waits for it.
  await page.getByRole('tab', { name: 'Compare' }).click();
  const compare = page.getByTestId('compare-chart');
  await compare.getByText('Export chart').click();
  const [cmp] = await Promise.all([page.waitForEvent('download'), compare.getByRole('button', { name: 'Download SVG' }).click()]);
  const cmpText = await readFile((await cmp.path())!, 'utf8');
  expect(cmpText).toContain('A: One son');
  expect(cmpText).toContain('B: Healthy control');

  await page.getByRole('tab', { name: 'Timeline' }).click();
  const chart = page.getByTestId('timeline-chart');
  await chart.getByText('Export chart').click();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await chart.getByRole('button', { name: 'Copy chart as PNG' }).click();
  // Headless Chromium may or may not give the page a clipboard: either way the reader is told.
  await expect(chart.getByText(/Chart copied as PNG|The browser refused to copy the image/)).toBeVisible();
});

test('the embed code names the chart, carries the state and the resize script', async ({ page, context }) => {
  await page.goto('./');
  await drawn(page);
  await page.getByLabel('Preset scenario').selectOption('three-children');
  await page.getByLabel('Chart', { exact: true }).selectOption('child');
  const code = await page.getByTestId('embed-code').inputValue();
  expect(code).toMatch(/^<iframe src="[^"]+" title="Chimera chart: Child — Three children" width="640" height="360"/);
  expect(code).toContain("e.data.type!==\"chimera:resize\"");
  const src = /src="([^"]+)"/.exec(code)![1]!.replace(/&amp;/g, '&');
  const state = decodeUrlSearch(new URL(src).search).state;
  expect([state.embed, state.scenario]).toEqual(['child', { preset: 'three-children' }]);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copy embed code' }).click();
  await expect(page.getByText(/Embed code copied|The browser refused to copy/)).toBeVisible();
  await page.getByLabel('Keep the height fitted (script)').uncheck();
  expect(await page.getByTestId('embed-code').inputValue()).not.toContain('<script>');
});

test('the new panels pass axe', async ({ page }) => {
  await page.goto('./');
  await drawn(page);
  await page.getByTestId('timeline-chart').getByText('Export chart').click();
  await page.getByLabel('Caption').fill('A scene');
  await page.getByRole('button', { name: 'Add scene' }).click();
  const r = await new AxeBuilder({ page }).include('.teach').include('.export-menu').include('header').analyze();
  expect(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  const d = await new AxeBuilder({ page }).include('dialog').analyze();
  expect(d.violations.map((v) => v.id)).toEqual([]);
});
