// appContext.ts hands the page's state objects to components deep in the tree (export menus re-render their view offscreen).
import { getContext, setContext } from 'svelte';
import type { RunState } from '../state/RunState.svelte';
import type { ScenarioState } from '../state/ScenarioState.svelte';
import type { ViewState } from '../state/ViewState.svelte';
import type { PresentState } from '../state/PresentState.svelte';

export interface AppContext {
  run: RunState;
  scenario: ScenarioState;
  view: ViewState;
  present: PresentState;
}

const key = Symbol('app');

export function setAppContext(ctx: AppContext): void {
  setContext(key, ctx);
}

export function getAppContext(): AppContext | undefined {
  return getContext<AppContext | undefined>(key);
}
