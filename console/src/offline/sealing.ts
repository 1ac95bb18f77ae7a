/**
 * What the console keeps on the device (queued forms, half-filled drafts) is sealed with AES-GCM under a key that
 * WebCrypto creates non-extractable: scripts can use it through the browser but never read its bytes, so the stored
 * records cannot be opened by copying the browser's files elsewhere (ADR 0105).
 */
export interface Sealed {
  /** A fresh 96-bit nonce per record, as AES-GCM requires. */
  iv: Uint8Array;
  data: ArrayBuffer;
}

export function createDeviceKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

export async function seal(key: CryptoKey, value: unknown): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(JSON.stringify(value)));
  return { iv, data };
}

/** The value sealed; a record altered on the device (or sealed under another key) fails GCM's check and throws. */
export async function unseal<T>(key: CryptoKey, sealed: Sealed): Promise<T> {
  const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv as Uint8Array<ArrayBuffer> }, key, sealed.data);
  return JSON.parse(new TextDecoder().decode(plain)) as T;
}
