// UrlSync.svelte.ts reads the shareable state from the URL once at boot and keeps the URL up to date afterwards
// (history.replaceState, debounced: dragging a slider never floods the history).
import { locale } from '../i18n/locale.svelte';
import type { ScenarioState } from './ScenarioState.svelte';
import type { ViewState } from './ViewState.svelte';
import type { PresentState } from './PresentState.svelte';
import { applySceneNow, captureUrlState } from './appSnapshot';
import { DEFAULT_URL_STATE, URL_PARAM, decodeUrlState, encodeUrlState, type UrlState } from './urlCodec';

const LAST_GOOD_KEY = 'chimera.lastGoodLink.v1';
export const URL_WRITE_DELAY_MS = 300;

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** The state last written to the URL by this browser (valid by construction, re-checked anyway), if any. */
function lastGoodState(): UrlState | undefined {
  try {
    const param = storage()?.getItem(LAST_GOOD_KEY);
    if (!param) return undefined;
    const r = decodeUrlState(param);
    return r.problems.length === 0 ? r.state : undefined;
  } catch {
    return undefined;
  }
}

/** Decodes the page's link; a refused link falls back to the last good state of this browser, else the default. */
export function readBootState(search: string): { state: UrlState; problems: string[] } {
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- read once, not state
  const param = new URLSearchParams(search).get(URL_PARAM);
  if (param === null) return { state: DEFAULT_URL_STATE, problems: [] };
  const fallback = lastGoodState() ?? DEFAULT_URL_STATE;
  const r = decodeUrlState(param, fallback);
  return { state: r.state, problems: r.problems };
}

export class UrlSync {
  /** What was wrong with the link the page was opened with (shown in a dismissible alert). */
  problems = $state<string[]>([]);
  /** The state decoded at boot. */
  boot: UrlState = DEFAULT_URL_STATE;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly scenario: ScenarioState,
    private readonly view: ViewState,
    private readonly present: PresentState,
  ) {}

  /** Reads the URL and applies it; call before the app's effects first run. */
  read(search: string = location.search): UrlState {
    const { state, problems } = readBootState(search);
    applySceneNow(state, this.scenario, this.view);
    this.present.theme = state.theme;
    locale.lang = state.lang;
    if (state.scenes) this.present.scenes = state.scenes;
    this.problems = problems;
    this.boot = state;
    return state;
  }

  /** Keeps the URL in step with the state; call during component initialisation (uses an effect). */
  write(): void {
    $effect(() => {
      const state = captureUrlState(this.scenario, this.view, this.present, locale.lang);
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => this.#replace(state), URL_WRITE_DELAY_MS);
      return () => clearTimeout(this.#timer);
    });
  }

  #replace(state: UrlState): void {
    const param = encodeUrlState(state);
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a one-off value, not state
    const url = new URL(location.href);
    if (url.searchParams.get(URL_PARAM) === param) return;
    url.searchParams.set(URL_PARAM, param);
    try {
      history.replaceState(history.state, '', url.href);
    } catch {
      // Some file:// pages refuse history changes; the state still works, only the address bar lags.
    }
    try {
      storage()?.setItem(LAST_GOOD_KEY, param);
    } catch {
      // Full or blocked storage: the fallback is then the default state.
    }
  }
}
