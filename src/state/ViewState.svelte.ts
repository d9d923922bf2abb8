// ViewState.svelte.ts holds what the reader is looking at (view, toggles, zoom, playhead, overlays), not the science.

import type { View } from './urlCodec';
import type { AssaySettings } from '../model/cohortTypes';
import type { SimResult } from '../model/types';
import { DEFAULT_ASSAY } from '../model/assay';

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
  /** Playback speed in years of the mother's life per second. */
  speedYearsPerSecond = $state(4);
  showEvidence = $state(true);
  assay = $state<AssaySettings>({ ...DEFAULT_ASSAY });
  /** The preset scenario B starts from in Compare. */
  compareB = $state('healthy-control-son');

  #frame = 0;

  /** Plays from the playhead to `end`, then stops; `start` is where it wraps to when already at the end. */
  play(start: number, end: number): void {
    if (this.playing) return;
    if (this.playheadYears === undefined || this.playheadYears >= end) this.playheadYears = start;
    this.playing = true;
    let last = performance.now();
    const tick = (now: number) => {
      if (!this.playing) return;
      const dt = Math.min(0.1, (now - last) / 1000);
      last = now;
      const next = (this.playheadYears ?? start) + dt * this.speedYearsPerSecond;
      if (next >= end) {
        this.playheadYears = end;
        this.playing = false;
        return;
      }
      this.playheadYears = next;
      this.#frame = requestAnimationFrame(tick);
    };
    this.#frame = requestAnimationFrame(tick);
  }

  pause(): void {
    this.playing = false;
    cancelAnimationFrame(this.#frame);
  }

  /** Play over the mother's whole run of `r`, or pause when playing; nothing happens without a result. */
  togglePlayOver(r: SimResult | undefined): void {
    if (this.playing) return this.pause();
    const range = motherRange(r);
    if (range) this.play(range[0], range[1]);
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
