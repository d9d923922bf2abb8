// skeleton.spec.ts checks the end-to-end path: page, worker, chart, slider, sub-path serving, README screenshot.
import { expect, test } from '@playwright/test';
import { collectConsoleErrors } from './consoleGuard';
import { serveDistAt } from './staticServer';

test('loads with no console error and draws the worker curve', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  await page.goto('./');
  const chart = page.getByRole('img', { name: /^Timeline of fetal microchimerism in the mother/ });
  await expect(chart).toBeVisible();
  const path = chart.locator('path.series');
  await expect(path.first()).toHaveAttribute('d', /L/);
  const d = await path.first().getAttribute('d');
  // A drawn curve has many points, not an empty or flat path.
  expect(d?.split('L').length ?? 0).toBeGreaterThan(100);
  // The accessible name carries a generated summary with numbers, never NaN.
  const name = await chart.getAttribute('aria-labelledby').then((id) => page.locator(`#${id}`).textContent());
  expect(name).toMatch(/peaks at/);
  expect(name).not.toMatch(/NaN|undefined/);
  expect(errors).toEqual([]);
});

test('moving a parameter slider redraws the curve from a new model result', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  await page.goto('./');
  const path = page.getByTestId('timeline-chart').locator('path.series').first();
  await expect(path).toHaveAttribute('d', /L/);
  // The first run is always the worker's (the page's own copy of the model is not warm yet): it posted a timing.
  await expect(page.getByText(/Model run in [\d.]+ ms in a Web Worker/)).toBeVisible();
  const before = await path.getAttribute('d');
  const panel = page.getByRole('tabpanel');
  const versionBefore = Number(await panel.getAttribute('data-version'));

  // By role: the parameter's number field carries the same name as its slider.
  const slider = page.getByRole('slider', { name: 'Fetal cells entering maternal blood at term' });
  await slider.focus();
  for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');

  await expect.poll(async () => path.getAttribute('d')).not.toBe(before);
  expect(Number(await panel.getAttribute('data-version'))).toBeGreaterThan(versionBefore);
  // A new timing: from the worker, or from the page once its copy of the model is warm and the run is cheap.
  await expect(page.getByText(/Model run in [\d.]+ ms (in a Web Worker|on the page)/)).toBeVisible();
  expect(errors).toEqual([]);
});

test('works when served from a sub-path (relative base)', async ({ page }) => {
  const { url, server } = await serveDistAt('/courses/immunology/chimera/');
  try {
    const errors = collectConsoleErrors(page);
    await page.goto(url);
    const path = page.getByRole('img', { name: /^Timeline of fetal microchimerism/ }).locator('path.series').first();
    await expect(path).toHaveAttribute('d', /L/);
    expect(errors).toEqual([]);
  } finally {
    server.close();
  }
});

test('screenshot for the README', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto('./');
  await page.getByLabel('Preset scenario').selectOption('three-children');
  await expect(page.getByTestId('timeline-chart').locator('path.series')).toHaveCount(9);
  await page.waitForTimeout(300);
  await page.screenshot({ path: 'docs/screenshot.png' });
  expect((await page.screenshot()).byteLength).toBeGreaterThan(10_000);
});
