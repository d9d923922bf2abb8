// presenter.spec.ts checks presenter mode: projector theme, the chart whole in a projector's window, shortcuts (never while typing; scene keys from buttons and lists), the scene banner, and the deck of scenes shared as one URL.
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { decodeUrlSearch } from '../src/state/urlCodec';
import { collectConsoleErrors } from './consoleGuard';

test.use({ serviceWorkers: 'block' });

const drawn = (page: Page) => expect(page.getByTestId('timeline-chart').locator('path.series').first()).toHaveAttribute('d', /L/);
const playhead = (page: Page) => page.getByText(/^Playhead: mother aged/);

async function addScene(page: Page, caption: string) {
  await page.getByLabel('Caption').fill(caption);
  await page.getByRole('button', { name: 'Add scene' }).click();
}

/** Gives the keyboard to the page itself (nothing focused), as a lecturer clicking on the background would. */
async function blur(page: Page) {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

/** Waits until the element's whole box is inside the window (the page scrolls and the charts refit a frame or two later). */
async function expectInsideWindow(page: Page, locator: Locator) {
  await expect
    .poll(async () => {
      const b = await locator.boundingBox();
      const w = page.viewportSize()!;
      return b !== null && b.x >= 0 && b.y >= 0 && b.x + b.width <= w.width + 0.5 && b.y + b.height <= w.height + 0.5;
    })
    .toBe(true);
}

const banner = (page: Page) => page.getByTestId('scene-banner');

test('projector theme: toggled by a button, in the URL, thick lines and large type', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  await page.goto('./');
  await drawn(page);
  const toggle = page.getByRole('button', { name: 'Presenter mode' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveClass(/theme-projector/);
  const width = await page.getByTestId('timeline-chart').locator('path.series').first().evaluate((p) => parseFloat(getComputedStyle(p).strokeWidth));
  expect(width).toBeGreaterThanOrEqual(4);
  expect(await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))).toBeGreaterThanOrEqual(20);
  await page.waitForTimeout(700);
  expect(decodeUrlSearch(new URL(page.url()).search).state.theme).toBe('projector');
  await page.screenshot({ path: test.info().outputPath('presenter.png') });
  expect(errors).toEqual([]);
});

test('shortcuts: space plays and pauses, R resets, ? opens the sheet and Escape closes it; none fire while typing', async ({ page }) => {
  await page.goto('./');
  await drawn(page);
  await blur(page);
  const before = await playhead(page).textContent();
  await page.keyboard.press(' ');
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  await page.waitForTimeout(400);
  await page.keyboard.press(' ');
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  expect(await playhead(page).textContent()).not.toBe(before);
  await page.keyboard.press('r');
  await expect(playhead(page)).toHaveText(/mother aged 2[0-9]/);
  const reset = await playhead(page).textContent();

  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  await expect(sheet).toContainText('Next scene');
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();

  // Typing in a field: the letters go to the field, no shortcut fires.
  const caption = page.getByLabel('Caption');
  await caption.click();
  await page.keyboard.type('Fr? ');
  await expect(caption).toHaveValue('Fr? ');
  await expect(sheet).toBeHidden();
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  expect(await playhead(page).textContent()).toBe(reset);
});

