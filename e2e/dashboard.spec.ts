// dashboard.spec.ts drives every view and control of the dashboard against the production build.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { presetById } from '../src/model/presets';
import { decodeUrlSearch, encodeUrlState } from '../src/state/urlCodec';
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

/** A chart's caption and source as one text: each wrapped line is an SVG text of its own, broken at a space. */
async function captionText(page: Page, testId: string): Promise<string> {
  return (await page.getByTestId(testId).locator('g.caption text').allTextContents()).join(' ');
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
  // The message names the field as the form labels it ("Pregnancy 1", "Gestation"), not the JSON path.
  await expect(page.getByText('Pregnancy 1, gestation: 61 is outside the allowed range; enter a number from 4 to 44')).toBeVisible();
  await expect(page.locator('section.editor')).not.toContainText('pregnancies[0]');
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

test('a number field keeps what is typed: "-5" is refused with the field and range, "7,5" is read as 7.5, never NaN', async ({ page }) => {
  const errors = await open(page);
  // A number input that is handed NaN warns "The specified value "NaN" cannot be parsed" on each keystroke.
  const warnings: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'warning' && /cannot be parsed/.test(msg.text())) warnings.push(msg.text());
  });
  const panel = page.getByRole('tabpanel');
  await expect(page.getByText(/Model run in/)).toBeVisible();
  const before = await paths(page).first().getAttribute('d');
  const version = await panel.getAttribute('data-version');
  const age = page.getByLabel("Mother's age at conception (years)");
  const editor = page.locator('section.editor');

  // Typed one key at a time, as a reader does: the minus sign must survive the moment the field holds only "-".
  await age.fill('');
  await age.pressSequentially('-5');
  await expect(age).toHaveValue('-5');
  await expect(editor.getByText("Pregnancy 1, mother's age at conception: -5 is outside the allowed range; enter a number from 12 to 55")).toBeVisible();
  await expect(age).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('editor-status')).toContainText('the charts still show the last valid scenario');
  // An exponent is kept too, and refused by its range.
  await age.fill('');
  await age.pressSequentially('1e6');
  await expect(age).toHaveValue('1e6');
  await expect(editor.getByText(/^Pregnancy 1, mother's age at conception: 1000000 is outside the allowed range/)).toBeVisible();
  // Not a number, then nothing: the field keeps it and says what to type; the last valid scenario keeps running.
  await age.fill('');
  await age.pressSequentially('abc');
  await expect(age).toHaveValue('abc');
  await expect(editor.getByText(/^Pregnancy 1, mother's age at conception: “abc” is not a number; enter a number from 12 to 55/)).toBeVisible();
  await age.fill('');
  await expect(editor.getByText("Pregnancy 1, mother's age at conception: enter a number from 12 to 55", { exact: true })).toBeVisible();
  await page.waitForTimeout(300);
  expect(await paths(page).first().getAttribute('d')).toBe(before);
  expect(await panel.getAttribute('data-version')).toBe(version);
  await expect(page.locator('body')).not.toContainText('NaN');

  // A decimal comma is a decimal: "30,5" runs as 30.5 (not 305, which would be refused), and reads "30.5" once left.
  await age.pressSequentially('30,5');
  await expect(page.getByTestId('editor-status')).toHaveCount(0);
  await expect(timeline(page).getByRole('button', { name: /^Move conception of pregnancy 1 \(mother aged 30\.5\)/ })).toBeAttached();
  await age.blur();
  await expect(age).toHaveValue('30.5');
  // Arrow keys still step the number, by the field's step.
  await age.focus();
  await page.keyboard.press('ArrowUp');
  await expect(age).toHaveValue('30.6');

  // The injury fields too: "-0.1" stays and is refused; "7,5" days is 7.5 days.
  await page.getByRole('button', { name: 'Add injury' }).click();
  const severity = page.getByLabel('Severity (0–1)');
  await severity.fill('');
  await severity.pressSequentially('-0.1');
  await expect(severity).toHaveValue('-0.1');
  await expect(editor.getByText('Injury 1, severity: -0.1 is outside the allowed range; enter a number from 0 to 1')).toBeVisible();
  await severity.fill('0.5');
  const duration = page.getByLabel('Duration (days)');
  await duration.fill('');
  await duration.pressSequentially('7,5');
  await expect(duration).toHaveValue('7,5');
  await expect(page.getByTestId('editor-status')).toHaveCount(0);
  await duration.blur();
  await expect(duration).toHaveValue('7.5');
  // "1,000" means a thousand in English and one in French: refused rather than guessed.
  await duration.fill('1,000');
  await expect(editor.getByText(/^Injury 1, duration: “1,000” could be read/)).toBeVisible();

  await expect(page.locator('body')).not.toContainText('NaN');
  expect(warnings).toEqual([]);
  expect(errors).toEqual([]);
});

test('deleting a pregnancy says which injuries went with it; "Add pregnancy" explains when there is no room', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: 'Add injury' }).click();
  await page.locator('#i0-host').selectOption('child:1');
  await page.getByLabel('Age at onset (years, child)').fill('5');
  await expect(page.getByTestId('editor-status')).toHaveCount(0);
  await page.getByRole('button', { name: 'Delete pregnancy 1', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Pregnancy 1 deleted, and with it the injury of child 1.' })).toBeVisible();
  await expect(page.getByTestId('injury-1')).toHaveCount(0);

  // One pregnancy at 55 leaves no room for another: the button says why instead of adding one that would be refused.
  await page.getByRole('button', { name: 'Add pregnancy' }).click();
  await page.getByLabel("Mother's age at conception (years)").fill('55');
  await expect(page.getByTestId('editor-status')).toHaveCount(0);
  const add = page.getByRole('button', { name: 'Add pregnancy' });
  await expect(add).toHaveAttribute('aria-disabled', 'true');
  await expect(add).toHaveAccessibleDescription(/^No pregnancy can be added: a conception must be by age 55/);
  await add.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('fieldset[data-testid^="pregnancy-"]')).toHaveCount(1);
  await expect(page.getByTestId('editor-status')).toHaveCount(0);
});

