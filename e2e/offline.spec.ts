// offline.spec.ts checks that, once loaded, the app reloads and simulates with the network off.
import { expect, test } from '@playwright/test';

test('reloads and draws the timeline with the network blocked', async ({ page, context }) => {
  await page.goto('./');
  // Wait until the service worker controls the page, so that every file is precached.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }));
    }
  });
  await context.setOffline(true);
  await page.reload();
  const chart = page.getByRole('img', { name: /^Timeline of fetal microchimerism in the mother/ });
  await expect(chart).toBeVisible();
  // The curve comes from the worker, whose script must also have come from the cache.
  await expect(chart.locator('path.series').first()).toHaveAttribute('d', /L/);
  await context.setOffline(false);
});
