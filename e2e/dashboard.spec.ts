// dashboard.spec.ts drives every view and control of the dashboard against the production build.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { collectConsoleErrors } from './consoleGuard';

const timeline = (page: Page) => page.getByTestId('timeline-chart');
const paths = (page: Page) => timeline(page).locator('path.series');

async function open(page: Page, preset = 'one-son') {
  const errors = collectConsoleErrors(page);
  await page.goto('./');
  if (preset !== 'one-son') await page.getByLabel('Preset scenario').selectOption(preset);
  await expect(paths(page).first()).toHaveAttribute('d', /L/);
  return errors;
}

async function seriesNames(page: Page): Promise<string[]> {
  return paths(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-series') ?? ''));
}

test('a preset changes the curve set and shows its caption', async ({ page }) => {
  const errors = await open(page);
  await expect(paths(page)).toHaveCount(3);
  await page.getByLabel('Preset scenario').selectOption('three-children');
  await expect(paths(page)).toHaveCount(9);
  expect(await seriesNames(page)).toContain('Pregnancy 3 (son): blood');
  await expect(page.getByTestId('preset-caption')).not.toBeEmpty();
  expect(errors).toEqual([]);
});

test('adding and deleting a pregnancy changes the curves; toggles hide series', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: 'Add pregnancy' }).click();
  await expect(paths(page)).toHaveCount(6);
  await page.getByRole('button', { name: 'Delete pregnancy 2' }).click();
  await expect(paths(page)).toHaveCount(3);
  await page.getByRole('checkbox', { name: 'progenitor niche' }).uncheck();
  await expect(paths(page)).toHaveCount(2);
  await page.getByRole('button', { name: 'Add injury' }).click();
  await expect(page.getByTestId('injury-1')).toBeVisible();
  await expect(timeline(page).locator('[data-event=injury]')).toHaveCount(1);
});

test('the editor refuses a bad value with the validator message and keeps the last good run', async ({ page }) => {
  await open(page);
  const panel = page.getByRole('tabpanel');
  await expect(page.getByText(/Model run in/)).toBeVisible();
  const before = await paths(page).first().getAttribute('d');
  const version = await panel.getAttribute('data-version');
  await page.getByLabel('Gestation (weeks)').fill('61');
  await expect(page.getByText(/pregnancies\[0\]\.gestationWeeks: .*61/)).toBeVisible();
  await expect(page.getByTestId('editor-status')).toContainText('the charts still show the last valid scenario');
  await expect(page.getByLabel('Gestation (weeks)')).toHaveAttribute('aria-invalid', 'true');
  await page.waitForTimeout(300);
  expect(await paths(page).first().getAttribute('d')).toBe(before);
  expect(await panel.getAttribute('data-version')).toBe(version);
  // A good value is accepted again and runs.
  await page.getByLabel('Gestation (weeks)').fill('30');
  await expect(page.getByTestId('editor-status')).toHaveCount(0);
  await expect.poll(() => paths(page).first().getAttribute('d')).not.toBe(before);
});

test('a parameter resets to its default; the search box filters parameters', async ({ page }) => {
  await open(page);
  const before = await paths(page).first().getAttribute('d');
  const slider = page.getByLabel('Fetal cells entering maternal blood at term');
  await slider.focus();
  for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowRight');
  await expect.poll(() => paths(page).first().getAttribute('d')).not.toBe(before);
  const row = page.locator('[data-parameter=fetalTrafficTermPerDay]');
  await row.getByRole('button', { name: 'Reset to default' }).click();
  await expect.poll(() => paths(page).first().getAttribute('d')).toBe(before);
  await page.getByLabel('Search parameters').fill('half-life');
  await expect(page.getByText(/^\d+ of \d+ parameters shown$/)).not.toContainText(/^(\d+) of \1 /);
  await expect(page.locator('[data-parameter=cfdnaHalfLifeMinutes]')).toBeVisible();
  await expect(page.locator('[data-parameter=fetalTrafficTermPerDay]')).toHaveCount(0);
});

