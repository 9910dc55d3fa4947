import { personalFieldPaths, type PersonalFieldPath } from '@send-hub/core';
import { withPersonalDataEncryption, type EventStore, type PersonalDataEncryptionOptions } from '@send-hub/event-store';
import { hubEventCodecs } from '@send-hub/hub';
import { erasureAwareKeyStore } from './erasure/erasure-aware-key-store';

/** The personal fields of every hub event type, found in the codecs themselves so no list can drift from them. */
export const hubPersonalFields: Readonly<Record<string, ReadonlyArray<PersonalFieldPath>>> = Object.fromEntries(
  Object.entries(hubEventCodecs).map(([type, codec]) => [type, personalFieldPaths(codec)]),
);

const childReferenceIn = (data: unknown): string | undefined => {
  if (typeof data !== 'object' || data === null) return undefined;
  const record = data as { childReference?: unknown; referral?: { childReference?: unknown } };
  const found = record.referral?.childReference ?? record.childReference;
  return typeof found === 'string' ? found : undefined;
};

/** Each child's personal data is protected by a key of its own, named by the child's pseudonymous reference. */
export const hubKeyIdFor = (_type: string, data: unknown): string | undefined => childReferenceIn(data);

/**
 * The hub's personal-data layer over a store. Put the hash chain beneath it
 * (`withHubPersonalDataEncryption(withHashChain(raw), ...)`) so hashes cover ciphertext.
 * `inClear` narrows what reads give in clear (see `withPersonalDataEncryption`).
 * The log's erasure records are the authority over the key store: a child the log
 * says was erased reads as erased, and cannot be given personal details again,
 * whatever key the key store holds (see `erasureAwareKeyStore`). Layers over one store
 * given one key store already read through it share that one, and its memory of erased children.
 */
export const withHubPersonalDataEncryption = (
  store: EventStore,
  options: Pick<PersonalDataEncryptionOptions, 'keyStore' | 'randomBytes' | 'inClear'>,
): EventStore =>
  withPersonalDataEncryption(store, { ...options, keyStore: erasureAwareKeyStore(options.keyStore, store), personalFields: hubPersonalFields, keyIdFor: hubKeyIdFor });
