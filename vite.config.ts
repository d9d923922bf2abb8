// vite.config.ts: the app build (relative base so dist/ works from any sub-path) and the unit-test runner.
/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { offlinePlugin } from './scripts/vite/offlinePlugin.ts';

export default defineConfig(({ mode }) => ({
  // Relative base: the built site works at /, at /any/sub/path/, and (for the single-file build) from file://.
  base: './',
  // The single-file build (mode `single`) opens from file://, where service workers cannot run.
  plugins: [svelte(), offlinePlugin({ enabled: mode !== 'single' })],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: true },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'workers/**/*.test.ts'],
    environment: 'node',
    // 2-core machine: one fork per core is the most that helps.
    pool: 'forks',
  },
}));
