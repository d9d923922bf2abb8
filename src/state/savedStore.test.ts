// savedStore.test.ts checks saving, listing, renaming and deleting, and that bad storage never loses items.
import { describe, expect, it } from 'vitest';
import { SavedStore, type ParseResult } from './savedStore';
import { MemoryStorage as MapStorage } from './testing/memoryStorage';


interface Thing {
  n: number;
}
const parseThing = (raw: unknown): ParseResult<Thing> =>
  typeof raw === 'object' && raw !== null && typeof (raw as Thing).n === 'number' && Number.isFinite((raw as Thing).n)
    ? { ok: true, value: { n: (raw as Thing).n } }
    : { ok: false, message: 'n: must be a finite number' };

let clock = 0;
const now = () => new Date(Date.UTC(2026, 0, 1) + 1000 * clock++);
const PREFIX = 'test.v1.';

describe('SavedStore', () => {
  it('saves, lists, renames and deletes', () => {
    const storage = new MapStorage();
    const store = new SavedStore<Thing>(storage, PREFIX, parseThing, now);
    const a = store.save('Beta', { n: 1 });
    const b = store.save('Alpha', { n: 2 });
    expect(a.ok && b.ok).toBe(true);
    expect(store.list().items.map((i) => i.name)).toEqual(['Alpha', 'Beta']);
    if (!a.ok) throw new Error('unreachable');
    expect(store.rename(a.id, 'Gamma').ok).toBe(true);
    expect(store.list().items.map((i) => [i.name, i.value.n])).toEqual([
      ['Alpha', 2],
      ['Gamma', 1],
    ]);
    expect(store.delete(a.id).ok).toBe(true);
    expect(store.list().items.map((i) => i.name)).toEqual(['Alpha']);
  });

  it('keeps a corrupted entry, reports it, and still lists the others', () => {
    const storage = new MapStorage();
    const store = new SavedStore<Thing>(storage, PREFIX, parseThing, now);
    store.save('Good', { n: 3 });
    storage.setItem(PREFIX + 'broken', '{not json');
    storage.setItem(PREFIX + 'invalid', JSON.stringify({ name: 'Bad value', savedAt: 'x', value: { n: 'NaN' } }));
    storage.setItem('other.app.key', 'untouched');
    const { items, problems } = store.list();
    expect(items.map((i) => i.name)).toEqual(['Good']);
    expect(problems).toHaveLength(2);
    expect(problems.join('\n')).toMatch(/"broken" is corrupted/);
    expect(problems.join('\n')).toMatch(/"Bad value" could not be loaded: n: must be a finite number/);
    expect(storage.getItem(PREFIX + 'broken')).toBe('{not json');
    expect(storage.getItem('other.app.key')).toBe('untouched');
  });

  it('reports full storage without losing what was saved', () => {
    const storage = new MapStorage();
    const store = new SavedStore<Thing>(storage, PREFIX, parseThing, now);
    const first = store.save('Kept', { n: 1 });
    storage.quotaBytes = 150;
    const second = store.save('Too much '.repeat(10), { n: 2 });
    expect(second.ok).toBe(false);
    if (second.ok) throw new Error('unreachable');
    expect(second.message).toMatch(/storage is full/);
    expect(first.ok && store.list().items.map((i) => i.name)).toEqual(['Kept']);
  });

  it('answers with a message when the browser gives no storage', () => {
    const store = new SavedStore<Thing>(undefined, PREFIX, parseThing, now);
    expect(store.list().problems[0]).toMatch(/no storage/);
    const r = store.save('X', { n: 1 });
    expect(r.ok).toBe(false);
  });

  it('rejects empty and overlong names, naming the field', () => {
    const store = new SavedStore<Thing>(new MapStorage(), PREFIX, parseThing, now);
    const empty = store.save('  ', { n: 1 });
    const long = store.save('x'.repeat(121), { n: 1 });
    expect(!empty.ok && empty.message).toMatch(/^name: /);
    expect(!long.ok && long.message).toMatch(/^name: 121 characters/);
  });

  it('finds an item by its name, trimmed and in any case, to ask before a second item of that name', () => {
    const store = new SavedStore<Thing>(new MapStorage(), PREFIX, parseThing, now);
    const a = store.save('Lecture B', { n: 1 });
    store.save('Other', { n: 2 });
    if (!a.ok) throw new Error('unreachable');
    expect(store.findByName('  lecture b ')?.id).toBe(a.id);
    expect(store.findByName('Lecture')).toBeUndefined();
    expect(store.findByName('   ')).toBeUndefined();
    // Replacing writes over that item: still one of that name, with the new value.
    expect(store.save('Lecture B', { n: 7 }, a.id).ok).toBe(true);
    expect(store.list().items.map((i) => [i.name, i.value.n])).toEqual([
      ['Lecture B', 7],
      ['Other', 2],
    ]);
  });
});
