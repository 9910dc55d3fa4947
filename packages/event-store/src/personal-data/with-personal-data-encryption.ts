import { formatInstant, isErased, type PersonalFieldPath } from '@send-hub/core';
import { either as E } from 'fp-ts';
import { InvalidEventError, type ConcurrencyConflict } from '../port/errors';
import type { AppendResult, EventStore, ReadAllOptions, ReadStreamOptions, SubscribeOptions, Subscription } from '../port/event-store';
import type { ExpectedRevision } from '../port/expected-revision';
import type { NewEvent, RecordedEvent } from '../port/recorded-event';
import { eventsOfPages, readAllInPages } from '../port/read-all-in-pages';
import { decryptEvent, keyIdsOf, readingPlan, type ReadingPlan } from './decrypt-event';
import { ErasedKeyError } from './erased-key-error';
import { encryptField, isEncryptedField, ivLength } from './field-encryption';
import { replaceAll, valueAt } from './field-paths';
import { keyOf } from './key-of';
import type { KeyLookup, KeyStore } from './key-store';
import { cryptoRandomBytes, type RandomBytes } from './random-bytes';

export interface PersonalDataEncryptionOptions {
  readonly keyStore: KeyStore;
  /** The personal field paths of each event type (for example from core's `personalFieldsByType`). */
  readonly personalFields: Readonly<Record<string, ReadonlyArray<PersonalFieldPath>>>;
  /** Whose key protects an event's personal fields (for the hub: the child reference); undefined when the event has none. */
  readonly keyIdFor: (type: string, data: unknown) => string | undefined;
  /** Default: node:crypto. Inject a seeded source for reproducible tests and simulations. */
  readonly randomBytes?: RandomBytes;
  /**
   * The personal fields that reads give in clear; default: all of them. Reads give any other
   * personal field as withheld: `{ erased: true }`, as if its key were destroyed, with no key
   * looked up and nothing decrypted. For readers that never look at those fields (the read
   * models): what they are never given, they cannot keep or show, and it costs nothing to read.
   */
  readonly inClear?: Readonly<Record<string, ReadonlyArray<PersonalFieldPath>>>;
}

/**
 * Encrypts personal fields on append (AES-256-GCM, a fresh 96-bit IV per field, the
 * field path and event id as additional data, one key per child kept in the key
 * store) and decrypts them on every read. Once a key is destroyed, its fields read
 * back as `{ erased: true }` everywhere: the log is never rewritten, so its hash chain
 * (applied beneath this layer, over ciphertext) still verifies.
 */
export const withPersonalDataEncryption = (store: EventStore, options: PersonalDataEncryptionOptions): EventStore =>
  new PersonalDataStore(store, { ...options, randomBytes: options.randomBytes ?? cryptoRandomBytes }, readingPlan(options.personalFields, options.inClear));

class PersonalDataStore implements EventStore {
  /** The event types with a field this reader gets in clear: only those need keys looked up. */
  private readonly typesReadInClear: ReadonlySet<string>;

  constructor(
    private readonly inner: EventStore,
    private readonly options: Omit<Required<PersonalDataEncryptionOptions>, 'inClear'>,
    private readonly plan: ReadingPlan,
  ) {
    this.typesReadInClear = new Set(Object.entries(plan).flatMap(([type, readings]) => (readings.some(({ inClear }) => inClear) ? [type] : [])));
  }

  async append(streamId: string, events: ReadonlyArray<NewEvent>, expected: ExpectedRevision): Promise<E.Either<ConcurrencyConflict, AppendResult>> {
    const encrypted: NewEvent[] = [];
    for (let index = 0; index < events.length; index += 1) encrypted.push(await this.encrypt(events[index] as NewEvent, streamId, index));
    return this.inner.append(streamId, encrypted, expected);
  }

  async readStream(streamId: string, options?: ReadStreamOptions): Promise<ReadonlyArray<RecordedEvent>> {
    return this.decryptPage(await this.inner.readStream(streamId, options));
  }

  readAll(options?: ReadAllOptions): AsyncIterable<RecordedEvent> {
    const pages = this.readAllPages(options);
    return { [Symbol.asyncIterator]: () => eventsOfPages(pages) };
  }

  readAllPages(options?: ReadAllOptions): AsyncIterable<ReadonlyArray<RecordedEvent>> {
    const pages = readAllInPages(this.inner, options);
    return { [Symbol.asyncIterator]: () => decryptedPages(pages, (page) => this.decryptPage(page)) };
  }

