/** What can be wrong between the log and the key store, each about one child. */
export type KeyProblemCode = 'key-present-for-erased-child' | 'tombstone-missing' | 'key-destroyed-without-erasure-record' | 'key-missing' | 'key-does-not-open-fields';

/** A disagreement between the event log and the key store, named by the child reference alone (never personal data). */
export interface KeyProblem {
  readonly _tag: 'KeyProblem';
  readonly code: KeyProblemCode;
  readonly childReference: string;
  readonly message: string;
}

const messages: Readonly<Record<KeyProblemCode, (childReference: string) => string>> = {
  'key-present-for-erased-child': (child) =>
    `The key store holds a key for ${child}, whose erasure the log records: the key file was restored from a backup taken before the erasure, or the key was put back. ` +
    'Readers treat the child as erased; destroy the key again (reapplyErasures).',
  'tombstone-missing': (child) =>
    `The log records the erasure of ${child}, but the key store has no tombstone for that reference: the key store's record of it was deleted.`,
  'key-destroyed-without-erasure-record': (child) =>
    `The key of ${child} was destroyed, but the log holds no erasure record for that reference: the child's personal data was destroyed without the erasure being recorded.`,
  'key-missing': (child) =>
    `The log holds personal data of ${child}, but the key store has no key for that reference and the log records no erasure: the key was deleted or lost.`,
  'key-does-not-open-fields': (child) =>
    `The key the key store holds for ${child} does not open that child's personal fields: it was replaced, perhaps swapped with another child's key.`,
};

export const keyProblem = (code: KeyProblemCode, childReference: string): KeyProblem => ({ _tag: 'KeyProblem', code, childReference, message: messages[code](childReference) });
