// singleFile.spec.ts checks that the single-file build (npm run build:single) runs from file:// with its workers inlined.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { collectConsoleErrors } from './consoleGuard';

test.describe.configure({ mode: 'serial' });

test('the single-file build opened as file:// draws the timeline', async ({ page }) => {
  // Built by e2e/globalSetup.ts.
  expect(existsSync(join('dist-single', 'index.html'))).toBe(true);
  const files = readdirSync('dist-single');
  // One HTML file is all a USB stick needs: no scripts or workers beside it.
  expect(files.filter((f) => f.endsWith('.js'))).toEqual([]);
  expect(existsSync(join('dist-single', 'assets'))).toBe(false);

  const errors = collectConsoleErrors(page);
  await page.goto(pathToFileURL(join(process.cwd(), 'dist-single', 'index.html')).href);
  const chart = page.getByRole('img', { name: /^Timeline of fetal microchimerism in the mother/ });
  await expect(chart).toBeVisible();
  await expect(chart.locator('path.series').first()).toHaveAttribute('d', /L/);
  expect(errors).toEqual([]);
});