test('a parameter resets to its default; the search box filters parameters', async ({ page }) => {
  await open(page);
  const before = await paths(page).first().getAttribute('d');
  // By role: the parameter's number field carries the same name as its slider.
  const slider = page.getByRole('slider', { name: 'Fetal cells entering maternal blood at term' });
  await slider.focus();
  for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowRight');
  await expect.poll(() => paths(page).first().getAttribute('d')).not.toBe(before);
  const row = page.locator('[data-parameter=fetalTrafficTermPerDay]');
  await expect(row.getByRole('textbox')).not.toHaveValue('0.0124');
  await row.getByRole('button', { name: 'Reset to default' }).click();
  await expect.poll(() => paths(page).first().getAttribute('d')).toBe(before);
  await expect(row.getByRole('textbox')).toHaveValue('0.0124');
  await page.getByLabel('Search parameters').fill('half-life');
  await expect(page.getByText(/^\d+ of \d+ parameters shown$/)).not.toContainText(/^(\d+) of \1 /);
  await expect(page.locator('[data-parameter=cfdnaHalfLifeMinutes]')).toBeVisible();
  await expect(page.locator('[data-parameter=fetalTrafficTermPerDay]')).toHaveCount(0);
});

test('a parameter takes an exact typed value, refuses "abc" and keeps the last value running, and a slider step sets what it shows', async ({ page }) => {
  const errors = await open(page);
  const panel = page.getByRole('tabpanel');
  await expect(page.getByText(/Model run in/)).toBeVisible();
  const name = 'Half-life of the post-delivery release of lodged fetal cells (days)';
  const field = page.getByRole('textbox', { name });
  const slider = page.getByRole('slider', { name });
  const row = page.locator('[data-parameter=postpartumReleaseHalfLifeDays]');
  const message = row.getByRole('alert');
  /** The parameters of the exported scenario JSON: what the model runs. */
  const exported = async () => {
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export scenario (JSON)' }).click()]);
    return (JSON.parse(await readFile((await json.path())!, 'utf8')) as { parameters: Record<string, number> }).parameters;
  };
  await expect(field).toHaveAttribute('inputmode', 'decimal');
  await expect(field).toHaveValue('12.8');

  // An exact value: "15" runs as 15 (the slider alone set 14.983 and showed "15 days").
  const before = await paths(page).first().getAttribute('d');
  await field.fill('15');
  await field.press('Enter');
  await expect(field).toHaveValue('15');
  await expect(slider).toHaveAttribute('aria-valuetext', '15 days');
  await expect.poll(() => paths(page).first().getAttribute('d')).not.toBe(before);
  expect(await exported()).toEqual({ postpartumReleaseHalfLifeDays: 15 });

  // Not a number: the field keeps it and says what to type, naming the parameter as labelled; 15 keeps running.
  const running = await paths(page).first().getAttribute('d');
  const version = await panel.getAttribute('data-version');
  await field.fill('abc');
  await field.press('Enter');
  await expect(field).toHaveValue('abc');
  await expect(message).toHaveText(
    'Parameter “Half-life of the post-delivery release of lodged fetal cells”: “abc” is not a number; enter a number from 1 to 60 (decimals with a point or a comma)',
  );
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(/“abc” is not a number; enter a number from 1 to 60/);
  await page.waitForTimeout(300);
  expect(await paths(page).first().getAttribute('d')).toBe(running);
  expect(await panel.getAttribute('data-version')).toBe(version);
  expect(await exported()).toEqual({ postpartumReleaseHalfLifeDays: 15 });
  // Outside the range, applied by leaving the field: refused, never clamped.
  await field.fill('100');
  await field.press('Tab');
  await expect(field).toHaveValue('100');
  await expect(message).toHaveText('Parameter “Half-life of the post-delivery release of lodged fetal cells”: 100 is outside the allowed range; enter a number from 1 to 60');
  expect(await exported()).toEqual({ postpartumReleaseHalfLifeDays: 15 });
  // Escape gives the text up: the field shows the value that runs.
  await field.focus();
  await page.keyboard.press('Escape');
  await expect(field).toHaveValue('15');
  await expect(message).toHaveCount(0);
  await expect(field).toHaveAttribute('aria-invalid', 'false');

  // A slider step sets a value of the digits shown: what the field and the slider say is what runs.
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(field).toHaveValue('15.1');
  await expect(slider).toHaveAttribute('aria-valuetext', '15.1 days');
  expect(await exported()).toEqual({ postpartumReleaseHalfLifeDays: 15.1 });
  await row.getByRole('button', { name: 'Reset to default' }).click();
  await expect(field).toHaveValue('12.8');
  await slider.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(field).toHaveValue('12.7');
  expect(await exported()).toEqual({ postpartumReleaseHalfLifeDays: 12.7 });

  // In French (the names change, so the row's own field) the field shows a decimal comma and reads one.
  await page.getByLabel('Language', { exact: true }).selectOption('fr');
  const champ = row.getByRole('textbox');
  await expect(champ).toHaveValue('12,7');
  await champ.fill('12,5');
  await champ.press('Enter');
  await expect(champ).toHaveValue('12,5');
  await expect(row.getByRole('slider')).toHaveAttribute('aria-valuetext', '12,5 jours');
  // The unit agrees with the count: French is singular below 2, English only at 1.
  await champ.fill('1,5');
  await champ.press('Enter');
  await expect(row.getByRole('slider')).toHaveAttribute('aria-valuetext', '1,5 jour');
  await page.getByLabel('Langue', { exact: true }).selectOption('en');
  await expect(slider).toHaveAttribute('aria-valuetext', '1.5 days');
  await field.fill('1');
  await field.press('Enter');
  await expect(slider).toHaveAttribute('aria-valuetext', '1 day');
  await expect(page.locator('body')).not.toContainText('NaN');
  expect(errors).toEqual([]);
});

