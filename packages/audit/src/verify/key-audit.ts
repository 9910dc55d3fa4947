import { PersonalDataErased, type PersonalFieldPath } from '@send-hub/core';
import { decryptField, isEncryptedField, valueAt, type EncryptedField, type KeyLookup, type KeyStore, type RecordedEvent } from '@send-hub/event-store';
import { either as E } from 'fp-ts';
import { keyProblem, type KeyProblem } from './key-problems';

/** One personal field of a child, kept to try the child's key on. */
interface Sample {
  readonly field: EncryptedField;
  readonly path: PersonalFieldPath;
  readonly eventId: string;
}

/**
 * Checks the key store against the log, after a pass over the log has noted, for
 * each child, one encrypted field and whether the log records an erasure. Each child
 * is looked up once, and a key is tried on one field of its own child only: enough to
 * find a key replaced or swapped, with memory of one field a child. What a field
 * decrypts to is dropped at once; problems name the child reference alone.
 */
export class KeyAudit {
  private readonly samples = new Map<string, Sample>();
  private readonly erased = new Set<string>();

  constructor(private readonly personalFields: Readonly<Record<string, ReadonlyArray<PersonalFieldPath>>>) {}

  observe(event: RecordedEvent): void {
    if (event.corruption !== undefined) return;
    if (event.type === 'PersonalDataErased') {
      if (PersonalDataErased.is(event.data)) this.erased.add(event.data.childReference);
      return;
    }
    for (const path of this.personalFields[event.type] ?? []) {
      const field = valueAt(event.data, path);
      if (isEncryptedField(field) && !this.samples.has(field.keyId)) this.samples.set(field.keyId, { field, path, eventId: event.eventId });
    }
  }

  async problems(keyStore: KeyStore): Promise<ReadonlyArray<KeyProblem>> {
    const children = [...new Set([...this.samples.keys(), ...this.erased])].sort();
    const lookups = await keyStore.getMany(children);
    return children.flatMap((child) => {
      const problem = this.problemOf(child, lookups.get(child) ?? { status: 'missing' });
      return problem === undefined ? [] : [problem];
    });
  }

  private problemOf(child: string, lookup: KeyLookup): KeyProblem | undefined {
    if (this.erased.has(child)) {
      if (lookup.status === 'active') return keyProblem('key-present-for-erased-child', child);
      return lookup.status === 'missing' ? keyProblem('tombstone-missing', child) : undefined;
    }
    if (lookup.status === 'destroyed') return keyProblem('key-destroyed-without-erasure-record', child);
    if (lookup.status === 'missing') return keyProblem('key-missing', child);
    const sample = this.samples.get(child);
    if (sample === undefined) return undefined;
    const opened = E.isRight(decryptField(sample.field, { path: sample.path, eventId: sample.eventId }, lookup.key));
    return opened ? undefined : keyProblem('key-does-not-open-fields', child);
  }
}
