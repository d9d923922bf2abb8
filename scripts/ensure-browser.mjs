// ensure-browser.mjs makes sure a Chromium exists for the e2e suite: installs Debian's through apt when root.
import { execSync } from 'node:child_process';
import { chromiumExecutable } from './browser.mjs';

const found = chromiumExecutable();
if (found) {
  console.log(`e2e browser: ${found.which}`);
  process.exit(0);
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  console.error(
    'No Chromium found for the end-to-end tests.\n' +
      'Install Debian\'s Chromium (sudo apt-get update && sudo apt-get install -y chromium), then run the tests again.\n' +
      '(Playwright\'s own browser also works where it can be downloaded.)',
  );
  process.exit(1);
}
console.log('No Chromium found: installing Debian\'s chromium with apt-get (root)…');
try {
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
} catch {
  console.error('apt-get could not install chromium. Install it by hand: apt-get install -y chromium');
  process.exit(1);
}
if (!chromiumExecutable()) {
  console.error('chromium was installed but /usr/bin/chromium is still missing.');
  process.exit(1);
}
console.log('Installed Debian\'s Chromium.');
