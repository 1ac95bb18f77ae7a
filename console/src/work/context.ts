import type { ApiClients } from '../api/clients';
import type { Identity } from '../auth/identity';
import { Drafts } from '../offline/drafts';
import { Outbox, type OutboxEntry, type OutboxKind } from '../offline/outbox';
import { createDeviceKey, type Sealed } from '../offline/sealing';
import { IndexedDbStore, deviceKey } from '../offline/store';
import { outboxSender } from './senders';

const RETRY_EVERY_MS = 30_000;

/** What every work view shares: the person, their API clients, the device's outbox and drafts. */
export interface WorkContext {
  api: ApiClients;
  identity: Identity;
  outbox: Outbox;
  drafts: Drafts;
  /** Sends what is queued now if the browser has a connection; what settled. */
  flush(): Promise<OutboxEntry[]>;
  /** Queues a form and tries to send it at once: the entry as it stands afterwards (sent, refused or still queued). */
  submit(kind: OutboxKind, body: unknown): Promise<OutboxEntry>;
}

export async function workContext(api: ApiClients, identity: Identity): Promise<WorkContext> {
  const key = await deviceKey(new IndexedDbStore<CryptoKey>('keys'), createDeviceKey);
  const outbox = new Outbox(new IndexedDbStore<OutboxEntry>('outbox'), key);
  const send = outboxSender(api);
  const flush = () => (navigator.onLine ? outbox.flush(send) : Promise.resolve([]));
  // the connection returns: what waited is sent (each once, under its Idempotency-Key)
  window.addEventListener('online', () => { void flush(); });
  // a link can be "online" and still carry nothing (a flush found no answer): try again now and then
  window.setInterval(() => { void flush(); }, RETRY_EVERY_MS);
  void flush();
  return {
    api, identity, outbox, flush,
    drafts: new Drafts(new IndexedDbStore<Sealed>('drafts'), key),
    async submit(kind, body) {
      const entry = await outbox.enqueue(kind, body);
      await flush();
      return (await outbox.entries()).find((e) => e.id === entry.id) ?? entry;
    },
  };
}

export function hasRole(identity: Identity, role: string): boolean {
  return identity.roles.includes(role);
}
