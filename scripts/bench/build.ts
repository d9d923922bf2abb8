// build.ts measures the production build: JavaScript the first view loads, gzipped.
import { execSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Figure } from './figure';

/** Builds dist/ and sums the gzip size of the scripts index.html loads (module entry and its preloads). */
export async function runBuildBench(): Promise<Figure[]> {
  // The build's own output goes to stderr so that `--json` keeps stdout clean.
  execSync('npx vite build --logLevel error', { stdio: ['ignore', 2, 2] });
  const html = readFileSync('dist/index.html', 'utf8');
  const scripts = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const gzipBytes = scripts.reduce((sum, f) => sum + gzipSync(readFileSync(join('dist', f)), { level: 9 }).byteLength, 0);
  const workerFiles = readdirSync('dist/assets').filter((f) => f.includes('worker') && f.endsWith('.js'));
  const workerGzip = workerFiles.reduce((sum, f) => sum + gzipSync(readFileSync(join('dist/assets', f)), { level: 9 }).byteLength, 0);
  return [
    { name: 'ui.firstViewJsGzipKB', value: gzipBytes / 1024, unit: 'KB', label: 'JavaScript loaded by the first view, gzip' },
    { name: 'build.workerJsGzipKB', value: workerGzip / 1024, unit: 'KB', label: 'Simulation worker bundle, gzip (loaded after first paint)' },
  ];
}
