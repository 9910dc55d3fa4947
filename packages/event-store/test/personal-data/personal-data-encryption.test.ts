import { erasedPersonalData } from '@send-hub/core';
import {
  InMemoryEventStore,
  InMemoryKeyStore,
  InvalidEventError,
  isEncryptedField,
  readAllInPages,
  seededRandomBytes,
  verifyChain,
  withHashChain,
  withPersonalDataEncryption,
  type EventStore,
  type NewEvent,
  type ReadAllOptions,
  type RecordedEvent,
} from '@send-hub/event-store';
import { readEverything } from '../decorator-support/read-everything';

const personalFields = { Registered: [['person', 'name'], ['person', 'born']], Noted: [] };
const keyIdFor = (_type: string, data: unknown) => (data as { owner?: string }).owner;

let counter = 0;
const registered = (owner: string, name: string, born = '2014-05-01'): NewEvent => ({
  eventId: `event-${(counter += 1)}`,
  type: 'Registered',
  schemaVersion: 1,
  data: { owner, year: 'Y5', person: { name, born } },
  metadata: { recordedAt: '2025-10-01T09:00:00.000Z', actor: { id: 'tester', role: 'officer' }, correlationId: 'c', causationId: 'c' },
});

const setUp = (seed = 'seed') => {
  const raw = new InMemoryEventStore();
  const keyStore = new InMemoryKeyStore();
  const store = withPersonalDataEncryption(withHashChain(raw), { keyStore, personalFields, keyIdFor, randomBytes: seededRandomBytes(seed) });
  return { raw, keyStore, store };
};