test('zoom by keyboard and by brushing, reset, and delivery hours', async ({ page }) => {
  await open(page);
  const frame = timeline(page).getByRole('application');
  const ticks = () => timeline(page).locator('.axis-x text').allTextContents();
  const full = await ticks();
  await frame.focus();
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await expect(page.getByRole('button', { name: 'Reset zoom' })).toBeEnabled();
  expect(await ticks()).not.toEqual(full);
  await page.keyboard.press('0');
  await expect(page.getByRole('button', { name: 'Reset zoom' })).toBeDisabled();

  const box = (await timeline(page).locator('g.brush rect.overlay').boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.05, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.15, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect(page.getByRole('button', { name: 'Reset zoom' })).toBeEnabled();
  expect(await ticks()).not.toEqual(full);
  await page.getByRole('button', { name: 'Reset zoom' }).click();
  expect(await ticks()).toEqual(full);

  await page.getByRole('button', { name: 'Zoom to delivery hours' }).click();
  await expect(page.getByTestId('cfdna-chart').locator('.axis-x')).toContainText('Hours after birth 1');
});

test("published-figure ids never sit on the events' labels", async ({ page }) => {
  type Box = { x: number; y: number; width: number; height: number };
  const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  const boxes = (selector: string) => timeline(page).locator(selector).evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as Box));
  for (const preset of ['one-son', 'three-children', 'miscarriage-then-birth']) {
    await open(page, preset);
    for (const zoom of [false, true]) {
      if (zoom) await page.getByRole('button', { name: 'Zoom to delivery hours' }).click();
      const ids = await boxes('g.evidence-marker text');
      const labels = await boxes('text.event-label');
      expect(ids.length, preset).toBeGreaterThan(0);
      expect(labels.length, preset).toBeGreaterThan(0);
      for (const a of ids) for (const b of labels) expect(overlaps(a, b), `${preset}${zoom ? ', delivery hours' : ''}`).toBe(false);
    }
  }
});

test('the playhead moves by keyboard, by dragging, and plays', async ({ page }) => {
  await open(page);
  const grip = page.getByRole('slider', { name: "Playhead (mother's age)" }).first();
  const v0 = Number(await grip.getAttribute('aria-valuenow'));
  await grip.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  const v1 = Number(await grip.getAttribute('aria-valuenow'));
  expect(v1).toBeGreaterThan(v0);
  const b = (await grip.boundingBox())!;
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + 200, b.y + b.height / 2, { steps: 5 });
  await page.mouse.up();
  const v2 = Number(await grip.getAttribute('aria-valuenow'));
  expect(v2).toBeGreaterThan(v1 + 5);
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect.poll(async () => Number(await grip.getAttribute('aria-valuenow'))).toBeGreaterThan(v2);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
});