test('scenes: add, reorder by keyboard, step with the arrows, delete; the deck travels in one URL', async ({ page, browser }) => {
  await page.goto('./');
  await drawn(page);
  await addScene(page, 'One son');
  await page.getByLabel('Preset scenario').selectOption('three-children');
  await page.getByRole('tab', { name: 'Child' }).click();
  await addScene(page, 'Three children, the children');
  await page.getByLabel('Preset scenario').selectOption('miscarriage-then-birth');
  await page.getByRole('tab', { name: 'Tissues' }).click();
  await addScene(page, 'A miscarriage');
  const items = page.locator('.scenes ol > li');
  await expect(items).toHaveCount(3);

  // Reorder with the keyboard: focus "Move up" of scene 3 and press Enter twice; the focus follows the scene.
  await page.getByRole('button', { name: 'Move scene 3 up' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Move scene 2 up' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(items.nth(0)).toContainText('A miscarriage');
  await expect(items.nth(1)).toContainText('One son');
  await page.getByRole('button', { name: 'Move scene 1 down' }).click();
  await expect(items.nth(1)).toContainText('A miscarriage');
  await page.getByRole('button', { name: 'Move scene 1 up' }).isDisabled();

  // Step through with the arrows (nothing focused).
  await page.getByRole('button', { name: /^1\. One son/ }).click();
  await expect(page.getByLabel('Preset scenario')).toHaveValue('one-son');
  await expect(page.locator('[data-view="timeline"]')).toBeVisible();
  await blur(page);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByLabel('Preset scenario')).toHaveValue('miscarriage-then-birth');
  await expect(page.locator('[data-view="tissues"]')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByLabel('Preset scenario')).toHaveValue('three-children');
  await expect(page.locator('[data-view="child"]')).toBeVisible();
  await expect(banner(page)).toContainText('Scene 3 of 3');
  await expect(banner(page)).toContainText('Three children, the children');
  await expect(page.locator('.scenes')).toContainText('Scene 3 of 3');
  await page.keyboard.press('ArrowLeft');
  await expect(banner(page)).toContainText('Scene 2 of 3');

  // The deck is in the URL: a new page opens with the same scenes.
  await page.waitForTimeout(700);
  const deckUrl = page.url();
  expect(decodeUrlSearch(new URL(deckUrl).search).state.scenes?.map((s) => s.caption)).toEqual(['One son', 'A miscarriage', 'Three children, the children']);
  const other = await browser.newPage();
  await other.goto(deckUrl);
  await expect(other.locator('.scenes ol > li')).toHaveCount(3);
  await other.close();

  await page.getByRole('button', { name: 'Delete scene 2' }).click();
  await expect(items).toHaveCount(2);
});

for (const size of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  test(`presenter mode at ${size.width}×${size.height}: each view's main chart is whole in the window, tabs and Play above it, the editors below`, async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await page.setViewportSize(size);
    await page.goto('./');
    await drawn(page);
    await page.getByRole('button', { name: 'Presenter mode' }).click();
    const chart = page.getByTestId('timeline-chart');
    await expectInsideWindow(page, chart);
    await expectInsideWindow(page, page.getByRole('tab', { name: 'Timeline' }));
    await expectInsideWindow(page, page.getByRole('button', { name: 'Play', exact: true }));
    // The plot is not squeezed flat to fit: a projector still reads it.
    expect((await chart.locator('svg[role="img"]').boundingBox())!.height).toBeGreaterThanOrEqual(480);
    const chartBottom = (await chart.boundingBox())!.y + (await chart.boundingBox())!.height;
    for (const heading of ['Life events', 'Parameters', 'Saved scenarios']) {
      expect((await page.getByRole('heading', { name: heading, exact: true }).boundingBox())!.y).toBeGreaterThan(chartBottom);
    }
    expect((await page.getByLabel('Preset scenario').boundingBox())!.y).toBeGreaterThan(chartBottom);

    await page.getByRole('tab', { name: 'Tissues' }).click();
    await expectInsideWindow(page, page.getByTestId('tissue-heatmap'));
    await page.getByRole('tab', { name: 'Child' }).click();
    await expectInsideWindow(page, page.getByTestId('child-chart-1'));
    await page.screenshot({ path: test.info().outputPath(`presenter-${size.width}.png`) });
    expect(errors).toEqual([]);
  });
}

