// skeleton.spec.ts checks the walking skeleton end to end: page, worker, chart, slider.
import { expect, test } from '@playwright/test';
import { collectConsoleErrors } from './consoleGuard';
import { serveDistAt } from './staticServer';

test('loads with no console error and draws the worker curve', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  await page.goto('./');
  const chart = page.getByRole('img', { name: /^Timeline of fetal microchimerism in the mother/ });
  await expect(chart).toBeVisible();
  const path = chart.locator('path.series');
  await expect(path).toHaveCount(1);
  const d = await path.getAttribute('d');
  // A drawn curve has hundreds of points, not an empty or flat path.
  expect(d?.split('L').length ?? 0).toBeGreaterThan(100);
  expect(errors).toEqual([]);
});

test('moving the slider redraws the curve from a new worker result', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  await page.goto('./');
  const path = page.locator('path.series').first();
  await expect(path).toHaveAttribute('d', /L/);
  const before = await path.getAttribute('d');
  const versionBefore = Number(await page.locator('section.timeline').getAttribute('data-version'));

  const slider = page.getByLabel(/Fetal-cell traffic at term/);
  await slider.focus();
  for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');

  await expect.poll(async () => path.getAttribute('d')).not.toBe(before);
  const versionAfter = Number(await page.locator('section.timeline').getAttribute('data-version'));
  expect(versionAfter).toBeGreaterThan(versionBefore);
  // The worker posted a timing, which only happens when it ran the model.
  await expect(page.getByText(/Model run in [\d.]+ ms in a Web Worker/)).toBeVisible();
  expect(errors).toEqual([]);
});

test('works when served from a sub-path (relative base)', async ({ page }) => {
  const { url, server } = await serveDistAt('/courses/immunology/chimera/');
  try {
    const errors = collectConsoleErrors(page);
    await page.goto(url);
    const path = page.getByRole('img', { name: /^Timeline of fetal microchimerism/ }).locator('path.series');
    await expect(path).toHaveAttribute('d', /L/);
    expect(errors).toEqual([]);
  } finally {
    server.close();
  }
});

test('screenshot for the README', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('path.series')).toHaveCount(1);
  await page.screenshot({ path: 'docs/screenshot.png', fullPage: true });
  expect((await page.screenshot()).byteLength).toBeGreaterThan(10_000);
});
