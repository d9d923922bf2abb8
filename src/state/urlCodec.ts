// urlCodec.ts turns the app's whole shareable state into one URL parameter and back: versioned, validated,
// with migrations from every older version kept forever (links in old slide decks must keep working).
//
// The URL carries `?s=<base64url(JSON)>`. Decoding never throws and never returns markup: every field is
// checked, a bad field is reported by name and replaced by its default, and a scenario that fails the
// model's validator is refused whole (a half-valid scenario would silently change what a lecturer showed).

import { presetById } from '../model/presets';
import { validateScenario } from '../model/validateScenario';
import type { Scenario } from '../model/types';

export const URL_STATE_VERSION = 1;
export const URL_PARAM = 's';

export const VIEWS = ['timeline', 'tissues', 'child', 'compare', 'explain'] as const;
export type View = (typeof VIEWS)[number];
export const THEMES = ['light', 'projector'] as const;
export type Theme = (typeof THEMES)[number];
export const LANGS = ['en', 'fr'] as const;
export type Lang = (typeof LANGS)[number];

/** A scenario as the URL carries it: a preset by id (short links), or the whole scenario. */
export type ScenarioRef = { preset: string } | { scenario: Scenario };

export interface Scene {
  caption: string;
  state: SceneState;
}

/** What one scene of a lecture deck restores. */
export interface SceneState {
  scenario: ScenarioRef;
  view: View;
  /** Mother's age range shown on the timeline, in years; undefined = the whole run. */
  zoom?: [number, number];
  /** Playhead, mother's age in years. */
  playheadYears?: number;
  compare?: ScenarioRef;
}

export interface UrlState extends SceneState {
  v: typeof URL_STATE_VERSION;
  theme: Theme;
  lang: Lang;
  /** Embed mode: only this chart, no controls. */
  embed?: View;
  scenes?: Scene[];
}

export const DEFAULT_URL_STATE: UrlState = {
  v: URL_STATE_VERSION,
  scenario: { preset: 'one-son' },
  view: 'timeline',
  theme: 'light',
  lang: 'en',
};

export interface DecodeResult {
  state: UrlState;
  /** One message per field that was wrong and replaced, naming the field and what is allowed. */
  problems: string[];
  /** The version the link was written in, when it was migrated from an older one. */
  migratedFrom?: number;
}

/**
 * Migrations from each older version to the next, kept forever. `MIGRATIONS[n]` turns a version-n object
 * into a version-(n+1) object. Version 1 is the first published version, so the table is empty; when
 * version 2 ships, add `1: (old) => ({ ...old, v: 2, ... })` here and a test decoding a saved v1 link.
 */
const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {};

const MAX_PARAM_CHARS = 200_000;
const MAX_SCENES = 100;
const MAX_CAPTION = 500;

export function encodeUrlState(state: UrlState): string {
  return base64UrlEncode(JSON.stringify(compact(state)));
}

/** Builds the full link for a state on top of a base URL (keeps its path, replaces its query). */
export function urlWithState(base: string, state: UrlState): string {
  const url = new URL(base);
  url.search = '';
  url.searchParams.set(URL_PARAM, encodeUrlState(state));
  return url.href;
}

/** Decodes the `s` parameter of a query string; an absent parameter gives the default state silently. */
export function decodeUrlSearch(search: string, fallback: UrlState = DEFAULT_URL_STATE): DecodeResult {
  const param = new URLSearchParams(search).get(URL_PARAM);
  if (param === null) return { state: fallback, problems: [] };
  return decodeUrlState(param, fallback);
}

