/** A small key-value store: IndexedDB in the browser, a map in unit tests. Values are structured-cloneable. */
export interface RecordStore<T> {
  get(id: string): Promise<T | undefined>;
  put(id: string, value: T): Promise<void>;
  delete(id: string): Promise<void>;
  all(): Promise<T[]>;
}

export class MemoryStore<T> implements RecordStore<T> {
  private readonly records = new Map<string, T>();

  async get(id: string) { return this.records.get(id); }
  async put(id: string, value: T) { this.records.set(id, structuredClone(value)); }
  async delete(id: string) { this.records.delete(id); }
  async all() { return [...this.records.values()].map((v) => structuredClone(v)); }
}

const DATABASE = 'unmiss-console';
export const STORES = ['keys', 'outbox', 'drafts'] as const;
type StoreName = (typeof STORES)[number];

let opened: Promise<IDBDatabase> | undefined;

function database(): Promise<IDBDatabase> {
  opened ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => STORES.forEach((name) => request.result.createObjectStore(name));
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  return opened;
}

function done<R>(request: IDBRequest<R>): Promise<R> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

export class IndexedDbStore<T> implements RecordStore<T> {
  constructor(private readonly name: StoreName) {}

  private async store(mode: IDBTransactionMode) {
    return (await database()).transaction(this.name, mode).objectStore(this.name);
  }

  async get(id: string) { return done((await this.store('readonly')).get(id)) as Promise<T | undefined>; }
  async put(id: string, value: T) { await done((await this.store('readwrite')).put(value, id)); }
  async delete(id: string) { await done((await this.store('readwrite')).delete(id)); }
  async all() { return done((await this.store('readonly')).getAll()) as Promise<T[]>; }
}

/** The device's sealing key: created once, kept in IndexedDB as a CryptoKey object, never exported. */
export async function deviceKey(keys: RecordStore<CryptoKey>, create: () => Promise<CryptoKey>): Promise<CryptoKey> {
  const existing = await keys.get('device');
  if (existing) {
    return existing;
  }
  const key = await create();
  await keys.put('device', key);
  return key;
}
