// screenshots.spec.ts takes a screenshot of each view for the README and for a person to look at.
import { expect, test } from '@playwright/test';
import { collectConsoleErrors } from './consoleGuard';

const VIEWS = ['Timeline', 'Tissues', 'Child', 'Compare', 'Explain'] as const;

for (const name of VIEWS) {
  test(`screenshot of the ${name} view`, async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await page.setViewportSize({ width: 1400, height: 1000 });
    await page.goto('./');
    await page.getByLabel('Preset scenario').selectOption(name === 'Tissues' ? 'thyroid-injury-pathogenic' : 'three-children');
    await page.getByRole('tab', { name }).click();
    await expect(page.getByRole('tabpanel')).toHaveAttribute('data-view', name.toLowerCase());
    if (name !== 'Explain') await expect(page.locator('[role=tabpanel] svg[role=img]').first()).toBeVisible();
    else await expect(page.getByRole('heading', { name: 'Glossary' })).toBeVisible();
    await page.waitForTimeout(300);
    const panel = page.locator('[role=tabpanel]');
    // The Explain view is long (every parameter's source): its first screen is what a reader sees.
    const box = (await panel.boundingBox())!;
    if (name === 'Explain') await page.screenshot({ path: 'docs/screenshots/explain.png', clip: { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, 1300) }, fullPage: true });
    else await panel.screenshot({ path: `docs/screenshots/${name.toLowerCase()}.png` });
    expect(errors).toEqual([]);
  });
}

test('screenshot of the timeline in cohort mode', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto('./');
  await expect(page.getByTestId('timeline-chart').locator('path.series').first()).toHaveAttribute('d', /L/);
  await page.getByRole('button', { name: 'Run cohort' }).click();
  await expect(page.getByTestId('cohort-status')).toContainText('Cohort done', { timeout: 60_000 });
  await page.waitForTimeout(300);
  await page.locator('[role=tabpanel]').screenshot({ path: 'docs/screenshots/timeline-cohort.png' });
  expect(errors).toEqual([]);
});
