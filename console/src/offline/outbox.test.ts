import { describe, expect, it } from 'vitest';
import { Outbox, type OutboxEntry, type SendResult } from './outbox';
import { createDeviceKey, seal, unseal } from './sealing';
import { MemoryStore, deviceKey } from './store';

const CASE = { title: 'Synthetic case', violations: [{ type: 'KILLING', victims: [{ kind: 'INDIVIDUAL', sex: 'FEMALE', identity: { name: 'Nyamal Example' } }] }] };

function steppingClock() {
  let tick = 0;
  return { now: () => new Date(Date.UTC(2026, 11, 3, 12, 0, tick++)), newId: () => `id-${tick++}` };
}

describe('sealing', () => {
  it('opens what it sealed, and what is stored holds none of it in the clear', async () => {
    const key = await createDeviceKey();
    const sealed = await seal(key, CASE);
    expect(new TextDecoder().decode(sealed.data)).not.toContain('Nyamal');
    expect(await unseal(key, sealed)).toEqual(CASE);
  });

  it('refuses a record altered on the device or sealed under another key', async () => {
    const key = await createDeviceKey();
    const sealed = await seal(key, CASE);
    const tampered = new Uint8Array(sealed.data.slice(0));
    tampered[0] ^= 1;
    await expect(unseal(key, { iv: sealed.iv, data: tampered.buffer })).rejects.toThrow();
    await expect(unseal(await createDeviceKey(), sealed)).rejects.toThrow();
  });

  it('uses a fresh nonce per record and a key whose bytes cannot be exported', async () => {
    const key = await createDeviceKey();
    const [a, b] = [await seal(key, CASE), await seal(key, CASE)];
    expect(a.iv).not.toEqual(b.iv);
    expect(key.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
  });

  it('keeps one device key: the second call finds the first', async () => {
    const keys = new MemoryStore<CryptoKey>();
    let created = 0;
    const make = () => { created++; return createDeviceKey(); };
    const first = await deviceKey(keys, make);
    const again = await deviceKey(keys, make);
    expect(created).toBe(1);
    expect(await unseal(again, await seal(first, CASE))).toEqual(CASE);
  });
});

describe('Outbox', () => {
  async function outbox() {
    const store = new MemoryStore<OutboxEntry>();
    return { store, box: new Outbox(store, await createDeviceKey(), steppingClock()) };
  }

  it('stores a queued form sealed, with its own Idempotency-Key', async () => {
    const { store, box } = await outbox();
    const entry = await box.enqueue('hr-case', CASE);
    const stored = (await store.all())[0]!;
    expect(stored.state).toBe('queued');
    expect(stored.idempotencyKey).toBeTruthy();
    expect(stored.idempotencyKey).not.toBe(entry.id);
    expect(JSON.stringify(stored)).not.toContain('Nyamal');
    expect(await box.body(stored)).toEqual(CASE);
  });

  it('sends each form once when the connection returns, with the same key on every attempt, and forgets its body', async () => {
    const { box } = await outbox();
    await box.enqueue('incident', { n: 1 });
    await box.enqueue('engagement', { n: 2 });
    const attempts: { kind: string; body: unknown; key: string }[] = [];
    let online = false;
    const send = async (kind: string, body: unknown, key: string): Promise<SendResult> => {
      attempts.push({ kind, body, key });
      return online ? { kind: 'sent', reference: `REF-${(body as { n: number }).n}` } : { kind: 'unreachable', reason: 'offline' };
    };

    expect(await box.flush(send)).toEqual([]);
    expect(attempts).toHaveLength(1); // stops at the first that finds no connection
    online = true;
    const settled = await box.flush(send);
    expect(settled.map((e) => e.reference)).toEqual(['REF-1', 'REF-2']);
    expect(attempts.map((a) => a.kind)).toEqual(['incident', 'incident', 'engagement']);
    expect(attempts[0]!.key).toBe(attempts[1]!.key);
    expect(attempts[1]!.key).not.toBe(attempts[2]!.key);

    expect(await box.flush(send)).toEqual([]);
    expect(attempts).toHaveLength(3); // nothing is sent again once the service has it
    const entries = await box.entries();
    expect(entries.map((e) => e.state)).toEqual(['sent', 'sent']);
    expect(entries.every((e) => e.sealed === undefined)).toBe(true);
  });

  it('sends a form queued while a flush runs in the next pass, not later', async () => {
    const { box } = await outbox();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => { release = resolve; });
    await box.enqueue('incident', { n: 1 });
    const sent: number[] = [];
    const send = async (_kind: string, body: unknown): Promise<SendResult> => {
      await gate;
      sent.push((body as { n: number }).n);
      return { kind: 'sent', reference: `REF-${(body as { n: number }).n}` };
    };
    const first = box.flush(send);
    await box.enqueue('training', { n: 2 });
    const second = box.flush(send);
    release();
    expect((await first).map((e) => e.reference)).toEqual(['REF-1']);
    expect((await second).map((e) => e.reference)).toEqual(['REF-2']);
    expect(sent).toEqual([1, 2]);
  });

  it('runs one flush at a time: two calls together send each form once', async () => {
    const { box } = await outbox();
    await box.enqueue('training', { n: 1 });
    let sends = 0;
    const send = async (): Promise<SendResult> => {
      sends++;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return { kind: 'sent', reference: 'GA-1' };
    };
    await Promise.all([box.flush(send), box.flush(send)]);
    expect(sends).toBe(1);
  });

  it('keeps a refusal with the service reason, does not send it again, and lets the person dismiss it', async () => {
    const { box } = await outbox();
    const entry = await box.enqueue('hr-case', CASE);
    const problem = { status: 422, title: 'Validation failed', fields: { 'violations[0].type': 'is required' } };
    let sends = 0;
    const send = async (): Promise<SendResult> => { sends++; return { kind: 'refused', problem }; };
    await box.flush(send);
    await box.flush(send);
    expect(sends).toBe(1);
    const [refused] = await box.entries();
    expect(refused!.state).toBe('refused');
    expect(refused!.problem).toEqual(problem);
    expect(await box.body(refused!)).toEqual(CASE); // kept, sealed, so it can be corrected
    await box.dismiss(entry.id);
    expect(await box.entries()).toEqual([]);
  });
});
