// main.ts boots the app: mounts the root component.
import { mount } from 'svelte';
import App from './app/App.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
export default mount(App, { target });

// Offline: the production build registers the service worker that precaches every file (scripts/vite/offlinePlugin.ts).
if (import.meta.env.PROD && 'serviceWorker' in navigator && location.protocol.startsWith('http')) {
  navigator.serviceWorker.register('./sw.js').catch((e: unknown) => console.warn('Offline support is unavailable:', e));
}
