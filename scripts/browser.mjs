// browser.mjs finds the Chromium that Playwright should launch: its own when installed, else Debian's.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** Playwright's bundled Chromium when it is on disk (undefined = let Playwright use it), else Debian's, else null. */
export function chromiumExecutable() {
  let own;
  try {
    own = chromium.executablePath();
  } catch {
    own = undefined;
  }
  if (own && existsSync(own)) return { path: undefined, which: `Playwright's own Chromium (${own})` };
  if (existsSync(DEBIAN_CHROMIUM)) return { path: DEBIAN_CHROMIUM, which: `Debian's Chromium (${DEBIAN_CHROMIUM})` };
  return null;
}
