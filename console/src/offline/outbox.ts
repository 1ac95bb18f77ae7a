import type { ProblemView } from '../work/problems';
import { seal, unseal, type Sealed } from './sealing';
import type { RecordStore } from './store';

/** The forms a person may submit without a connection (issue 16). */
export type OutboxKind = 'hr-case' | 'incident' | 'engagement' | 'training';

export type OutboxState = 'queued' | 'sent' | 'refused';

export interface OutboxEntry {
  id: string;
  kind: OutboxKind;
  /** The Idempotency-Key sent with every attempt: the service records the form once however often it arrives. */
  idempotencyKey: string;
  queuedAt: string;
  state: OutboxState;
  attempts: number;
  /** The form's body, sealed; dropped once the service has it (nothing personal stays on the device). */
  sealed?: Sealed;
  /** What the service answered: the new record's reference, or its refusal. */
  reference?: string;
  problem?: ProblemView;
  settledAt?: string;
}

export type SendResult = { kind: 'sent'; reference: string } | { kind: 'refused'; problem: ProblemView } | { kind: 'unreachable'; reason: string };

export type Sender = (kind: OutboxKind, body: unknown, idempotencyKey: string) => Promise<SendResult>;

export interface OutboxClock {
  now(): Date;
  newId(): string;
}

const systemClock: OutboxClock = { now: () => new Date(), newId: () => crypto.randomUUID() };

/**
 * Forms waiting for a connection, sealed on the device, each sent with its own Idempotency-Key until the service has
 * answered it once. Exactly once: an entry is resent only while no answer has come (the key makes a resend after a
 * lost answer a replay, not a second record), and never after the service accepted or refused it; one flush runs at
 * a time (in this tab, and across tabs through the Web Locks API where the browser has it).
 */
export class Outbox {
  private flushing?: Promise<OutboxEntry[]>;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly store: RecordStore<OutboxEntry>, private readonly key: CryptoKey,
              private readonly clock: OutboxClock = systemClock) {}

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed() {
    this.listeners.forEach((listener) => listener());
  }

  async enqueue(kind: OutboxKind, body: unknown): Promise<OutboxEntry> {
    const entry: OutboxEntry = {
      id: this.clock.newId(), kind, idempotencyKey: this.clock.newId(), queuedAt: this.clock.now().toISOString(),
      state: 'queued', attempts: 0, sealed: await seal(this.key, body),
    };
    await this.store.put(entry.id, entry);
    this.changed();
    return entry;
  }

  /** Every entry, oldest first. */
  async entries(): Promise<OutboxEntry[]> {
    return (await this.store.all()).sort((a, b) => a.queuedAt.localeCompare(b.queuedAt) || a.id.localeCompare(b.id));
  }

  /** A queued entry's form, for showing it again or correcting it. */
  async body<T>(entry: OutboxEntry): Promise<T | undefined> {
    return entry.sealed ? unseal<T>(this.key, entry.sealed) : undefined;
  }

  /** The person clears a settled entry (or gives up a refused one) from the list. */
  async dismiss(id: string): Promise<void> {
    await this.store.delete(id);
    this.changed();
  }

  /**
   * Sends what is queued, oldest first, stopping at the first that finds no connection; returns what settled in this
   * pass. Passes run one after another: a flush asked for while one runs (say, right after a form was queued) makes
   * its own pass after it, so the new form is not missed by a pass that listed the entries before it was queued.
   */
  flush(send: Sender): Promise<OutboxEntry[]> {
    const pass = (this.flushing ?? Promise.resolve([])).catch(() => []).then(() => this.underLock(() => this.sendQueued(send)));
    this.flushing = pass;
    void pass.finally(() => { if (this.flushing === pass) this.flushing = undefined; }).catch(() => undefined);
    return pass;
  }

  private underLock<R>(work: () => Promise<R>): Promise<R> {
    const locks = (globalThis.navigator as Navigator | undefined)?.locks;
    return locks ? locks.request('unmiss-console-outbox', work) as Promise<R> : work();
  }

  private async sendQueued(send: Sender): Promise<OutboxEntry[]> {
    const settled: OutboxEntry[] = [];
    for (const listed of await this.entries()) {
      // read again under the lock: another tab may have sent it meanwhile
      const entry = await this.store.get(listed.id);
      if (!entry || entry.state !== 'queued' || !entry.sealed) {
        continue;
      }
      const result = await send(entry.kind, await unseal(this.key, entry.sealed), entry.idempotencyKey);
      if (result.kind === 'unreachable') {
        await this.store.put(entry.id, { ...entry, attempts: entry.attempts + 1 });
        break;
      }
      const done: OutboxEntry = {
        ...entry, attempts: entry.attempts + 1, settledAt: this.clock.now().toISOString(),
        ...(result.kind === 'sent'
          ? { state: 'sent', reference: result.reference, sealed: undefined }
          : { state: 'refused', problem: result.problem }),
      };
      await this.store.put(entry.id, done);
      settled.push(done);
      this.changed();
    }
    return settled;
  }
}
