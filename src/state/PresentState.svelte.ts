// PresentState.svelte.ts holds the lecture-side state: colour theme, the deck of scenes and which scene is shown.
import type { Scene, Theme } from './urlCodec';

export class PresentState {
  theme = $state<Theme>('light');
  /** The lecture deck: ordered scenes, each a state with a caption. */
  scenes = $state<Scene[]>([]);
  /** Index of the scene last shown; undefined when none was. */
  sceneIndex = $state<number | undefined>(undefined);
  /**
   * The page's state (appSnapshot's sceneKey) right after that scene was shown or added: while the page still
   * matches it, the banner names the scene; once the lecturer changes scenario or view, it no longer claims to.
   */
  shownKey = $state<string | undefined>(undefined);
  /** Counts requests to bring the chart into view (a scene shown, presenter mode or full screen turned on). */
  reveals = $state(0);
  /** Height (px) the presenter layout gives each chart so the main one fits the window; measured by the page. */
  chartHeight = $state(560);
  shortcutsOpen = $state(false);

  get presenting(): boolean {
    return this.theme === 'projector';
  }

  /** Asks the page to scroll the scene banner, tabs and chart into view. */
  reveal(): void {
    this.reveals++;
  }

  /** The scene the page shows now, given the page's current sceneKey; undefined once it was changed away from. */
  shownScene(currentKey: string): { n: number; total: number; caption: string } | undefined {
    const i = this.sceneIndex;
    if (i === undefined || this.shownKey === undefined || this.shownKey !== currentKey) return undefined;
    const s = this.scenes[i];
    return s ? { n: i + 1, total: this.scenes.length, caption: s.caption } : undefined;
  }

  /** Adds a scene taken from the page as it is (`key`: its sceneKey), which is thereby the scene shown. */
  addScene(scene: Scene, key?: string): void {
    this.scenes = [...this.scenes, scene];
    this.sceneIndex = this.scenes.length - 1;
    this.shownKey = key;
  }

  removeScene(i: number): void {
    this.scenes = this.scenes.filter((_, j) => j !== i);
    if (this.sceneIndex === undefined) return;
    // The page no longer shows a scene of the deck when that scene is gone; a scene before it moves the index down.
    if (i === this.sceneIndex) this.shownKey = undefined;
    else if (i < this.sceneIndex) this.sceneIndex--;
    if (this.sceneIndex >= this.scenes.length) this.sceneIndex = this.scenes.length ? this.scenes.length - 1 : undefined;
  }

  /** Moves scene `i` by `by` places (−1 up, +1 down); the shown scene follows its scene. */
  moveScene(i: number, by: -1 | 1): void {
    const j = i + by;
    if (j < 0 || j >= this.scenes.length) return;
    const next = [...this.scenes];
    [next[i], next[j]] = [next[j]!, next[i]!];
    this.scenes = next;
    if (this.sceneIndex === i) this.sceneIndex = j;
    else if (this.sceneIndex === j) this.sceneIndex = i;
  }
}
