// vite.config.ts: the app build (relative base so dist/ works from any sub-path) and the unit-test runner.
/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { offlinePlugin } from './scripts/vite/offlinePlugin.ts';

export default defineConfig(({ mode }) => ({
  // Relative base: the built site works at /, at /any/sub/path/, and (for the single-file build) from file://.
  base: './',
  // The single file carries everything it needs; public/ holds only what the served build adds (none of it required).
  publicDir: mode === 'single' ? false : 'public',
  // The single-file build (mode `single`) opens from file://, where service workers cannot run.
  plugins: [svelte(), offlinePlugin({ enabled: mode !== 'single' }), ...(mode === 'single' ? [viteSingleFile()] : [])],
  resolve: {
    // Single-file build: every `*.worker.ts?worker` import becomes an inlined worker (a blob: URL), so the one
    // HTML file needs nothing beside it.
    alias: mode === 'single' ? [{ find: /^(.*\.worker\.ts)\?worker$/, replacement: '$1?worker&inline' }] : [],
  },
  // Module workers cannot start from a blob: URL on a file:// page (opaque origin); classic ones can.
  worker: { format: mode === 'single' ? 'iife' : 'es' },
  build: mode === 'single' ? { target: 'es2022', outDir: 'dist-single', sourcemap: false } : { target: 'es2022', sourcemap: true },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'workers/**/*.test.ts'],
    environment: 'node',
    // 2-core machine: one fork per core is the most that helps.
    pool: 'forks',
  },
}));
