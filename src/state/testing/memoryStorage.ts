// memoryStorage.ts is an in-memory KeyValueStorage for tests, with an optional quota that throws as a full browser storage does.
import type { KeyValueStorage } from '../savedStore';

export class MemoryStorage implements KeyValueStorage {
  map = new Map<string, string>();
  /** Characters (keys plus values) the storage holds before `setItem` throws a QuotaExceededError. */
  quotaBytes = Infinity;
  get length() {
    return this.map.size;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    const used = [...this.map.entries()].filter(([key]) => key !== k).reduce((s, [key, val]) => s + key.length + val.length, 0);
    if (used + k.length + v.length > this.quotaBytes) {
      const err = new Error('quota');
      err.name = 'QuotaExceededError';
      throw err;
    }
    this.map.set(k, v);
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
}