describe('personal data encryption', () => {
  it('stores personal fields only as ciphertext, each with its own IV, and reads them back in clear', async () => {
    const { raw, store, keyStore } = setUp();
    await store.append('child-1', [registered('child-1', 'Alex Morgan')], 'no_stream');
    const [stored] = await raw.readStream('child-1');
    const person = (stored?.data as { person: { name: unknown; born: unknown } }).person;
    expect(isEncryptedField(person.name)).toBe(true);
    expect(person.name).toMatchObject({ encrypted: 'aes-256-gcm', keyId: 'child-1' });
    expect(JSON.stringify(stored?.data)).not.toMatch(/Alex|2014-05-01/);
    expect((person.name as { iv: string }).iv).not.toBe((person.born as { iv: string }).iv);
    expect((stored?.data as { year: string }).year).toBe('Y5');
    const [read] = await store.readStream('child-1');
    expect(read?.data).toEqual({ owner: 'child-1', year: 'Y5', person: { name: 'Alex Morgan', born: '2014-05-01' } });
    expect((await readEverything(store))[0]?.data).toEqual(read?.data);
    expect(await keyStore.list()).toEqual([{ keyId: 'child-1', status: 'active', createdAt: '2025-10-01T09:00:00.000Z' }]);
  });

  it('does not give away the length of a name', async () => {
    const { raw, store } = setUp();
    await store.append('a', [registered('child-1', 'Al'), registered('child-1', 'Alexandra Morgan-Smith')], 'no_stream');
    const lengths = (await raw.readStream('a')).map((event) => ((event.data as { person: { name: { ciphertext: string } } }).person.name.ciphertext.length));
    expect(lengths[0]).toBe(lengths[1]);
  });

  it('is reproducible with a seeded random source', async () => {
    const first = setUp('same');
    const second = setUp('same');
    const event = registered('child-1', 'Sam');
    await first.store.append('s', [event], 'any');
    await second.store.append('s', [event], 'any');
    expect((await first.raw.readStream('s'))[0]?.data).toEqual((await second.raw.readStream('s'))[0]?.data);
  });

  it('after the key is destroyed, reads the fields as erased, everywhere, while the hash chain still verifies', async () => {
    const { raw, store, keyStore } = setUp();
    await store.append('child-1', [registered('child-1', 'Alex')], 'no_stream');
    await store.append('child-2', [registered('child-2', 'Sam')], 'no_stream');
    const subscription = store.subscribeToAll();
    expect(await keyStore.destroy('child-1', '2026-01-01T00:00:00.000Z')).toBe('destroyed');
    expect(await keyStore.destroy('child-1', '2026-01-02T00:00:00.000Z')).toBe('already-destroyed');
    const [forgotten] = await store.readStream('child-1');
    expect(forgotten?.data).toEqual({ owner: 'child-1', year: 'Y5', person: { name: erasedPersonalData, born: erasedPersonalData } });
    const delivered = [];
    for await (const message of subscription) {
      if (message.kind === 'caughtUp') break;
      delivered.push(message.event.data);
    }
    await subscription.unsubscribe();
    expect(delivered).toEqual([forgotten?.data, { owner: 'child-2', year: 'Y5', person: { name: 'Sam', born: '2014-05-01' } }]);
    expect(verifyChain(await readEverything(raw)).problems).toEqual([]);
  });

  it('refuses personal data for an erased reference, or for nobody, naming the event', async () => {
    const { store, keyStore } = setUp();
    await store.append('child-1', [registered('child-1', 'Alex')], 'no_stream');
    await keyStore.destroy('child-1', '2026-01-01T00:00:00.000Z');
    await expect(store.append('child-1', [registered('child-1', 'Alex again')], 'any')).rejects.toThrow(
      new InvalidEventError('Event 1 of the append to "child-1" (type "Registered") holds personal data of "child-1", whose personal data was erased on 1 January 2026 at 00:00 UTC. Personal details cannot be recorded again under an erased reference; use a new reference.'),
    );
    const { owner: _owner, ...anonymous } = registered('x', 'Nobody').data as { owner: string };
    await expect(store.append('y', [{ ...registered('x', 'Nobody'), data: anonymous }], 'any')).rejects.toThrow('holds personal data but names nobody whose key could protect it');
  });

  it('leaves events without personal data, and fields already erased, as they are', async () => {
    const { raw, store } = setUp();
    const note: NewEvent = { ...registered('child-1', 'x'), type: 'Noted', data: { text: 'no personal data' } };
    const erased: NewEvent = { ...registered('child-1', 'x'), data: { owner: 'child-1', person: { name: erasedPersonalData } } };
    await store.append('n', [note, erased], 'any');
    expect((await raw.readStream('n')).map((event) => event.data)).toEqual([note.data, erased.data]);
  });

  it('marks an event unreadable when its ciphertext was moved or changed, or its key is missing', async () => {
    const { raw, store, keyStore } = setUp();
    await store.append('a', [registered('child-1', 'Alex'), registered('child-1', 'Sam')], 'no_stream');
    const [first, second] = await raw.readStream('a');
    const personOf = (event: RecordedEvent | undefined) => (event?.data as { person: { name: unknown; born: unknown } }).person;
    const moved = { ...second!, data: { ...(second!.data as object), person: { ...personOf(second), name: personOf(first).name } } };
    const swappedFields = { ...first!, data: { ...(first!.data as object), person: { name: personOf(first).born, born: personOf(first).name } } };
    const otherKeys = new InMemoryKeyStore();
    const reader = withPersonalDataEncryption(listStore([moved, swappedFields]), { keyStore, personalFields, keyIdFor });
    const results = await reader.readStream('a');
    expect(results.map((event) => event.corruption)).toEqual([
      'The event at revision 1 of "a" cannot be read: the personal field person.name does not decrypt: it was changed, moved from another event, or encrypted with another key.',
      'The event at revision 0 of "a" cannot be read: the personal field person.name does not decrypt: it was changed, moved from another event, or encrypted with another key.',
    ]);
    const withoutKeys = withPersonalDataEncryption(raw, { keyStore: otherKeys, personalFields, keyIdFor });
    expect((await withoutKeys.readStream('a'))[0]?.corruption).toContain('the key "child-1" of its personal data is missing from the key store');
    expect(results.every((event) => event.data === undefined)).toBe(true);
    await store.dispose();
  });

  it('looks keys up once a page, after reading it: a key destroyed between pages is not used for the pages after', async () => {
    const { raw, keyStore } = setUp();
    const { lookups, countingKeys } = countingLookups(keyStore);
    const store = withPersonalDataEncryption(withHashChain(pagesOfTwo(raw)), { keyStore: countingKeys, personalFields, keyIdFor, randomBytes: seededRandomBytes('pages') });
    const note: NewEvent = { ...registered('child-1', 'x'), type: 'Noted', data: { text: 'no personal data' } };
    await store.append('a', [registered('child-1', 'Alex'), registered('child-2', 'Sam'), note, { ...note, eventId: 'note-2' }, registered('child-1', 'Alex')], 'no_stream');
    const names: unknown[] = [];
    for await (const page of readAllInPages(store)) {
      names.push(...page.map((event) => (event.data as { person?: { name: unknown } }).person?.name));
      await keyStore.destroy('child-1', '2026-01-01T00:00:00.000Z');
    }
    expect(names).toEqual(['Alex', 'Sam', undefined, undefined, erasedPersonalData]);
    // One lookup for the first page (both children once), none for the page of notes, one for the last.
    expect(lookups).toEqual([['child-1', 'child-2'], ['child-1']]);
  });

  it('gives in clear only the fields asked for, the others withheld as erased, looking up only the keys it needs', async () => {
    const { raw, keyStore, store } = setUp();
    const { lookups, countingKeys } = countingLookups(keyStore);
    const nameOnly = withPersonalDataEncryption(withHashChain(raw), { keyStore: countingKeys, personalFields, keyIdFor, inClear: { Registered: [['person', 'name']] } });
    const nameless: NewEvent = { ...registered('child-2', 'x'), data: { owner: 'child-2', person: { name: erasedPersonalData, born: '2015-01-01' } } };
    await store.append('a', [registered('child-1', 'Alex'), nameless], 'no_stream');
    expect((await readEverything(nameOnly)).map((event) => event.data)).toEqual([
      { owner: 'child-1', year: 'Y5', person: { name: 'Alex', born: erasedPersonalData } },
      { owner: 'child-2', person: { name: erasedPersonalData, born: erasedPersonalData } },
    ]);
    expect((await nameOnly.readStream('a'))[1]?.data).toEqual({ owner: 'child-2', person: { name: erasedPersonalData, born: erasedPersonalData } });
    expect(lookups).toEqual([['child-1'], ['child-1']]);
    expect((await readEverything(store))[0]?.data).toEqual({ owner: 'child-1', year: 'Y5', person: { name: 'Alex', born: '2014-05-01' } });
  });
});

/** The key store, with a record of the ids each `getMany` asked for. */
const countingLookups = (keyStore: InMemoryKeyStore) => {
  const lookups: string[][] = [];
  const countingKeys = Object.assign(Object.create(keyStore) as InMemoryKeyStore, {
    getMany: (keyIds: ReadonlyArray<string>) => {
      lookups.push([...keyIds]);
      return keyStore.getMany(keyIds);
    },
  });
  return { lookups, countingKeys };
};

/** The store's events in pages of two, as a store with pages of its own gives them. */
const pagesOfTwo = (inner: EventStore): EventStore =>
  Object.assign(Object.create(inner) as EventStore, {
    readAllPages: async function* (options?: ReadAllOptions) {
      const events = await readEverything(inner, options);
      for (let start = 0; start < events.length; start += 2) yield events.slice(start, start + 2);
    },
  });

/** A read-only store over fixed events, to read tampered data through the decorator. */
const listStore = (events: ReadonlyArray<RecordedEvent>): EventStore => Object.assign(new InMemoryEventStore(), { readStream: async () => events });
