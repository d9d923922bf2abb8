// ViewState.svelte.ts holds what the reader is looking at (view, toggles, zoom, playhead, overlays), not the science.

import type { View } from './urlCodec';
import type { AssaySettings } from '../model/cohortTypes';
import type { SimResult } from '../model/types';
import { DEFAULT_ASSAY } from '../model/assay';
import { DEFAULT_PLAY_SECONDS, playRange, playStart, playStep } from './playStep';
import type { PlayRange } from './playStep';

export type CompartmentGroup = 'blood' | 'niche' | 'tissue';

export class ViewState {
  view = $state<View>('timeline');
  compartments = $state<Record<CompartmentGroup, boolean>>({ blood: true, niche: true, tissue: true });
  /** Origins (e.g. `pregnancy:2`) the reader has hidden. */
  hiddenGrafts = $state<string[]>([]);
  /** Mother's age range shown, in years; undefined = the whole run. */
  zoom = $state<[number, number] | undefined>(undefined);
  /** Mother's age at the playhead, in years; undefined = not placed yet (the first result places it). */
  playheadYears = $state<number | undefined>(undefined);
  playing = $state(false);
  /** Playback speed: seconds Play takes to cross the view (zoomed or whole), so the speed follows the span in view. */
  playSeconds = $state(DEFAULT_PLAY_SECONDS);
  showEvidence = $state(true);
  assay = $state<AssaySettings>({ ...DEFAULT_ASSAY });
  /** The preset scenario B starts from in Compare. */
  compareB = $state('healthy-control-son');

  #frame = 0;

  /**
   * Plays through what is in view: the zoom (inside `full`, the run's range), else the whole run, from the playhead
   * (from the view's start when the playhead is outside it or at its end) to the view's end, then stops. The view is
   * read again every frame, so a zoom while playing carries the playhead along with it.
   */
  play(full: PlayRange): void {
    if (this.playing) return;
    this.playheadYears = playStart(this.playheadYears, playRange(this.zoom, full));
    this.playing = true;
    let last = performance.now();
    const tick = (now: number) => {
      if (!this.playing) return;
      // A frame late by more than 0.1 s (a background tab) moves as 0.1 s, not as a jump.
      const dt = Math.min(0.1, (now - last) / 1000);
      last = now;
      const range = playRange(this.zoom, full);
      const step = playStep(this.playheadYears ?? range[0], dt, range, this.playSeconds);
      this.playheadYears = step.at;
      if (step.done) {
        this.playing = false;
        return;
      }
      this.#frame = requestAnimationFrame(tick);
    };
    this.#frame = requestAnimationFrame(tick);
  }

  pause(): void {
    this.playing = false;
    cancelAnimationFrame(this.#frame);
  }

  /** Play through the view of the mother's run in `r` (see play), or pause when playing; nothing happens without a result. */
  togglePlayOver(r: SimResult | undefined): void {
    if (this.playing) return this.pause();
    const range = motherRange(r);
    if (range) this.play(range);
  }

  /** A new result with no playhead, or one outside its run, puts the playhead on the first birth (else the start). */
  keepPlayheadWithin(r: SimResult): void {
    const mother = r.hosts.find((h) => h.host === 'mother');
    if (!mother) return;
    const lo = mother.timeYears[0]!;
    const hi = mother.timeYears[mother.timeYears.length - 1]!;
    const p = this.playheadYears;
    if (p === undefined || p < lo || p > hi) this.playheadYears = r.events.find((e) => e.kind === 'birth')?.motherAgeYears ?? lo;
  }

  toggleGraft(origin: string): void {
    this.hiddenGrafts = this.hiddenGrafts.includes(origin) ? this.hiddenGrafts.filter((o) => o !== origin) : [...this.hiddenGrafts, origin];
  }
}

/** The first and last ages of the mother's time axis in a result. */
export function motherRange(r: SimResult | undefined): [number, number] | undefined {
  const m = r?.hosts.find((h) => h.host === 'mother');
  return m ? [m.timeYears[0]!, m.timeYears[m.timeYears.length - 1]!] : undefined;
}