export function decodeUrlState(param: string, fallback: UrlState = DEFAULT_URL_STATE): DecodeResult {
  if (param.length > MAX_PARAM_CHARS) return refuse(`The link's state is ${param.length} characters long, more than the ${MAX_PARAM_CHARS} allowed.`, fallback);
  let json: string;
  try {
    json = base64UrlDecode(param);
  } catch {
    return refuse('The link is damaged: its state is not valid base64url (was it cut when copied?).', fallback);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (e) {
    return refuse(`The link is damaged: its state is not valid JSON (${e instanceof Error ? e.message : String(e)}).`, fallback);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return refuse('The link is damaged: its state is not an object.', fallback);
  let obj = raw as Record<string, unknown>;
  const version = obj.v;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refuse(`v: ${show(version)} is not a link version this app knows (1..${URL_STATE_VERSION}).`, fallback);
  }
  if (version > URL_STATE_VERSION) {
    return refuse(`v: this link was made by a newer version of Chimera (link version ${version}; this app reads 1..${URL_STATE_VERSION}). Update the app to open it.`, fallback);
  }
  for (let n = version; n < URL_STATE_VERSION; n++) {
    const migrate = MIGRATIONS[n];
    if (!migrate) return refuse(`v: no migration from link version ${n}.`, fallback);
    obj = migrate(obj);
  }
  const problems: string[] = [];
  const state = readState(obj, problems, fallback);
  return version < URL_STATE_VERSION ? { state, problems, migratedFrom: version } : { state, problems };
}

function refuse(message: string, fallback: UrlState): DecodeResult {
  return { state: fallback, problems: [message] };
}

function readState(obj: Record<string, unknown>, problems: string[], fallback: UrlState): UrlState {
  const known = new Set(['v', 'scenario', 'view', 'zoom', 'playheadYears', 'compare', 'theme', 'lang', 'embed', 'scenes']);
  for (const key of Object.keys(obj)) if (!known.has(key)) problems.push(`${key}: is not a field of a Chimera link; it was ignored.`);
  const scene = readScene(obj, '', problems, fallback);
  const state: UrlState = {
    v: URL_STATE_VERSION,
    ...scene,
    theme: readEnum(obj.theme, 'theme', THEMES, fallback.theme, problems),
    lang: readEnum(obj.lang, 'lang', LANGS, fallback.lang, problems),
  };
  if (obj.embed !== undefined) {
    const embed = readEnum(obj.embed, 'embed', VIEWS, undefined, problems);
    if (embed) state.embed = embed;
  }
  if (obj.scenes !== undefined) {
    if (!Array.isArray(obj.scenes)) problems.push(`scenes: ${show(obj.scenes)} is not a list of scenes.`);
    else if (obj.scenes.length > MAX_SCENES) problems.push(`scenes: ${obj.scenes.length} scenes is more than the ${MAX_SCENES} allowed; the deck was not loaded.`);
    else {
      const scenes: Scene[] = [];
      obj.scenes.forEach((s: unknown, i: number) => {
        const path = `scenes[${i}]`;
        if (typeof s !== 'object' || s === null) {
          problems.push(`${path}: ${show(s)} is not a scene; it was skipped.`);
          return;
        }
        const so = s as Record<string, unknown>;
        const caption = typeof so.caption === 'string' ? so.caption.slice(0, MAX_CAPTION) : '';
        if (typeof so.caption !== 'string') problems.push(`${path}.caption: ${show(so.caption)} is not text; the scene has no caption.`);
        if (typeof so.state !== 'object' || so.state === null) {
          problems.push(`${path}.state: missing; the scene was skipped.`);
          return;
        }
        const before = problems.length;
        const sceneState = readScene(so.state as Record<string, unknown>, `${path}.state.`, problems, fallback);
        // A scene whose scenario was refused would show something else than the lecturer saved: skip it.
        if (problems.slice(before).some((p) => p.startsWith(`${path}.state.scenario`))) return;
        scenes.push({ caption, state: sceneState });
      });
      state.scenes = scenes;
    }
  }
  return state;
}

function readScene(obj: Record<string, unknown>, prefix: string, problems: string[], fallback: UrlState): SceneState {
  const scenario = readScenarioRef(obj.scenario, `${prefix}scenario`, problems) ?? fallback.scenario;
  const scene: SceneState = { scenario, view: readEnum(obj.view, `${prefix}view`, VIEWS, fallback.view, problems) };
  if (obj.zoom !== undefined) {
    const z = obj.zoom;
    if (Array.isArray(z) && z.length === 2 && z.every((x) => typeof x === 'number' && Number.isFinite(x) && x >= -1 && x <= 120) && (z[0] as number) < (z[1] as number)) {
      scene.zoom = [z[0] as number, z[1] as number];
    } else {
      problems.push(`${prefix}zoom: ${show(z)} is not a range [from, to] of ages in -1..120 years with from < to; the whole run is shown.`);
    }
  }
  if (obj.playheadYears !== undefined) {
    const t = obj.playheadYears;
    if (typeof t === 'number' && Number.isFinite(t) && t >= -1 && t <= 120) scene.playheadYears = t;
    else problems.push(`${prefix}playheadYears: ${show(t)} is outside -1..120 years; the playhead starts at the beginning.`);
  }
  if (obj.compare !== undefined) {
    const c = readScenarioRef(obj.compare, `${prefix}compare`, problems);
    if (c) scene.compare = c;
  }
  return scene;
}

function readScenarioRef(x: unknown, path: string, problems: string[]): ScenarioRef | undefined {
  if (x === undefined) return undefined;
  if (typeof x !== 'object' || x === null) {
    problems.push(`${path}: ${show(x)} is neither a preset nor a scenario; the default is shown.`);
    return undefined;
  }
  const o = x as Record<string, unknown>;
  if ('preset' in o) {
    if (typeof o.preset === 'string' && presetById(o.preset)) return { preset: o.preset };
    problems.push(`${path}.preset: ${show(o.preset)} is not a preset of this app; the default is shown.`);
    return undefined;
  }
  if ('scenario' in o) {
    const r = validateScenario(o.scenario);
    if (r.ok) return { scenario: r.scenario };
    const shown = r.errors.slice(0, 5).map((e) => `${path}.${e.message}`);
    const more = r.errors.length > 5 ? ` (and ${r.errors.length - 5} more)` : '';
    problems.push(`${shown.join('; ')}${more}. The link's scenario was not loaded.`);
    return undefined;
  }
  problems.push(`${path}: has neither "preset" nor "scenario"; the default is shown.`);
  return undefined;
}

function readEnum<T extends string, D extends T | undefined>(x: unknown, path: string, allowed: readonly T[], fallback: D, problems: string[]): T | D {
  if (x === undefined) return fallback;
  if (typeof x === 'string' && (allowed as readonly string[]).includes(x)) return x as T;
  problems.push(`${path}: ${show(x)} is not one of ${allowed.join(', ')}.`);
  return fallback;
}

/** A value as it may be shown in a message: short, and text only (the page renders it as text, never markup). */
function show(x: unknown): string {
  let s: string;
  try {
    s = typeof x === 'string' ? JSON.stringify(x) : x === undefined ? 'missing' : JSON.stringify(x);
  } catch {
    s = String(x);
  }
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

/** Drops undefined fields so that links stay short. */
function compact(state: UrlState): Record<string, unknown> {
  return JSON.parse(JSON.stringify(state)) as Record<string, unknown>;
}

function base64UrlEncode(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function base64UrlDecode(param: string): string {
  if (!/^[A-Za-z0-9_-]*$/.test(param)) throw new Error('not base64url');
  const b64 = param.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (param.length % 4)) % 4);
  const bin = atob(b64);
  const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** Checks a deck of scenes stored outside a link (saved scenarios), with the same rules as a link's `scenes`. */
export function readScenes(raw: unknown): { scenes: Scene[]; problems: string[] } {
  const problems: string[] = [];
  const state = readState({ v: URL_STATE_VERSION, scenes: raw }, problems, DEFAULT_URL_STATE);
  return { scenes: state.scenes ?? [], problems };
}