test('Play is one button that keeps the focus: Enter and Space play and pause, and it stays focused when playback ends', async ({ page }) => {
  await open(page);
  // Tab to Play, as the audit did: it follows the timeline's toolbar.
  await page.getByRole('button', { name: 'Zoom to delivery hours' }).focus();
  await page.keyboard.press('Tab');
  const toggle = page.getByTestId('play-toggle');
  await expect(toggle).toBeFocused();
  await expect(toggle).toHaveAccessibleName('Play');
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAccessibleName('Pause');
  await expect(toggle).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAccessibleName('Play');
  await expect(toggle).toBeFocused();
  await page.keyboard.press(' ');
  await expect(toggle).toHaveAccessibleName('Pause');
  await page.keyboard.press(' ');
  await expect(toggle).toHaveAccessibleName('Play');
  await expect(toggle).toBeFocused();
  // Playback that runs to the end of the view leaves the focus on the button too.
  await page.getByLabel('Speed', { exact: true }).selectOption({ label: 'The view in 5 seconds' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAccessibleName('Pause');
  await expect(toggle).toHaveAccessibleName('Play', { timeout: 10_000 });
  await expect(toggle).toBeFocused();
});

test('Play in the delivery-hours zoom plays through the view, at a speed for its span, and stops at its end', async ({ page }) => {
  await open(page);
  await expect(page.getByText(/^\(\d+(\.\d+)? years of her life per second\)$/)).toBeVisible();
  await page.getByRole('button', { name: 'Zoom to delivery hours' }).click();
  await expect(page.getByTestId('cfdna-chart').locator('.axis-x')).toContainText('Hours after birth 1');
  // The same choice now crosses twelve hours in 20 s.
  await expect(page.getByLabel('Speed', { exact: true })).toHaveValue('20');
  await expect(page.getByText('(0.6 h of her life per second)')).toBeVisible();
  const plot = (await timeline(page).locator('g.brush rect.overlay').boundingBox())!;
  const grip = timeline(page).getByRole('slider', { name: "Playhead (mother's age)" });
  const gripX = async () => {
    const b = await grip.boundingBox();
    return b ? b.x + b.width / 2 : Number.NaN;
  };
  await page.getByTestId('play-toggle').click();
  // Years per second left this window in one frame and the playhead vanished; now it crosses it.
  const xs: number[] = [];
  for (let i = 0; i < 6; i++) {
    await page.waitForTimeout(300);
    await expect(grip).toBeVisible();
    xs.push(await gripX());
  }
  // (The grip's box is a few px right of its centre: its border.)
  for (const x of xs) {
    expect(x).toBeGreaterThanOrEqual(plot.x - 5);
    expect(x).toBeLessThanOrEqual(plot.x + plot.width + 5);
  }
  expect(xs.at(-1)!).toBeGreaterThan(xs[0]!);
  // About 1.5 s of a 20 s view: well short of its end.
  expect(xs.at(-1)! - plot.x).toBeLessThan(plot.width * 0.5);
  // A faster choice runs to the view's end and stops there, the playhead still on the chart.
  await page.getByLabel('Speed', { exact: true }).selectOption({ label: 'The view in 5 seconds' });
  await expect(page.getByTestId('play-toggle')).toHaveAccessibleName('Play', { timeout: 10_000 });
  await expect(grip).toBeVisible();
  expect(Math.abs((await gripX()) - (plot.x + plot.width))).toBeLessThan(6);
  // Play again starts over from the view's start, not from the mother's whole life.
  await page.getByTestId('play-toggle').click();
  await expect.poll(gripX).toBeLessThan(plot.x + plot.width * 0.5);
  await page.getByTestId('play-toggle').click();
  await expect(grip).toBeVisible();
});

test('hover and keyboard readouts name every visible series; evidence markers name their study', async ({ page }) => {
  await open(page);
  const box = (await timeline(page).locator('g.brush rect.overlay').boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.3, box.y + 40);
  const readout = timeline(page).getByTestId('readout');
  await expect(readout).toContainText('Pregnancy 1 (son): blood');
  await expect(readout).toContainText('Pregnancy 1 (son): progenitor niche');
  await page.mouse.move(0, 0);
  await timeline(page).getByRole('application').focus();
  await page.keyboard.press('ArrowRight');
  await expect(readout).toContainText(/Mother aged \d+\.\d/);
  const marker = timeline(page).getByRole('button', { name: /Published figure E1, Bianchi et al\. 1997/ });
  await marker.focus();
  await expect(timeline(page).getByTestId('evidence-tip')).toContainText('Bianchi et al. 1997');
});

test('a pregnancy marker moves by keyboard and by dragging', async ({ page }) => {
  await open(page);
  const field = page.getByLabel("Mother's age at conception (years)");
  await expect(field).toHaveValue('28');
  const handle = page.getByRole('button', { name: /^Move conception of pregnancy 1/ });
  await handle.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await expect(field).toHaveValue('28.5');
  const b = (await handle.boundingBox())!;
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + 120, b.y + b.height / 2, { steps: 4 });
  await page.mouse.up();
  await expect.poll(async () => Number(await field.inputValue())).toBeGreaterThan(30);
});

test('a dragged pregnancy stops at its neighbour and at the edge, never making the scenario invalid', async ({ page }) => {
  await open(page, 'three-children');
  const ages = page.getByLabel("Mother's age at conception (years)");
  const plot = (await timeline(page).locator('g.brush rect.overlay').boundingBox())!;
  async function drag(n: number, toX: number) {
    const b = (await page.getByRole('button', { name: new RegExp(`^Move conception of pregnancy ${n}`) }).boundingBox())!;
    await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
    await page.mouse.down();
    await page.mouse.move(toX, b.y + b.height / 2, { steps: 8 });
    await page.mouse.up();
  }
  // Pregnancy 2 (conceived at 29) dragged far past pregnancy 3 (33) stops before it with the weeks its birth needs.
  await drag(2, plot.x + plot.width * 0.9);
  await expect.poll(async () => Number(await ages.nth(1).inputValue())).toBeGreaterThan(31);
  expect(Number(await ages.nth(1).inputValue())).toBeLessThan(33 - 38 / 52.18 - 4 / 52.18 + 1e-9);
  await expect(ages.nth(2)).toHaveValue('33');
  await expect(page.getByTestId('editor-status')).toHaveCount(0);
  await expect(page.getByText(/is before pregnancies|overlaps pregnancies/)).toHaveCount(0);
  // Pregnancy 3 dragged off the right edge stops at 55 and its marker stays on the chart.
  await drag(3, plot.x + plot.width + 300);
  await expect(ages.nth(2)).toHaveValue('55');
  await expect(page.getByRole('button', { name: /^Move conception of pregnancy 3/ })).toBeVisible();
  await expect(page.getByTestId('editor-status')).toHaveCount(0);
});

test('the data table matches the chart', async ({ page }) => {
  await open(page, 'three-children');
  await timeline(page).getByRole('button', { name: 'Show data table' }).click();
  const table = timeline(page).getByRole('table');
  const headers = await table.locator('thead th').allTextContents();
  const names = await seriesNames(page);
  expect(headers.slice(1).map((h) => h.replace(/ \(gEq\/10\^5\)$/, ''))).toEqual(names);
  const rows = table.locator('tbody tr');
  expect(await rows.count()).toBeGreaterThan(20);
  await expect(table).not.toContainText('NaN');
  // The last row is the run's end: mother aged 80.
  await expect(rows.last().locator('th')).toHaveText('80.000');
  // Its numbers are the ones the chart's readout shows at that time (End puts the keyboard cursor there).
  const lastCells = await rows.last().locator('td').allTextContents();
  await timeline(page).getByRole('application').focus();
  await page.keyboard.press('End');
  const readout = await timeline(page).getByTestId('readout').locator('.row').allTextContents();
  const fromReadout = Object.fromEntries(readout.map((r) => { const m = /^(.*): (\S+) gEq\/10⁵$/.exec(r.trim())!; return [m[1], m[2]]; }));
  expect(Object.keys(fromReadout).sort()).toEqual([...names].sort());
  names.forEach((n, i) => expect(lastCells[i]).toBe(fromReadout[n]));
});

test('tabs switch views by arrow keys; tissues show the hypothesis effect; child and explain', async ({ page }) => {
  const errors = await open(page, 'thyroid-injury-neutral');
  await page.getByRole('tab', { name: 'Timeline' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Tissues' })).toHaveAttribute('aria-selected', 'true');
  const damage = page.getByRole('img', { name: /^Tissue damage in the mother/ });
  await expect(damage).toBeVisible();
  await expect(page.getByRole('img', { name: /^Fetal cells recruited into the mother's tissues/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Mother: fetal cells by tissue/ })).toBeVisible();
  const heat = page.getByTestId('tissue-heatmap');
  await heat.getByRole('application').focus();
  await page.keyboard.press('ArrowRight');
  await expect(heat.getByTestId('readout')).toContainText(/thyroid: \S+ gEq/);
  const label = async () => damage.evaluate((el) => el.querySelector('title')?.textContent ?? '');
  const neutral = await label();
  expect(neutral).toMatch(/neutral hypothesis: thyroid damage peaks at/);
  await page.getByRole('radio', { name: 'Pathogenic' }).check();
  await expect.poll(label).toMatch(/pathogenic hypothesis/);
  expect(await label()).not.toBe(neutral.replace('neutral', 'pathogenic'));

  await page.getByRole('tab', { name: 'Child' }).click();
  await expect(page.getByRole('img', { name: /^Maternal microchimerism in child 1 \(son\)/ })).toBeVisible();
  await expect(page.getByTestId('child-chart-1').locator('path.series[data-series="Maternal cells: maternal immune cells"]')).toHaveCount(1);

  await page.getByRole('tab', { name: 'Explain' }).click();
  await expect(page.getByRole('heading', { name: 'Glossary' })).toBeVisible();
  await expect(page.getByText(/Birth 1 \(son.*surge of fetal cells/)).toBeVisible();
  expect(errors).toEqual([]);
});

test('a parameter source link opens the sources panel at that parameter', async ({ page }) => {
  await open(page);
  await page.locator('[data-parameter=fetalTrafficTermPerDay]').getByRole('link', { name: 'Source' }).click();
  await expect(page.getByRole('tab', { name: 'Explain' })).toHaveAttribute('aria-selected', 'true');
  const row = page.locator('#source-fetalTrafficTermPerDay');
  await expect(row).toBeFocused();
  await expect(row).toContainText('Bianchi');
  await expect(row).toContainText('fitted');
});

test('compare shows two scenarios and the summary table', async ({ page }) => {
  await open(page);
  await page.getByRole('tab', { name: 'Compare' }).click();
  await page.getByLabel('Scenario B').selectOption('three-children');
  await page.getByRole('button', { name: 'Compare' }).click();
  const chart = page.getByTestId('compare-chart');
  await expect(chart.locator('path.series')).toHaveCount(4);
  const table = page.getByTestId('compare-table');
  await expect(table.locator('thead th')).toHaveText(['Figure', 'A: One son', 'B: Three children', 'Difference (B vs A)']);
  await expect(table).toContainText('Peak level in blood');
  await expect(table).toContainText('30 years after the first birth');
  await expect(table).not.toContainText('NaN');
});

for (const view of ['Timeline', 'Tissues', 'Child', 'Compare', 'Explain']) {
  test(`no axe-core violations on the ${view} view`, async ({ page }) => {
    await open(page, view === 'Tissues' ? 'thyroid-injury-repair' : 'one-son');
    await page.getByRole('tab', { name: view }).click();
    await expect(page.getByRole('tabpanel')).toHaveAttribute('data-view', view.toLowerCase());
    if (view !== 'Explain') await expect(page.getByRole('tabpanel').locator('svg[role=img]').first()).toBeVisible();
    await page.waitForTimeout(300);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
  });
}

test('a cohort run draws percentile bands and the share an assay would detect', async ({ page }) => {
  const errors = await open(page);
  await page.getByLabel('Women', { exact: true }).fill('300');
  await page.getByRole('button', { name: 'Run cohort' }).click();
  await expect(page.getByTestId('cohort-status')).toContainText('Cohort done', { timeout: 60_000 });
  await expect(timeline(page).locator('g.band').first()).toBeVisible();
  await expect(timeline(page).locator('g.legend')).toContainText('cohort blood: 5–95%, 25–75%, median');
  const prevalence = page.getByRole('img', { name: /^Share of women an assay would find positive/ });
  await expect(prevalence).toBeVisible();
  expect(await prevalence.evaluate((el) => el.querySelector('title')?.textContent ?? '')).toMatch(/highest \d+% at age/);
  // A new scenario drops the bands (they belonged to the old one).
  await page.getByLabel('Preset scenario').selectOption('one-daughter');
  await expect(timeline(page).locator('g.band')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('pointer or focus on the cohort controls loads the cohort workers ahead of a run, and shows nothing', async ({ page }) => {
  const errors = await open(page);
  const cohortWorkers = () => page.workers().filter((w) => /cohort/.test(w.url())).length;
  expect(cohortWorkers()).toBe(0);
  await page.getByRole('group', { name: 'Cohort of women' }).hover();
  await expect.poll(cohortWorkers, { timeout: 20_000 }).toBeGreaterThan(0);
  // The warm-up's result is dropped: no status, no bands, no prevalence chart.
  await page.waitForTimeout(1500);
  await expect(page.getByTestId('cohort-status')).toHaveCount(0);
  await expect(timeline(page).locator('g.band')).toHaveCount(0);
  await expect(page.getByTestId('prevalence-chart')).toHaveCount(0);
  await page.getByLabel('Women', { exact: true }).fill('300');
  await page.getByRole('button', { name: 'Run cohort' }).click();
  await expect(page.getByTestId('cohort-status')).toContainText('Cohort done: 300 women', { timeout: 60_000 });
  await expect(timeline(page).locator('g.band').first()).toBeVisible();
  // From the keyboard: focus alone warms the pool too.
  const errors2 = await open(page);
  await page.getByLabel('Seed').focus();
  await expect.poll(cohortWorkers, { timeout: 20_000 }).toBeGreaterThan(0);
  expect([...errors, ...errors2]).toEqual([]);
});

test('a scenario with no pregnancy draws every view without errors or NaN', async ({ page }) => {
  const errors = await open(page);
  await page.getByRole('button', { name: 'Delete pregnancy 1' }).click();
  await expect(paths(page)).toHaveCount(0);
  for (const view of ['Tissues', 'Child', 'Compare', 'Explain', 'Timeline']) {
    await page.getByRole('tab', { name: view }).click();
    await expect(page.getByRole('tabpanel')).toHaveAttribute('data-view', view.toLowerCase());
    await page.waitForTimeout(200);
    await expect(page.getByRole('tabpanel')).not.toContainText('NaN');
  }
  const name = await timeline(page).locator('svg title').textContent();
  expect(name).toMatch(/^Timeline of fetal microchimerism in the mother\. No series shown\./);
  expect(errors).toEqual([]);
});
