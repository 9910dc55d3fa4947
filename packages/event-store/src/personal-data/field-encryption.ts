import { either as E } from 'fp-ts';
import * as t from 'io-ts';
import { createCipheriv, createDecipheriv } from 'node:crypto';
import type { PersonalFieldPath } from '@send-hub/core';

/** A personal field as stored: AES-256-GCM ciphertext of the field's JSON, with what decryption needs. */
export const EncryptedField = t.type(
  { encrypted: t.literal('aes-256-gcm'), keyId: t.string, iv: t.string, ciphertext: t.string, tag: t.string },
  'an encrypted personal field',
);
export type EncryptedField = t.TypeOf<typeof EncryptedField>;

export const isEncryptedField = (value: unknown): value is EncryptedField => EncryptedField.is(value);

/** Ties a ciphertext to its place: moved to another field or another event, it no longer decrypts. */
const additionalData = (path: PersonalFieldPath, eventId: string): Buffer => Buffer.from(JSON.stringify({ path, eventId }), 'utf8');

export const ivLength = 12;

/** Plaintexts are padded to whole blocks of this many bytes so the ciphertext's length does not give away a name's. */
const paddingBlock = 32;

/** JSON of the value with trailing spaces (which JSON.parse ignores) up to a whole number of blocks. */
const paddedJson = (value: unknown): Buffer => {
  const json = JSON.stringify(value);
  const length = Buffer.byteLength(json, 'utf8');
  // One buffer, filled with spaces and the JSON written over its start.
  const padded = Buffer.alloc(Math.ceil((length + 1) / paddingBlock) * paddingBlock, ' ');
  padded.write(json, 0, 'utf8');
  return padded;
};

export const encryptField = (
  value: unknown,
  place: { readonly path: PersonalFieldPath; readonly eventId: string },
  key: { readonly keyId: string; readonly key: Uint8Array },
  iv: Uint8Array,
): EncryptedField => {
  const cipher = createCipheriv('aes-256-gcm', key.key, iv);
  cipher.setAAD(additionalData(place.path, place.eventId));
  const ciphertext = Buffer.concat([cipher.update(paddedJson(value)), cipher.final()]);
  return {
    encrypted: 'aes-256-gcm',
    keyId: key.keyId,
    iv: Buffer.from(iv).toString('base64'),
    ciphertext: ciphertext.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
  };
};

/** The field's value, or why it cannot be read (a wrong key, or a ciphertext that was changed or moved). */
export const decryptField = (
  field: EncryptedField,
  place: { readonly path: PersonalFieldPath; readonly eventId: string },
  key: Uint8Array,
): E.Either<string, unknown> => {
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(field.iv, 'base64'));
    decipher.setAAD(additionalData(place.path, place.eventId));
    decipher.setAuthTag(Buffer.from(field.tag, 'base64'));
    // GCM is a stream mode: update gives every byte; final only checks the tag (and throws when it does not match).
    const plaintext = decipher.update(Buffer.from(field.ciphertext, 'base64'));
    decipher.final();
    return E.right(JSON.parse(plaintext.toString('utf8')));
  } catch {
    return E.left(`the personal field ${place.path.join('.')} does not decrypt: it was changed, moved from another event, or encrypted with another key`);
  }
};
