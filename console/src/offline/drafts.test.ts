import { describe, expect, it } from 'vitest';
import { Drafts } from './drafts';
import { createDeviceKey, type Sealed } from './sealing';
import { MemoryStore } from './store';

describe('Drafts', () => {
  it('keeps a half-filled form sealed until it is submitted', async () => {
    const store = new MemoryStore<Sealed>();
    const drafts = new Drafts(store, await createDeviceKey());
    await drafts.save('hr-case', { title: 'Half written', 'violations[0].victims[0].identity.name': 'Synthetic Name' });
    const stored = (await store.all())[0]!;
    expect(new TextDecoder().decode(stored.data)).not.toContain('Synthetic Name');
    expect(await drafts.load('hr-case')).toEqual({ title: 'Half written', 'violations[0].victims[0].identity.name': 'Synthetic Name' });
    await drafts.clear('hr-case');
    expect(await drafts.load('hr-case')).toBeUndefined();
  });

  it('gives up a draft sealed under another key rather than failing the form', async () => {
    const store = new MemoryStore<Sealed>();
    await new Drafts(store, await createDeviceKey()).save('incident', { category: 'SGBV' });
    expect(await new Drafts(store, await createDeviceKey()).load('incident')).toBeUndefined();
  });
});