test('a parameter whose unit has its own parentheses is named without nesting them, in both languages', async ({ page }) => {
  const errors = await open(page);
  const row = page.locator('[data-parameter=trafficOnsetGestationWeeks]');
  const slider = page.getByRole('slider', { name: 'Gestational age at which cell traffic starts (weeks from LMP)', exact: true });
  await expect(slider).toHaveAttribute('aria-valuetext', '5 weeks from LMP');
  await page.getByLabel('Language', { exact: true }).selectOption('fr');
  await expect(row.getByRole('slider')).toHaveAccessibleName('Âge gestationnel auquel commence le passage de cellules (semaines d’aménorrhée)');
  await expect(row.getByRole('slider')).toHaveAttribute('aria-valuetext', '5 semaines d’aménorrhée');
  // No name in the panel nests parentheses.
  const names = await page.locator('.parameters label[id$="-label"]').allTextContents();
  expect(names.length).toBeGreaterThan(0);
  expect(names.filter((n) => /\([^)]*\(/.test(n))).toEqual([]);
  expect(errors).toEqual([]);
});

test('an injury of a child the scenario no longer has names the child in words, in both languages', async ({ page }) => {
  const errors = await open(page);
  await page.getByRole('button', { name: 'Add injury' }).click();
  const who = page.locator('#i0-host');
  await who.selectOption('child:1');
  // Pregnancy 1 no longer ends in a birth: child 1 is gone, the injury keeps its host and says so.
  await page.getByTestId('pregnancy-1').getByLabel('Outcome').selectOption('miscarriage');
  await expect(who.locator('option:checked')).toHaveText('child 1 (no such child)');
  await page.getByLabel('Language', { exact: true }).selectOption('fr');
  await expect(who.locator('option:checked')).toHaveText('enfant 1 (cet enfant n’existe pas)');
  expect(errors).toEqual([]);
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

test('event labels never overlap each other, the published figures or the curves: they sit in a band above the data', async ({ page }) => {
  type Box = { x: number; y: number; width: number; height: number };
  const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  const boxes = (selector: string) => timeline(page).locator(selector).evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as Box));
  for (const theme of ['light', 'projector'] as const) {
    await page.goto(`./?s=${encodeUrlState({ v: 1, scenario: { preset: 'three-children' }, view: 'timeline', theme, lang: 'en' })}`);
    await expect(paths(page).first()).toHaveAttribute('d', /L/);
    const labels = await boxes('text.event-label');
    // Each pregnancy keeps a label of its own (abbreviated when the full names do not fit), none on another.
    expect(labels.length, theme).toBe(3);
    for (let i = 0; i < labels.length; i++) for (let j = i + 1; j < labels.length; j++) expect(overlaps(labels[i]!, labels[j]!), theme).toBe(false);
    // Clear of the published figures (diamond, error bar and id) and above every curve.
    const figures = await boxes('g.evidence-marker');
    expect(figures.length).toBeGreaterThan(0);
    for (const a of labels) for (const b of figures) expect(overlaps(a, b), theme).toBe(false);
    const curvesTop = Math.min(...(await boxes('path.series')).map((b) => b.y));
    for (const l of labels) expect(l.y + l.height, theme).toBeLessThanOrEqual(curvesTop + 1);
    // The detection limit's label is in its white box, which lies inside the plot.
    const rule = timeline(page).locator('g.hrule');
    const box = (await rule.locator('rect.hrule-box').boundingBox())!;
    const text = (await rule.locator('text').boundingBox())!;
    expect(text.x).toBeGreaterThanOrEqual(box.x);
    expect(text.x + text.width).toBeLessThanOrEqual(box.x + box.width + 0.5);
    expect(text.y).toBeGreaterThanOrEqual(box.y - 0.5);
    expect(text.y + text.height).toBeLessThanOrEqual(box.y + box.height + 0.5);
  }
});

test('drag handles that would overlap are stacked, and each can be grabbed with the mouse', async ({ page }) => {
  await open(page, 'three-children');
  const ages = page.getByLabel("Mother's age at conception (years)");
  // The audit's case: pregnancy 1 moved to 28.1, under a year before pregnancy 2 (29): its handle was hidden under 2's.
  await ages.first().fill('28.1');
  await ages.first().blur();
  const handles = timeline(page).getByRole('button', { name: /^Move conception of pregnancy/ });
  await expect(handles.first()).toHaveAccessibleName(/mother aged 28\.1/);
  await timeline(page).scrollIntoViewIfNeeded();
  const boxes = await handles.evaluateAll((els) => els.map((e) => ({ label: e.getAttribute('aria-label')!, ...(e.getBoundingClientRect().toJSON() as { x: number; y: number; width: number; height: number }) })));
  expect(boxes).toHaveLength(3);
  // Pregnancies 1 and 2 are in different rows; every handle is what the mouse finds at its centre.
  expect(boxes[1]!.y).not.toBe(boxes[0]!.y);
  for (const b of boxes) {
    const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('button')?.getAttribute('aria-label'), [b.x + b.width / 2, b.y + b.height / 2]);
    expect(hit).toBe(b.label);
  }
  // Pregnancy 1 is dragged with the mouse (not only by keyboard).
  const p1 = boxes[0]!;
  await page.mouse.move(p1.x + p1.width / 2, p1.y + p1.height / 2);
  await page.mouse.down();
  await page.mouse.move(p1.x - 60, p1.y + p1.height / 2, { steps: 6 });
  await page.mouse.up();
  await expect.poll(async () => Number(await ages.first().inputValue())).toBeLessThan(27.5);
  await expect(ages.nth(1)).toHaveValue('29');
});