  subscribeToAll(options?: SubscribeOptions): Subscription {
    const inner = this.inner.subscribeToAll(options);
    // Most events need no key (no personal field, or every one withheld): those are given at once, with no wait for the key store.
    const decrypt = (event: RecordedEvent): RecordedEvent | Promise<RecordedEvent> => {
      const readings = this.plan[event.type];
      if (readings === undefined) return event;
      // A reader that withholds every field of this type (the read models) needs no key, and no list of them.
      const keyIds = this.typesReadInClear.has(event.type) ? keyIdsOf([event], this.plan) : [];
      if (keyIds.length === 0) return decryptEvent(event, readings, noKeys);
      return this.options.keyStore.getMany(keyIds).then((keys) => decryptEvent(event, readings, keys));
    };
    return {
      unsubscribe: () => inner.unsubscribe(),
      [Symbol.asyncIterator]: () => {
        const iterator = inner[Symbol.asyncIterator]();
        return {
          next: async () => {
            const result = await iterator.next();
            if (result.done === true || result.value.kind !== 'event') return result;
            const decrypted = decrypt(result.value.event);
            // Awaited only when a key had to be looked up: an await of a plain value still costs a turn and a promise.
            return { done: false, value: { kind: 'event', event: decrypted instanceof Promise ? await decrypted : decrypted } };
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
    const paths = this.options.personalFields[event.type];
    if (paths === undefined || paths.length === 0) return [];
    return paths.filter((path) => {
      const value = valueAt(event.data, path);
      return value !== undefined && !isErased(value) && !isEncryptedField(value);
    });
  }

  private async encrypt(event: NewEvent, streamId: string, index: number): Promise<NewEvent> {
    const paths = this.pathsToEncrypt(event);
    if (paths.length === 0) return event;
    const where = `Event ${index + 1} of the append to "${streamId}"`;
    const keyId = this.options.keyIdFor(event.type, event.data);
    if (keyId === undefined) throw new InvalidEventError(`${where} (type "${event.type}") holds personal data but names nobody whose key could protect it.`);
    const key = await this.activeKey(keyId, event, where);
    const encrypted = paths.map((path) => [path, encryptField(valueAt(event.data, path), { path, eventId: event.eventId }, { keyId, key }, this.options.randomBytes(ivLength))] as const);
    return { ...event, data: replaceAll(event.data, encrypted) };
  }

  private async activeKey(keyId: string, event: NewEvent, where: string): Promise<Uint8Array> {
    const lookup = await keyOf(this.options.keyStore, this.options.randomBytes, keyId, event.metadata.recordedAt);
    if (lookup.status === 'active') return lookup.key;
    throw new ErasedKeyError(
      `${where} (type "${event.type}") holds personal data of "${keyId}", whose personal data was erased` +
        (lookup.status === 'destroyed' && lookup.destroyedAt !== '' ? ` on ${formatInstant(lookup.destroyedAt)}` : '') +
        '. Personal details cannot be recorded again under an erased reference; use a new reference.',
      keyId,
      lookup.status === 'destroyed' && lookup.destroyedAt !== '' ? lookup.destroyedAt : undefined,
    );
  }

  /**
   * Keys are looked up once for the whole page, after the page was read, and used for
   * that page alone, decrypting with no wait between: a key destroyed before the page
   * was read is never used (see docs/decisions/0003-personal-data-keys-per-page.md).
   * A page that needs no key (meetings, consents, reviews, withheld fields) asks the key store nothing.
   */
  private async decryptPage(events: ReadonlyArray<RecordedEvent>): Promise<ReadonlyArray<RecordedEvent>> {
    // A command's load usually finds nothing new past its cached state.
    if (events.length === 0) return events;
    const { plan } = this;
    const keyIds = keyIdsOf(events, plan);
    const keys = keyIds.length === 0 ? noKeys : await this.options.keyStore.getMany(keyIds);
    return events.map((event) => decryptEvent(event, plan[event.type] ?? [], keys));
  }
}

/** The keys of a page that needs none. */
const noKeys: ReadonlyMap<string, KeyLookup> = new Map();

async function* decryptedPages(
  pages: AsyncIterable<ReadonlyArray<RecordedEvent>>,
  decrypt: (page: ReadonlyArray<RecordedEvent>) => Promise<ReadonlyArray<RecordedEvent>>,
): AsyncGenerator<ReadonlyArray<RecordedEvent>, void, undefined> {
  for await (const page of pages) yield await decrypt(page);
}
