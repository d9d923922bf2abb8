// eslint.config.js: TypeScript and Svelte rules, and the layer boundary that keeps src/model pure.
import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

export default ts.config(
  { ignores: ['dist/', 'dist-single/', 'node_modules/', 'test-results/', 'playwright-report/', 'coverage/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig } },
  },
  {
    // The model runs unchanged in the worker, Node and Vitest: no UI, no workers, no DOM-bound libraries.
    files: ['src/model/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'svelte', message: 'src/model must not depend on Svelte.' },
            { name: 'd3', message: 'Import the pure d3-* module you need (d3 includes d3-selection).' },
            { name: 'd3-selection', message: 'src/model must not touch the DOM.' },
            { name: 'comlink', message: 'Workers wrap the model; the model does not know about them.' },
          ],
          patterns: [
            { group: ['svelte/*', 'd3-selection/*', 'comlink/*'], message: 'src/model must stay free of UI and worker code.' },
            { group: ['**/state/**', '**/ui/**', '**/charts/**', '**/app/**', '**/workers/**', '../../*', '../../**', 'node:*'], message: 'src/model may import only from src/model and pure packages.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage'],
    },
  },
);
