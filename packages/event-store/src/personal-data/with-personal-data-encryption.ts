import { erasedPersonalData, isErased, type PersonalFieldPath } from '@send-hub/core';
import { either as E } from 'fp-ts';
import { InvalidEventError, type ConcurrencyConflict } from '../port/errors';
import type { AppendResult, EventStore, ReadAllOptions, ReadStreamOptions, SubscribeOptions, Subscription } from '../port/event-store';
import type { ExpectedRevision } from '../port/expected-revision';
import type { NewEvent, RecordedEvent } from '../port/recorded-event';
import { decryptField, encryptField, isEncryptedField, ivLength } from './field-encryption';
import { replaceAt, valueAt } from './field-paths';
import { keyLength, type KeyStore } from './key-store';
import { cryptoRandomBytes, type RandomBytes } from './random-bytes';

export interface PersonalDataEncryptionOptions {
  readonly keyStore: KeyStore;
  /** The personal field paths of each event type (for example from core's `personalFieldsByType`). */
  readonly personalFields: Readonly<Record<string, ReadonlyArray<PersonalFieldPath>>>;
  /** Whose key protects an event's personal fields (for the hub: the child reference); undefined when the event has none. */
  readonly keyIdFor: (type: string, data: unknown) => string | undefined;
  /** Default: node:crypto. Inject a seeded source for reproducible tests and simulations. */
  readonly randomBytes?: RandomBytes;
}

/**
 * Encrypts personal fields on append (AES-256-GCM, a fresh 96-bit IV per field, the
 * field path and event id as additional data, one key per child kept in the key
 * store) and decrypts them on every read. Once a key is destroyed, its fields read
 * back as `{ erased: true }` everywhere: the log is never rewritten, so its hash chain
 * (applied beneath this layer, over ciphertext) still verifies.
 */
export const withPersonalDataEncryption = (store: EventStore, options: PersonalDataEncryptionOptions): EventStore =>
  new PersonalDataStore(store, { ...options, randomBytes: options.randomBytes ?? cryptoRandomBytes });

class PersonalDataStore implements EventStore {
  constructor(
    private readonly inner: EventStore,
    private readonly options: Required<PersonalDataEncryptionOptions>,
  ) {}

  async append(streamId: string, events: ReadonlyArray<NewEvent>, expected: ExpectedRevision): Promise<E.Either<ConcurrencyConflict, AppendResult>> {
    const encrypted: NewEvent[] = [];
    for (const [index, event] of events.entries()) encrypted.push(await this.encrypt(event, `Event ${index + 1} of the append to "${streamId}"`));
    return this.inner.append(streamId, encrypted, expected);
  }

  async readStream(streamId: string, options?: ReadStreamOptions): Promise<ReadonlyArray<RecordedEvent>> {
    const events = await this.inner.readStream(streamId, options);
    const decrypted: RecordedEvent[] = [];
    for (const event of events) decrypted.push(await this.decrypt(event));
    return decrypted;
  }

  async *readAll(options?: ReadAllOptions): AsyncIterable<RecordedEvent> {
    for await (const event of this.inner.readAll(options)) yield this.holdsPersonalFields(event) ? await this.decrypt(event) : event;
  }

  subscribeToAll(options?: SubscribeOptions): Subscription {
    const inner = this.inner.subscribeToAll(options);
    const decrypt = async (event: RecordedEvent) => (this.holdsPersonalFields(event) ? this.decrypt(event) : event);
    return {
      unsubscribe: () => inner.unsubscribe(),
      [Symbol.asyncIterator]: () => {
        const iterator = inner[Symbol.asyncIterator]();
        return {
          next: async () => {
            const result = await iterator.next();
            if (result.done === true || result.value.kind !== 'event') return result;
            return { done: false, value: { kind: 'event', event: await decrypt(result.value.event) } };
          },
          return: async () => {
            await inner.unsubscribe();
            return { done: true, value: undefined };
          },
        };
      },
    };
  }

  headPosition(): Promise<bigint | undefined> {
    return this.inner.headPosition();
  }

  dispose(): Promise<void> {
    return this.inner.dispose();
  }

  private pathsToEncrypt(event: NewEvent): ReadonlyArray<PersonalFieldPath> {
    const paths = this.options.personalFields[event.type] ?? [];
    return paths.filter((path) => {
      const value = valueAt(event.data, path);
      return value !== undefined && !isErased(value) && !isEncryptedField(value);
    });
  }

  private async encrypt(event: NewEvent, where: string): Promise<NewEvent> {
    const paths = this.pathsToEncrypt(event);
    if (paths.length === 0) return event;
    const keyId = this.options.keyIdFor(event.type, event.data);
    if (keyId === undefined) throw new InvalidEventError(`${where} (type "${event.type}") holds personal data but names nobody whose key could protect it.`);
    const key = await this.activeKey(keyId, event, where);
    let data = event.data;
    for (const path of paths) {
      data = replaceAt(data, path, encryptField(valueAt(data, path), { path, eventId: event.eventId }, { keyId, key }, this.options.randomBytes(ivLength)));
    }
    return { ...event, data };
  }

  private async activeKey(keyId: string, event: NewEvent, where: string): Promise<Uint8Array> {
    const { keyStore, randomBytes } = this.options;
    const found = await keyStore.get(keyId);
    const lookup = found.status === 'missing' ? await keyStore.create(keyId, randomBytes(keyLength), event.metadata.recordedAt) : found;
    if (lookup.status === 'active') return lookup.key;
    throw new InvalidEventError(
      `${where} (type "${event.type}") holds personal data of "${keyId}", whose personal data was erased` +
        (lookup.status === 'destroyed' ? ` on ${lookup.destroyedAt}` : '') +
        '. Personal details cannot be recorded again under an erased reference; use a new reference.',
    );
  }

  /** Most events (meetings, consents, reviews) carry no personal field: they pass through without a wait. */
  private holdsPersonalFields(event: RecordedEvent): boolean {
    return event.corruption === undefined && (this.options.personalFields[event.type]?.length ?? 0) > 0;
  }

  private async decrypt(event: RecordedEvent): Promise<RecordedEvent> {
    if (event.corruption !== undefined) return event;
    let data = event.data;
    // An event's fields share one child's key: look it up once per event, never across events,
    // so a key destroyed a moment ago is never used again.
    const lookups = new Map<string, Awaited<ReturnType<KeyStore['get']>>>();
    for (const path of this.options.personalFields[event.type] ?? []) {
      const field = valueAt(data, path);
      if (!isEncryptedField(field)) continue;
      const lookup = lookups.get(field.keyId) ?? (await this.options.keyStore.get(field.keyId));
      lookups.set(field.keyId, lookup);
      if (lookup.status === 'destroyed') {
        data = replaceAt(data, path, erasedPersonalData);
        continue;
      }
      const value =
        lookup.status === 'active'
          ? decryptField(field, { path, eventId: event.eventId }, lookup.key)
          : E.left(`the key "${field.keyId}" of its personal data is missing from the key store`);
      if (E.isLeft(value)) return { ...event, data: undefined, corruption: `The event at revision ${event.revision.toString()} of "${event.streamId}" cannot be read: ${value.left}.` };
      data = replaceAt(data, path, value.right);
    }
    return data === event.data ? event : { ...event, data };
  }
}
