// svelte.config.js: TypeScript in Svelte components through Vite's preprocessor.
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

export default { preprocess: vitePreprocess() };