test('scene keys work with the focus on "Add scene"; a banner by the chart names the scene; Page keys work on a list', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./');
  await drawn(page);
  await page.getByRole('button', { name: 'Presenter mode' }).click();
  await addScene(page, 'One son');
  await page.getByLabel('Preset scenario').selectOption('three-children');
  await page.getByRole('tab', { name: 'Tissues' }).click();
  await addScene(page, 'Three children');
  // A keyboard-only lecturer: the focus stays on the button just pressed.
  const add = page.getByRole('button', { name: 'Add scene' });
  await expect(add).toBeFocused();
  await expect(banner(page)).toContainText('Scene 2 of 2');

  await page.keyboard.press('ArrowLeft');
  await expect(page.getByLabel('Preset scenario')).toHaveValue('one-son');
  await expect(page.locator('[data-view="timeline"]')).toBeVisible();
  await expect(banner(page)).toContainText('Scene 1 of 2');
  await expect(banner(page)).toContainText('One son');
  await expect(banner(page).getByRole('status')).toHaveAttribute('aria-live', 'polite');
  // The page went back up to the chart (the deck panel is far below it); the focus did not move.
  await expectInsideWindow(page, banner(page));
  await expectInsideWindow(page, page.getByTestId('timeline-chart'));
  await expect(add).toBeFocused();

  await page.keyboard.press('ArrowRight');
  await expect(page.getByLabel('Preset scenario')).toHaveValue('three-children');
  await expect(page.locator('[data-view="tissues"]')).toBeVisible();
  await expect(banner(page)).toContainText('Scene 2 of 2');
  await expect(banner(page)).toContainText('Three children');
  await expectInsideWindow(page, page.getByTestId('tissue-heatmap'));

  // On a drop-down list the arrows are the list's; Page Up steps the scene and leaves the list to the scene.
  const picker = page.getByLabel('Preset scenario');
  await picker.focus();
  await page.keyboard.press('PageUp');
  await expect(banner(page)).toContainText('Scene 1 of 2');
  await expect(picker).toHaveValue('one-son');
  await expect(picker).toBeFocused();
  // On a tab, the arrows move between tabs (and the banner stops naming a scene the page no longer shows).
  await page.getByRole('tab', { name: 'Timeline' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Tissues' })).toBeFocused();
  await expect(page.locator('[data-view="tissues"]')).toBeVisible();
  await expect(banner(page)).not.toContainText('Scene 1 of 2');
  await page.keyboard.press('PageDown');
  await expect(banner(page)).toContainText('Scene 2 of 2');

  // K plays from a button, where Space would press it.
  await add.focus();
  await page.keyboard.press('k');
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  await page.keyboard.press('k');
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();

  // Typing a caption: the letters, the arrows and the Page keys are the field's.
  const caption = page.getByLabel('Caption');
  await caption.fill('');
  await caption.focus();
  await page.keyboard.type('k?');
  await page.keyboard.press('PageUp');
  await page.keyboard.press('ArrowLeft');
  await expect(caption).toHaveValue('k?');
  await expect(banner(page)).toContainText('Scene 2 of 2');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeHidden();
});

test('full screen with F (or a clear message when the browser refuses)', async ({ page }) => {
  await page.goto('./');
  await drawn(page);
  await blur(page);
  await page.keyboard.press('f');
  await expect
    .poll(async () => (await page.evaluate(() => document.fullscreenElement !== null)) || (await page.getByText('The browser refused full screen').count()) > 0)
    .toBe(true);
});

test('presenter mode and scenes work from the single-file build (file://)', async ({ page }) => {
  const { existsSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { pathToFileURL } = await import('node:url');
  const file = join(process.cwd(), 'dist-single', 'index.html');
  // Built by e2e/globalSetup.ts before the suite.
  expect(existsSync(file)).toBe(true);
  const { encodeUrlState } = await import('../src/state/urlCodec');
  const deck = encodeUrlState({
    v: 1,
    scenario: { preset: 'one-son' },
    view: 'timeline',
    theme: 'projector',
    lang: 'en',
    scenes: [
      { caption: 'First', state: { scenario: { preset: 'one-son' }, view: 'timeline' } },
      { caption: 'Second', state: { scenario: { preset: 'three-children' }, view: 'child' } },
    ],
  });
  await page.goto(`${pathToFileURL(file).href}?s=${deck}`);
  await drawn(page);
  await expect(page.locator('html')).toHaveClass(/theme-projector/);
  await blur(page);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByLabel('Preset scenario')).toHaveValue('three-children');
  await expect(page.locator('[data-view="child"]')).toBeVisible();
  await page.waitForTimeout(700);
  expect(decodeUrlSearch(new URL(page.url()).search).state.view).toBe('child');
});
