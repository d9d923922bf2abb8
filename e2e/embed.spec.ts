// embed.spec.ts checks the embed route (one chart, fitted to a 640×360 iframe, posting its height), from a sub-path and from the single file.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Frame, Page } from '@playwright/test';
import { encodeUrlState, type UrlState, type View } from '../src/state/urlCodec';
import { collectConsoleErrors } from './consoleGuard';
import { serveDistAt } from './staticServer';

test.use({ serviceWorkers: 'block' });

// The course page is answered by page.route (no file on disk) beside the app served by `vite preview`
// (playwright.config.ts); the iframe loads the app by its full URL.
const HOST_ORIGIN = 'http://127.0.0.1:4173';
const APP_URL = 'http://127.0.0.1:4173/';

const embedState = (embed: View, extra: Partial<UrlState> = {}): UrlState => ({ v: 1, scenario: { preset: 'three-children' }, view: embed, theme: 'light', lang: 'en', embed, ...extra });

/** A parent page holding the embed in a 640×360 iframe and recording the resize messages it receives. */
async function hostPage(page: Page, origin: string, src: string): Promise<Frame> {
  await page.route(`${origin}/__embed-host.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><title>Course page</title></head><body style="margin:20px">
<h1>Course page</h1>
<iframe id="chart" src="${src}" title="Chimera chart" width="640" height="360" style="border:1px solid #999"></iframe>
<script>window.resizes=[];addEventListener('message',function(e){if(e.data&&e.data.type==='chimera:resize')window.resizes.push(e.data.height);});</script>
</body></html>`,
    }),
  );
  await page.goto(`${origin}/__embed-host.html`);
  const frame = page.frameLocator('#chart');
  await expect(frame.locator('[data-embed-target] svg[role="img"]')).toBeVisible();
  await expect(frame.locator('[data-embed-target] svg[role="img"] [class="plot"] > *').first()).toBeAttached();
  await page.waitForTimeout(300);
  return page.frame({ url: /\?s=/ })!;
}

async function fits(frame: Frame) {
  return frame.evaluate(() => ({
    scrollW: document.documentElement.scrollWidth,
    scrollH: document.documentElement.scrollHeight,
    clientW: document.documentElement.clientWidth,
    clientH: document.documentElement.clientHeight,
    figures: [...document.querySelectorAll('figure')].filter((f) => f.getBoundingClientRect().height > 0).length,
    controls: [...document.querySelectorAll('select, input, [role="tab"], textarea')].filter((e) => (e as HTMLElement).getBoundingClientRect().height > 0).length,
    // Chart handles (playhead, events, evidence) are icon buttons inside the chart; the only labelled button is Play.
    buttons: [...document.querySelectorAll('button')].filter((e) => e.getBoundingClientRect().height > 0 && e.textContent?.trim()).map((b) => b.textContent?.trim()),
    svgBottom: document.querySelector('[data-embed-target] svg[role="img"]')!.getBoundingClientRect().bottom,
    // The y-axis title and the legend: the title must stay beside the plot, clear of the legend above it.
    yTitleHitsLegend: (() => {
      const title = document.querySelector('[data-embed-target] .axis-y .axis-title')?.getBoundingClientRect();
      const legend = document.querySelector('[data-embed-target] g.legend')?.getBoundingClientRect();
      if (!title || !legend || legend.height === 0) return false;
      return title.left < legend.right && legend.left < title.right && title.top < legend.bottom && legend.top < title.bottom;
    })(),
  }));
}

test('the embed URL renders only the chart and fits a 640×360 iframe, posting its height', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  const frame = await hostPage(page, HOST_ORIGIN, `${APP_URL}?s=${encodeUrlState(embedState('timeline'))}`);
  const f = await fits(frame);
  expect(f.clientW).toBe(640);
  expect(f.clientH).toBe(360);
  expect(f.scrollW).toBeLessThanOrEqual(640);
  expect(f.scrollH).toBeLessThanOrEqual(360);
  expect(f.svgBottom).toBeLessThanOrEqual(360);
  expect(f.yTitleHitsLegend).toBe(false);
  expect(f.figures).toBe(1);
  expect(f.controls).toBe(0);
  expect(f.buttons).toEqual(['Play']);
  await expect(page.frameLocator('#chart').locator('[data-embed-target] path.series')).toHaveCount(9);
  await expect.poll(() => page.evaluate(() => (window as unknown as { resizes: number[] }).resizes.at(-1))).toBeGreaterThan(300);
  await page.frameLocator('#chart').getByRole('button', { name: 'Play' }).click();
  await expect(page.frameLocator('#chart').getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('embed-iframe.png') });
  expect(errors).toEqual([]);
});

for (const view of ['tissues', 'child', 'compare'] as const) {
  test(`the ${view} embed shows one chart and fits`, async ({ page }) => {
    const frame = await hostPage(page, HOST_ORIGIN, `${APP_URL}?s=${encodeUrlState(embedState(view))}`);
    const f = await fits(frame);
    expect(f.figures).toBe(1);
    expect(f.scrollH).toBeLessThanOrEqual(360);
    expect(f.scrollW).toBeLessThanOrEqual(640);
    expect(f.yTitleHitsLegend).toBe(false);
  });
}

test('an embed in French and the projector theme, from a sub-path', async ({ page }) => {
  const { url, server } = await serveDistAt('/course/chimera/');
  try {
    const origin = new URL(url).origin;
    const frame = await hostPage(page, origin, `${url}?s=${encodeUrlState(embedState('timeline', { lang: 'fr', theme: 'projector' }))}`);
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(await frame.evaluate(() => document.documentElement.classList.contains('theme-projector'))).toBe(true);
    await expect(page.frameLocator('#chart').getByRole('button', { name: 'Lecture' })).toBeVisible();
    const width = await frame.evaluate(() => getComputedStyle(document.querySelector('[data-embed-target] path.series')!).strokeWidth);
    expect(parseFloat(width)).toBeGreaterThanOrEqual(4);
    const f = await fits(frame);
    expect(f.scrollH).toBeLessThanOrEqual(360);
    expect(f.yTitleHitsLegend).toBe(false);
    await page.screenshot({ path: test.info().outputPath('embed-iframe-fr-projector.png') });
  } finally {
    server.close();
  }
});

test('the embed page and the presenter theme pass axe', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 360 });
  await page.goto(`./?s=${encodeUrlState(embedState('timeline'))}`);
  await expect(page.locator('[data-embed-target] path.series').first()).toHaveAttribute('d', /L/);
  const embed = await new AxeBuilder({ page }).analyze();
  expect(embed.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`./?s=${encodeUrlState({ v: 1, scenario: { preset: 'one-son' }, view: 'timeline', theme: 'projector', lang: 'en' })}`);
  await expect(page.getByTestId('timeline-chart').locator('path.series').first()).toHaveAttribute('d', /L/);
  const presenter = await new AxeBuilder({ page }).include('header').include('.teach').include('#panel-timeline').analyze();
  expect(presenter.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
});

test('the embed works from the single-file build (file://)', async ({ page }) => {
  const file = join(process.cwd(), 'dist-single', 'index.html');
  // Built by e2e/globalSetup.ts before the suite.
  expect(existsSync(file)).toBe(true);
  await page.setViewportSize({ width: 640, height: 360 });
  await page.goto(`${pathToFileURL(file).href}?s=${encodeUrlState(embedState('timeline'))}`);
  await expect(page.locator('[data-embed-target] path.series').first()).toHaveAttribute('d', /L/);
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(360);
});
