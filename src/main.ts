// main.ts boots the app: reads the URL once to choose the route (the dashboard, or one embedded chart) and mounts it.
import { mount } from 'svelte';
import App from './app/App.svelte';
import EmbedApp from './app/EmbedApp.svelte';
import { readBootState } from './state/UrlSync.svelte';
import './app/base.css';
import './app/theme.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
const embed = readBootState(location.search).state.embed;
export default embed ? mount(EmbedApp, { target, props: { embed } }) : mount(App, { target });

// Offline: the production build registers the service worker that precaches every file (scripts/vite/offlinePlugin.ts).
if (import.meta.env.PROD && 'serviceWorker' in navigator && location.protocol.startsWith('http')) {
  navigator.serviceWorker.register('./sw.js').catch((e: unknown) => console.warn('Offline support is unavailable:', e));
}
