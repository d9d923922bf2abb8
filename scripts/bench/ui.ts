// ui.ts measures the dashboard in a real browser against the production build: slider input to the chart's next paint, and main-thread long tasks while a cohort runs.
import { execSync, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { chromium } from '@playwright/test';
// @ts-expect-error plain ESM helper shared with playwright.config.ts
import { chromiumExecutable } from '../browser.mjs';
import { quantileSorted, type Figure } from './figure';

const STEPS = 100;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() > until) throw new Error(`vite preview did not answer at ${url}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * Builds dist/, serves it with `vite preview` on a free port, and in Chromium (the e2e suite's choice):
 * 1. moves the first traffic slider 100 steps with the keyboard, one step at a time, timing each from the
 *    slider's `input` event to the first animation frame after the timeline's path changed (the frame that
 *    paints the new curve);
 * 2. runs a 2,000-woman cohort and records the longest main-thread task ('longtask' entries) until it is done.
 */
export async function runUiBench(): Promise<Figure[]> {
  execSync('npx vite build --logLevel error', { stdio: ['ignore', 2, 2] });
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: ['ignore', 'ignore', 2], detached: true });
  const exe = (chromiumExecutable() as { path: string | undefined } | null)?.path;
  const browser = await chromium.launch({
    ...(exe ? { executablePath: exe } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    await waitForHttp(url, 30_000);
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(url);
    const chart = page.getByTestId('timeline-chart');
    await chart.locator('path.series').first().waitFor();
    await page.waitForFunction(() => document.querySelector('[data-testid=timeline-chart] path.series')?.getAttribute('d')?.includes('L'));

    const sliderId = 'param-fetalTrafficTermPerDay';
    await page.evaluate((id) => {
      const w = window as unknown as { __bench: { t0: number; pending: boolean; lat: number[] } };
      w.__bench = { t0: 0, pending: false, lat: [] };
      const slider = document.getElementById(id)!;
      slider.addEventListener('input', () => {
        w.__bench.t0 = performance.now();
        w.__bench.pending = true;
      }, { capture: true });
      const svg = document.querySelector('[data-testid=timeline-chart] svg')!;
      new MutationObserver(() => {
        if (!w.__bench.pending) return;
        w.__bench.pending = false;
        requestAnimationFrame(() => w.__bench.lat.push(performance.now() - w.__bench.t0));
      }).observe(svg, { subtree: true, attributes: true, attributeFilter: ['d'] });
    }, sliderId);

    await page.locator(`#${sliderId}`).focus();
    // Start low so that 100 steps up stay inside the range.
    await page.keyboard.press('Home');
    await page.waitForFunction(() => (window as unknown as { __bench: { lat: number[] } }).__bench.lat.length >= 1);
    for (let i = 0; i < STEPS; i++) {
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction((n) => (window as unknown as { __bench: { lat: number[] } }).__bench.lat.length >= n, i + 2, { timeout: 10_000 });
    }
    const lat = (await page.evaluate(() => (window as unknown as { __bench: { lat: number[] } }).__bench.lat.slice(1))).sort((a, b) => a - b);

    // Long tasks while a cohort runs in the worker pool.
    await page.evaluate(() => {
      const w = window as unknown as { __longest: number };
      w.__longest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
      }).observe({ type: 'longtask', buffered: false });
    });
    await page.getByRole('button', { name: 'Run cohort' }).click();
    await page.getByTestId('cohort-status').filter({ hasText: 'Cohort done' }).waitFor({ timeout: 120_000 });
    // Entries reach the observer after their task ends: let the task that drew the final result report too.
    const longest = await page.evaluate(
      () =>
        new Promise<number>((resolve) =>
          requestAnimationFrame(() => setTimeout(() => resolve((window as unknown as { __longest: number }).__longest), 200)),
        ),
    );

    return [
      { name: 'ui.sliderToPaint.medianMs', value: quantileSorted(lat, 0.5), unit: 'ms', label: `Slider step to the frame painting the new timeline (one-son preset, ${lat.length} steps, median)` },
      { name: 'ui.sliderToPaint.p95Ms', value: quantileSorted(lat, 0.95), unit: 'ms', label: 'Slider step to the frame painting the new timeline (p95)' },
      { name: 'ui.longestTaskDuringCohortMs', value: longest, unit: 'ms', label: 'Longest main-thread task while a 2,000-woman cohort runs (0 = none over 50 ms)' },
    ];
  } finally {
    await browser.close();
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  }
}