test('in the delivery-hours zoom the playhead reads hours after the delivery, as the axis does', async ({ page }) => {
  await open(page);
  const grip = timeline(page).getByRole('slider', { name: "Playhead (mother's age)" });
  // Over her life: one decimal of age.
  await expect(timeline(page).locator('g.playhead text')).toHaveText(/^age \d+\.\d$/);
  await page.getByRole('button', { name: 'Zoom to delivery hours' }).click();
  await expect(timeline(page).locator('.axis-x')).toContainText('Hours after birth 1');
  // Play a moment to bring the playhead into the twelve-hour view, then read it.
  await page.getByTestId('play-toggle').click();
  await expect(grip).toBeVisible();
  await page.waitForTimeout(800);
  await page.getByTestId('play-toggle').click();
  const label = timeline(page).locator('g.playhead text');
  await expect(label).toHaveText(/^\d+\.\d h (after|before) birth 1$/);
  await expect(grip).toHaveAttribute('aria-valuetext', /^Mother aged \d+\.\d years, \d+\.\d h (after|before) birth 1$/);
  // The play controls read it as the chart does (they used to show the age to four decimals), and so does the hover readout.
  const where = page.getByText(/^Playhead: mother aged/);
  await expect(where).toHaveText(/^Playhead: mother aged \d+\.\d, \d+\.\d h (after|before) birth 1$/);
  await expect(where).toContainText(`, ${await label.textContent()}`);
  const plot = (await timeline(page).locator('g.brush rect.overlay').boundingBox())!;
  await page.mouse.move(plot.x + plot.width / 2, plot.y + plot.height / 2);
  await expect(timeline(page).getByTestId('readout').locator('.time')).toHaveText(/^Mother aged \d+\.\d years, \d+\.\d h (after|before) birth 1$/);
  await page.mouse.move(0, 0);
  const before = { now: Number(await grip.getAttribute('aria-valuenow')), text: await label.textContent() };
  // Three keyboard steps (a hundredth of the view each, about 7 minutes) move both the value and the label.
  await grip.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  const now = Number(await grip.getAttribute('aria-valuenow'));
  expect((now - before.now) * 365.25 * 24).toBeGreaterThan(0.3);
  await expect(label).not.toHaveText(before.text!);
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

test('the 50% detection line is drawn for each assay, or marked at the edge it lies beyond with its value in the caption', async ({ page }) => {
  const errors = await open(page);
  const rule = timeline(page).locator('g.hrule:not(.hrule-offscale)');
  const offScale = timeline(page).locator('g.hrule-offscale');
  const yTicks = () => timeline(page).locator('.axis-y text').allTextContents();
  await expect(rule).toHaveCount(1);
  expect(await yTicks()).not.toContain('10');
  // Polymorphism PCR's line (about 1.4 gEq/10⁵) lies just over the data's top decade (1): the axis takes in one more
  // decade and the line is drawn (it was left off while the caption still described it).
  await page.getByLabel('Assay', { exact: true }).selectOption('polymorphism');
  await expect.poll(yTicks).toContain('10');
  await expect(rule).toHaveCount(1);
  await expect(offScale).toHaveCount(0);
  const plot = (await timeline(page).locator('g.brush rect.overlay').boundingBox())!;
  const line = (await rule.locator('line').boundingBox())!;
  expect(line.y).toBeGreaterThanOrEqual(plot.y);
  expect(line.y).toBeLessThan(plot.y + plot.height);
  expect(await captionText(page, 'timeline-chart')).toContain('The dashed purple line is where polymorphism PCR, blood');

  // The smallest reading the parameter table allows puts the line more than a decade over the data: widening the axis
  // that far would squash the curves, so it stays off the chart, marked at the top edge, its value in the caption.
  const scenario = { ...structuredClone(presetById('one-son')!.scenario), parameters: { polymorphismQpcrReadingFactor: 0.01 } };
  await page.goto(`./?s=${encodeUrlState({ v: 1, scenario: { scenario }, view: 'timeline', theme: 'light', lang: 'en' })}`);
  await expect(paths(page).first()).toHaveAttribute('d', /L/);
  await page.getByLabel('Assay', { exact: true }).selectOption('polymorphism');
  await expect(offScale).toHaveCount(1);
  await expect(rule).toHaveCount(0);
  await expect(offScale).toHaveAttribute('data-edge', 'above');
  await expect(offScale.locator('text')).toHaveText(/^50% detection limit: \d+ gEq\/10⁵, off the scale$/);
  const level = /: (\d+) gEq/.exec((await offScale.locator('text').textContent())!)![1];
  const caption = await captionText(page, 'timeline-chart');
  expect(caption).toContain(`The 50% detection limit of polymorphism PCR, blood, 100,000 gEq × 3 is ${level} gEq/10⁵`);
  expect(caption).toContain("above this chart's range, so its line is not drawn; the purple arrow at the top edge points to it.");
  expect(caption).not.toContain('The dashed purple line');
  expect(await yTicks()).not.toContain('10');
  // The arrow sits at the top of the data's scale (level with its top tick, 1), inside the plot.
  const arrow = (await offScale.locator('path').boundingBox())!;
  const top = (await timeline(page).locator('.axis-y text').filter({ hasText: /^1$/ }).boundingBox())!;
  expect(arrow.y).toBeLessThanOrEqual(top.y + top.height);
  expect(arrow.x + arrow.width).toBeLessThanOrEqual(plot.x + plot.width + 1);
  expect(errors).toEqual([]);
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

test('the red injured outline follows the playhead, on the body map and in its text', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  // The preset's thyroid wound starts at 50 and heals in 180 days; the birth is at 30.7.
  const at = (years: number) => `./?s=${encodeUrlState({ v: 1, scenario: { preset: 'thyroid-injury-neutral' }, view: 'tissues', theme: 'light', lang: 'en', playheadYears: years })}`;
  const maps = page.getByTestId('body-maps');
  const mother = page.getByRole('img', { name: /^Mother: fetal cells by tissue/ });
  const outline = maps.locator('[data-tissue=thyroid] ellipse').first();
  const row = maps.locator('table tr').filter({ hasText: 'thyroid' });
  for (const [years, injured] of [[30.7, false], [50.2, true], [60, false]] as const) {
    await page.goto(at(years));
    await expect(mother).toHaveAccessibleName(new RegExp(`mother aged ${years.toFixed(1).replace('.', '\\.')}\\.`));
    if (injured) {
      await expect(outline).toHaveAttribute('stroke', '#d00000');
      await expect(mother).toHaveAccessibleName(/Injured at this moment \(red outline\): thyroid\.$/);
      await expect(row).toContainText('(injured)');
    } else {
      await expect(outline).toHaveAttribute('stroke', '#1a1a1a');
      await expect(mother).not.toHaveAccessibleName(/Injured/);
      await expect(row).not.toContainText('injured');
    }
    await expect(maps.locator('[data-injured]')).toHaveCount(injured ? 1 : 0);
  }
  expect(errors).toEqual([]);
});

test('without an injury the damage chart gives way to a plain message, in both languages', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  await open(page);
  await page.getByRole('tab', { name: 'Tissues' }).click();
  const none = page.getByTestId('damage-none');
  await expect(none).toBeVisible();
  await expect(none).toContainText('Tissue damage in the mother');
  await expect(none).toContainText('No injury in this scenario: damage stays at 0. Add an injury in Life events to see the hypotheses differ.');
  // No empty axes: the chart is not drawn at all.
  await expect(page.getByTestId('damage-chart')).toHaveCount(0);
  await page.getByLabel('Language', { exact: true }).selectOption('fr');
  await expect(none).toContainText('Aucune lésion dans ce scénario');
  await page.getByLabel('Langue', { exact: true }).selectOption('en');
  // An injury of the mother brings the chart back and the message goes.
  await page.getByRole('button', { name: 'Add injury' }).click();
  await expect(page.getByTestId('damage-chart').locator('path.series').first()).toHaveAttribute('d', /L/);
  await expect(none).toHaveCount(0);
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

test('compare draws the detection line of the chosen assay as the timeline does (polymorphism PCR: one more decade)', async ({ page }) => {
  await open(page);
  await page.getByLabel('Assay', { exact: true }).selectOption('polymorphism');
  await page.getByRole('tab', { name: 'Compare' }).click();
  await page.getByLabel('Scenario B').selectOption('three-children');
  await page.getByRole('button', { name: 'Compare' }).click();
  const chart = page.getByTestId('compare-chart');
  await expect(chart.locator('path.series')).toHaveCount(4);
  await expect.poll(() => chart.locator('.axis-y text').allTextContents()).toContain('10');
  await expect(chart.locator('g.hrule:not(.hrule-offscale)')).toHaveCount(1);
  await expect(chart.locator('g.hrule-offscale')).toHaveCount(0);
});

test('compare takes a scenario saved in this browser as B; the link carries it whole, under its saved name', async ({ page }) => {
  const errors = await open(page);
  const picker = page.getByLabel('Preset scenario');
  await picker.selectOption('three-children');
  await page.getByTestId('pregnancy-2').getByLabel('Gestation (weeks)').fill('30');
  await page.getByLabel('Name', { exact: true }).fill('preterm variant');
  await page.getByRole('button', { name: 'Save scenario' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved as “preterm variant”' })).toBeVisible();
  await picker.selectOption('one-son');
  await page.getByRole('tab', { name: 'Compare' }).click();

  // Listed by its saved name, in a group of its own apart from the presets.
  const b = page.getByLabel('Scenario B');
  await expect(b.locator('optgroup[label="Saved in this browser"] option')).toHaveText(['preterm variant']);
  await expect(b.locator('optgroup[label="Presets"] option').first()).toHaveText('One son');
  await expect(b.locator('optgroup[label="Presets"] option', { hasText: 'preterm variant' })).toHaveCount(0);
  await b.selectOption({ label: 'preterm variant' });
  await page.getByRole('button', { name: 'Compare' }).click();
  const table = page.getByTestId('compare-table');
  await expect(table.locator('thead th')).toHaveText(['Figure', 'A: One son', 'B: preterm variant', 'Difference (B vs A)']);
  await expect(page.getByTestId('compare-chart').locator('path.series')).toHaveCount(4);
  // Three pregnancies against one: B's peak differs from A's, and the table says by how much.
  await expect(table.locator('tbody tr').first().locator('td').last()).toHaveText(/^B is ×\d/);
  await expect(table).not.toContainText('NaN');

  // A scene of a lecture deck keeps this B: after B is switched to a preset, showing the scene brings it back.
  await page.getByLabel('Caption').fill('Preterm variant against one son');
  await page.getByRole('button', { name: 'Add scene' }).click();
  await b.selectOption('one-daughter');
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(table.locator('thead th').nth(2)).toHaveText('B: One daughter');
  await page.getByRole('button', { name: /^1\. Preterm variant against one son/ }).click();
  await expect(table.locator('thead th').nth(2)).toHaveText('B: preterm variant');
  await expect(b.locator('option:checked')).toHaveText('preterm variant');

  // The link carries B's whole scenario under its saved name (a saved scenario exists only in this browser).
  await page.waitForTimeout(700);
  const written = decodeUrlSearch(new URL(page.url()).search);
  expect(written.problems).toEqual([]);
  const carried = written.state.compare;
  expect(carried && 'scenario' in carried ? carried.scenario.name : carried).toBe('preterm variant');
  const sharedLink = page.url();

  // A reload keeps B, picked as the saved scenario it is.
  await page.reload();
  await expect(table.locator('thead th').nth(2)).toHaveText('B: preterm variant');
  await expect(b.locator('option:checked')).toHaveText('preterm variant');
  await expect(b).toHaveValue(/^saved:/);

  // Opened where nothing is saved (a student's browser), the link shows the same B and says it came with the link.
  await page.evaluate(() => localStorage.clear());
  await page.goto(sharedLink);
  await expect(table.locator('thead th').nth(2)).toHaveText('B: preterm variant');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(b.locator('optgroup[label="From the link (not saved in this browser)"] option')).toHaveText(['preterm variant']);
  await expect(b.locator('option:checked')).toHaveText('preterm variant');
  await expect(page.getByTestId('compare-b-from-link')).toHaveText('B, “preterm variant”, came whole with the link: it is not saved in this browser.');
  expect(errors).toEqual([]);
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
  const summary = () => prevalence.evaluate((el) => el.querySelector('title')?.textContent ?? '');
  expect(await summary()).toMatch(/highest \d+% at age/);
  // Y-chromosome qPCR of the mother's blood is what E10 measured: the source line sets it beside the chart.
  expect(await captionText(page, 'prevalence-chart')).toContain('Source: Chimera cohort engine; compare E10, Evans et al. 1999: 33% of healthy mothers of sons positive in PBMC.');
  // The end of the run is in the one live region (its count while running was not).
  await expect(page.getByRole('status').filter({ has: page.getByTestId('cohort-status') })).toHaveCount(1);
  // Another assay: the run computed every assay the menu offers, so its share is drawn at once (no second run).
  const before = await summary();
  await page.getByLabel('Assay', { exact: true }).selectOption('polymorphism');
  await expect(prevalence).toBeVisible();
  await expect.poll(summary).not.toBe(before);
  expect(await summary()).toMatch(/^Share of women an assay would find positive\. Share of 300 simulated women testing positive: highest \d+% at age/);
  await expect(page.getByTestId('prevalence-chart').locator('g.caption')).toContainText('polymorphism');
  // No published share of mothers was measured by polymorphism PCR: the source says so, and names the children's rows instead of E10.
  const polySource = await captionText(page, 'prevalence-chart');
  expect(polySource).toContain('No published share is set beside this chart: none of the published figures Chimera draws on counts fetal cells in mothers by polymorphism PCR.');
  expect(polySource).toMatch(/maternal cells in children \(E17, Lo et al\. 2000: .*; E18, Loubière et al\. 2006: .*\)/);
  expect(polySource).not.toContain('Evans');
  await expect(page.getByTestId('cohort-status')).toContainText('Cohort done: 300 women');
  // A new scenario drops the bands (they belonged to the old one) and says so.
  await page.getByLabel('Preset scenario').selectOption('one-daughter');
  await expect(timeline(page).locator('g.band')).toHaveCount(0);
  await expect(page.getByTestId('prevalence-chart')).toHaveCount(0);
  await expect(page.getByTestId('cohort-notice')).toHaveText(
    'The scenario changed: the cohort bands and share positive were for the previous scenario and have been cleared. Press “Run cohort” to run one for this scenario.',
  );
  await expect(page.getByRole('status').filter({ has: page.getByTestId('cohort-notice') })).toHaveCount(1);
  expect(errors).toEqual([]);
});

test('the cohort refuses a size or seed out of range with a message on the field, keeps what was typed, and runs nothing', async ({ page }) => {
  const errors = await open(page);
  const women = page.getByLabel('Women', { exact: true });
  await women.fill('0');
  await page.getByRole('button', { name: 'Run cohort' }).click();
  const message = 'Women: enter a whole number from 100 to 100,000. The cohort was not run.';
  await expect(page.getByTestId('cohort-n-error')).toHaveText(message);
  await expect(women).toHaveAttribute('aria-invalid', 'true');
  await expect(women).toHaveAccessibleDescription(message);
  await expect(women).toHaveValue('0');
  await expect(women).toBeFocused();
  // No run: the button still runs, no progress, no chart (a refused run used to go on with 2,000 women).
  await page.waitForTimeout(1000);
  await expect(page.getByTestId('cohort-run')).toHaveText('Run cohort');
  await expect(page.getByTestId('cohort-status')).toHaveCount(0);
  await expect(page.getByTestId('prevalence-chart')).toHaveCount(0);
  // A negative seed is refused too (it used to become 4294967295).
  await women.fill('300');
  await expect(page.getByTestId('cohort-n-error')).toHaveCount(0);
  await expect(women).not.toHaveAttribute('aria-invalid', 'true');
  const seed = page.getByLabel('Seed');
  await seed.fill('-5');
  await page.getByRole('button', { name: 'Run cohort' }).click();
  await expect(page.getByTestId('cohort-seed-error')).toHaveText('Seed: enter a whole number from 0 to 4,294,967,295. The cohort was not run.');
  await expect(seed).toBeFocused();
  await expect(page.getByTestId('cohort-status')).toHaveCount(0);
  // Corrected, the cohort runs with what was typed.
  await seed.fill('7');
  await page.getByRole('button', { name: 'Run cohort' }).click();
  await expect(page.getByTestId('cohort-status')).toContainText('Cohort done: 300 women (seed 7)', { timeout: 60_000 });
  expect(errors).toEqual([]);
});

test('Enter on Run cohort keeps the focus on the one button that cancels the run and runs it again', async ({ page }) => {
  const errors = await open(page);
  await page.getByLabel('Women', { exact: true }).fill('100000');
  const button = page.getByTestId('cohort-run');
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(button).toHaveText('Cancel cohort');
  await expect(button).toBeFocused();
  await expect(page.getByTestId('cohort-status')).toContainText('of 100,000 women simulated');
  // The count moves with every partial result but sits outside the live region: only the start was announced, and
  // that announcement stays as it is while the count moves.
  const region = page.getByRole('group', { name: 'Cohort of women' }).getByRole('status');
  await expect(region).toHaveCount(1);
  await expect(page.getByTestId('cohort-announcement')).toHaveText('Cohort of 100,000 women started.');
  expect(await page.getByTestId('cohort-status').evaluate((el) => el.closest('[role=status], [aria-live]:not([aria-live=off])'))).toBeNull();
  const announced = await region.textContent();
  const count = await page.getByTestId('cohort-status').textContent();
  await expect(page.getByTestId('cohort-status')).not.toHaveText(count!, { timeout: 30_000 });
  expect(await region.textContent()).toBe(announced);
  await expect(timeline(page).locator('g.band').first()).toBeVisible({ timeout: 30_000 });
  // The second Enter reaches the same button: it cancels, and the focus stays.
  await page.keyboard.press('Enter');
  await expect(button).toHaveText('Run cohort');
  await expect(button).toBeFocused();
  await expect(page.getByTestId('cohort-status')).toContainText(/^Cohort stopped: [\d,]+ of 100,000 women/);
  await expect(region).toContainText(/Cohort stopped: [\d,]+ of 100,000 women/);
  // A third runs again; a scenario change stops that run and says so.
  await page.keyboard.press('Enter');
  await expect(button).toHaveText('Cancel cohort');
  await expect(button).toBeFocused();
  await page.getByLabel('Preset scenario').selectOption('one-daughter');
  await expect(page.getByTestId('cohort-notice')).toContainText('the cohort running for the previous scenario was stopped');
  await expect(button).toHaveText('Run cohort');
  await expect(page.getByTestId('cohort-status')).toHaveCount(0);
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
