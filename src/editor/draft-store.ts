import type { Story } from '../data/types.js';

/** One saved draft: the story as it was last typed, under a name the newsroom chose. */
export interface Draft {
  name: string;
  story: Story;
  savedAt: number;
}

const DRAFTS = 'drafts';
const SETTINGS = 'settings';

/** A request as a promise. */
function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

/**
 * Drafts in the browser's IndexedDB, in a database of the given name with two
 * stores: `drafts` (one record per draft, keyed by name) and `settings` (the
 * draft last open). Nothing leaves the browser. Every method resolves, never
 * rejects, where IndexedDB is missing or refused (a private window): the
 * editor then works without saving.
 */
export class DraftStore {
  private db: Promise<IDBDatabase | undefined> | undefined;

  constructor(readonly databaseName: string) {}

  private open(): Promise<IDBDatabase | undefined> {
    this.db ??= new Promise((resolve) => {
      try {
        const request = indexedDB.open(this.databaseName, 1);
        request.onupgradeneeded = () => {
          request.result.createObjectStore(DRAFTS, { keyPath: 'name' });
          request.result.createObjectStore(SETTINGS);
        };
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => resolve(undefined);
      } catch {
        resolve(undefined);
      }
    });
    return this.db;
  }

  private async run<T>(
    store: string,
    mode: IDBTransactionMode,
    act: (store: IDBObjectStore) => IDBRequest<T>,
  ): Promise<T | undefined> {
    const db = await this.open();
    if (!db) return undefined;
    try {
      return await done(act(db.transaction(store, mode).objectStore(store)));
    } catch {
      return undefined;
    }
  }

  async save(draft: Draft): Promise<void> {
    await this.run(DRAFTS, 'readwrite', (store) => store.put(draft));
  }

  async load(name: string): Promise<Draft | undefined> {
    return this.run<Draft | undefined>(DRAFTS, 'readonly', (store) => store.get(name));
  }

  async names(): Promise<string[]> {
    const keys = await this.run(DRAFTS, 'readonly', (store) => store.getAllKeys());
    return (keys ?? []).map(String).sort((a, b) => a.localeCompare(b));
  }

  async remove(name: string): Promise<void> {
    await this.run(DRAFTS, 'readwrite', (store) => store.delete(name));
  }

  async current(): Promise<string | undefined> {
    const name = await this.run<unknown>(SETTINGS, 'readonly', (store) => store.get('current'));
    return typeof name === 'string' ? name : undefined;
  }

  async setCurrent(name: string): Promise<void> {
    await this.run(SETTINGS, 'readwrite', (store) => store.put(name, 'current'));
  }

  close(): void {
    void this.db?.then((db) => db?.close());
    this.db = undefined;
  }
}
