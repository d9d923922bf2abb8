// playwright.config.ts runs the e2e suite against the production build served by `vite preview`.
import { defineConfig } from '@playwright/test';
// @ts-expect-error plain ESM helper shared with scripts/ensure-browser.mjs
import { chromiumExecutable } from './scripts/browser.mjs';

const browser = (chromiumExecutable() as { path: string | undefined } | null)?.path;

export default defineConfig({
  testDir: 'e2e',
  // The single-file build (dist-single/) is made once here; `npm test` builds dist/ before Playwright starts.
  globalSetup: './e2e/globalSetup.ts',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  // 2-core machine: the browser, the preview server and the workers share the cores.
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-report.json' }]],
  use: {
    baseURL: 'http://127.0.0.1:4173/',
    viewport: { width: 1280, height: 900 },
    launchOptions: browser
      ? {
          executablePath: browser,
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
        }
      : {},
  },
  webServer: {
    command: 'npx vite preview --host 127.0.0.1 --port 4173 --strictPort',
    url: 'http://127.0.0.1:4173/',
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
