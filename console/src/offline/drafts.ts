import { seal, unseal, type Sealed } from './sealing';
import type { RecordStore } from './store';

/**
 * Half-filled forms, kept sealed on the device as they are typed, so that a session that expires (and goes back to
 * Keycloak's login page) or a closed tab loses nothing; a form's draft is dropped once it is submitted.
 */
export class Drafts {
  constructor(private readonly store: RecordStore<Sealed>, private readonly key: CryptoKey) {}

  async save(form: string, values: Record<string, string>): Promise<void> {
    await this.store.put(form, await seal(this.key, values));
  }

  async load(form: string): Promise<Record<string, string> | undefined> {
    const sealed = await this.store.get(form);
    return sealed ? unseal<Record<string, string>>(this.key, sealed).catch(() => undefined) : undefined;
  }

  async clear(form: string): Promise<void> {
    await this.store.delete(form);
  }
}
