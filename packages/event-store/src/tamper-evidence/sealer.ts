import { createHmac, timingSafeEqual } from 'node:crypto';

/** An event's or a published head's seal: which key made it, and the MAC (base64). */
export interface Seal {
  readonly keyId: string;
  readonly mac: string;
}

/**
 * Whoever holds the sealing key: the hub's own key (`hmacSealer`, with the key kept in
 * the key file, never the event file) or the council's key service. Seals many texts in
 * one call, so a key service is asked once an append, not once an event.
 */
export interface Sealer {
  /** Names the key, so that a verifier holding several (after a key is replaced) uses the right one. */
  readonly keyId: string;
  seal(texts: ReadonlyArray<string>): Promise<ReadonlyArray<string>>;
}

/** What an event's seal is computed over: its hash, which covers its content, its stream and the hash before it. */
export const eventSealText = (currentHash: string): string => `send-hub event ${currentHash}`;

/** What a published head's seal is computed over. */
export const headSealText = (position: bigint, headHash: string): string => `send-hub head ${position.toString()} ${headHash}`;

/** HMAC-SHA-256 with a key of 32 bytes or more, held in this process. */
export const hmacSealer = (keyId: string, key: Uint8Array): Sealer => {
  if (key.length < 32) throw new RangeError(`The sealing key "${keyId}" has ${key.length} bytes; HMAC-SHA-256 needs at least 32.`);
  const material = Buffer.from(key);
  const macOf = (text: string): string => createHmac('sha256', material).update(text, 'utf8').digest('base64');
  return { keyId, seal: async (texts) => texts.map(macOf) };
};

export type SealCheck = 'sound' | 'wrong' | 'key-unknown';

/** Whether `seal` is the seal of `text` by one of `sealers` (compared in constant time). */
export const checkSeal = async (sealers: ReadonlyMap<string, Sealer>, text: string, seal: Seal): Promise<SealCheck> => {
  const sealer = sealers.get(seal.keyId);
  if (sealer === undefined) return 'key-unknown';
  const [expected] = await sealer.seal([text]);
  const given = Buffer.from(seal.mac, 'utf8');
  const wanted = Buffer.from(expected ?? '', 'utf8');
  return given.length === wanted.length && timingSafeEqual(given, wanted) ? 'sound' : 'wrong';
};
