// PresentState.svelte.ts holds the lecture-side state: colour theme, the deck of scenes and which scene is shown.
import type { Scene, Theme } from './urlCodec';

export class PresentState {
  theme = $state<Theme>('light');
  /** The lecture deck: ordered scenes, each a state with a caption. */
  scenes = $state<Scene[]>([]);
  /** Index of the scene last shown; undefined when none was. */
  sceneIndex = $state<number | undefined>(undefined);
  shortcutsOpen = $state(false);

  addScene(scene: Scene): void {
    this.scenes = [...this.scenes, scene];
    this.sceneIndex = this.scenes.length - 1;
  }

  removeScene(i: number): void {
    this.scenes = this.scenes.filter((_, j) => j !== i);
    if (this.sceneIndex !== undefined && this.sceneIndex >= this.scenes.length) this.sceneIndex = this.scenes.length ? this.scenes.length - 1 : undefined;
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
