// savedStore.ts keeps named saved items (scenarios, lecture decks) in browser storage, one key per item,
// so that a corrupted or oversized entry is reported without touching the others.

/** The part of the Web Storage API the store uses (localStorage satisfies it; tests pass a Map-backed fake). */
export interface KeyValueStorage {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface SavedItem<T> {
  id: string;
  name: string;
  /** ISO 8601 time of the last save or rename. */
  savedAt: string;
  value: T;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; message: string };

export interface ListResult<T> {
  items: SavedItem<T>[];
  /** One message per entry that could not be read; the entry itself is left in storage untouched. */
  problems: string[];
}

export type WriteResult = { ok: true; id: string } | { ok: false; message: string };

const NAME_MAX = 120;

export class SavedStore<T> {
  readonly #storage: KeyValueStorage | undefined;
  readonly #prefix: string;
  readonly #parse: (raw: unknown) => ParseResult<T>;
  readonly #now: () => Date;

  /**
   * @param storage undefined when the browser gives none (private mode, blocked cookies): every call then
   *   answers with a message instead of throwing.
   * @param prefix key prefix, e.g. `chimera.scenario.v1.`
   * @param parse validates (and migrates) a stored value.
   */
  constructor(storage: KeyValueStorage | undefined, prefix: string, parse: (raw: unknown) => ParseResult<T>, now: () => Date = () => new Date()) {
    this.#storage = storage;
    this.#prefix = prefix;
    this.#parse = parse;
    this.#now = now;
  }

  list(): ListResult<T> {
    const storage = this.#storage;
    if (!storage) return { items: [], problems: [UNAVAILABLE] };
    const items: SavedItem<T>[] = [];
    const problems: string[] = [];
    let keys: string[];
    try {
      keys = [];
      for (let i = 0; i < storage.length; i++) {
        const k = storage.key(i);
        if (k?.startsWith(this.#prefix)) keys.push(k);
      }
    } catch (e) {
      return { items: [], problems: [`Browser storage could not be read: ${errorText(e)}`] };
    }
    for (const key of keys) {
      const id = key.slice(this.#prefix.length);
      const raw = storage.getItem(key);
      if (raw === null) continue;
      let envelope: unknown;
      try {
        envelope = JSON.parse(raw);
      } catch {
        problems.push(`Saved item "${id}" is corrupted (not valid JSON); it was kept but not loaded.`);
        continue;
      }
      if (!isEnvelope(envelope)) {
        problems.push(`Saved item "${id}" is corrupted (missing name, date or value); it was kept but not loaded.`);
        continue;
      }
      const parsed = this.#parse(envelope.value);
      if (!parsed.ok) {
        problems.push(`Saved item "${envelope.name}" could not be loaded: ${parsed.message}`);
        continue;
      }
      items.push({ id, name: envelope.name, savedAt: envelope.savedAt, value: parsed.value });
    }
    items.sort((a, b) => a.name.localeCompare(b.name) || a.savedAt.localeCompare(b.savedAt));
    return { items, problems };
  }

  /**
   * The readable item saved under `name` (trimmed, any case), if one is: saving under a taken name would otherwise
   * list two items that look the same, so the caller asks before replacing it.
   */
  findByName(name: string): SavedItem<T> | undefined {
    const wanted = typeof name === 'string' ? name.trim().toLocaleLowerCase() : '';
    if (wanted === '') return undefined;
    return this.list().items.find((i) => i.name.trim().toLocaleLowerCase() === wanted);
  }

  /** Saves a new item, or overwrites the item `id` when given. */
  save(name: string, value: T, id?: string): WriteResult {
    const nameError = checkName(name);
    if (nameError) return { ok: false, message: nameError };
    const itemId = id ?? this.#newId();
    return this.#write(itemId, { name: name.trim(), savedAt: this.#now().toISOString(), value });
  }

  rename(id: string, name: string): WriteResult {
    const nameError = checkName(name);
    if (nameError) return { ok: false, message: nameError };
    const current = this.#readEnvelope(id);
    if (!current.ok) return current;
    return this.#write(id, { ...current.value, name: name.trim(), savedAt: this.#now().toISOString() });
  }

  delete(id: string): WriteResult {
    if (!this.#storage) return { ok: false, message: UNAVAILABLE };
    try {
      this.#storage.removeItem(this.#prefix + id);
      return { ok: true, id };
    } catch (e) {
      return { ok: false, message: `Could not delete "${id}": ${errorText(e)}` };
    }
  }

  #readEnvelope(id: string): ParseResult<Envelope> {
    if (!this.#storage) return { ok: false, message: UNAVAILABLE };
    const raw = this.#storage.getItem(this.#prefix + id);
    if (raw === null) return { ok: false, message: `No saved item with id "${id}".` };
    try {
      const env: unknown = JSON.parse(raw);
      if (isEnvelope(env)) return { ok: true, value: env };
    } catch {
      // fall through to the message below
    }
    return { ok: false, message: `Saved item "${id}" is corrupted; it was left as it is.` };
  }

  #write(id: string, envelope: Envelope): WriteResult {
    if (!this.#storage) return { ok: false, message: UNAVAILABLE };
    try {
      this.#storage.setItem(this.#prefix + id, JSON.stringify(envelope));
      return { ok: true, id };
    } catch (e) {
      // A failed setItem leaves the previous value of that key and every other key as they were.
      if (isQuotaError(e)) return { ok: false, message: 'Browser storage is full: delete a saved item or export it as a file, then save again. Nothing was lost.' };
      return { ok: false, message: `Could not save: ${errorText(e)}. Nothing was lost.` };
    }
  }

  #newId(): string {
    const t = this.#now().getTime().toString(36);
    let id = t;
    for (let n = 2; this.#storage?.getItem(this.#prefix + id) != null; n++) id = `${t}-${n}`;
    return id;
  }
}

interface Envelope {
  name: string;
  savedAt: string;
  value: unknown;
}

const UNAVAILABLE = 'This browser gives the page no storage (private mode or blocked site data): saved items cannot be kept. Export them as files instead.';

function isEnvelope(x: unknown): x is Envelope {
  if (typeof x !== 'object' || x === null) return false;
  const o = x as Record<string, unknown>;
  return typeof o.name === 'string' && typeof o.savedAt === 'string' && 'value' in o;
}

function checkName(name: string): string | undefined {
  const trimmed = typeof name === 'string' ? name.trim() : '';
  if (trimmed === '') return 'name: a saved item needs a name (1 to 120 characters).';
  if (trimmed.length > NAME_MAX) return `name: ${trimmed.length} characters is longer than the ${NAME_MAX} allowed.`;
  return undefined;
}

function isQuotaError(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const o = e as { name?: unknown; code?: unknown };
  return o.name === 'QuotaExceededError' || o.name === 'NS_ERROR_DOM_QUOTA_REACHED' || o.code === 22 || o.code === 1014;
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
