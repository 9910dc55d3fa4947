import { either as E } from 'fp-ts';
import { InMemoryEventStore, InvalidEventError, type NewEvent, type RecordedEvent } from '../src';

const metadata = { recordedAt: '2025-09-01T09:00:00.000Z', actor: { id: 'officer-1', role: 'coordinator' }, correlationId: 'c-1', causationId: 'c-1' };
let eventCount = 0;
const newEvent = (data: unknown = { note: 'noted' }, type = 'Noted'): NewEvent => {
  eventCount += 1;
  return { eventId: `event-${eventCount}`, type, schemaVersion: 1, data, metadata };
};

const collect = async <A>(iterable: AsyncIterable<A>): Promise<A[]> => {
  const items: A[] = [];
  for await (const item of iterable) items.push(item);
  return items;
};

let store: InMemoryEventStore;
beforeEach(() => {
  store = new InMemoryEventStore();
});
afterEach(() => store.dispose());

describe('positions', () => {
  it('start at 1n and have no gaps, across streams', async () => {
    await store.append('a', [newEvent(), newEvent()], 'no_stream');
    await store.append('b', [newEvent()], 'no_stream');
    await store.append('a', [newEvent()], 1n);
    expect((await collect(store.readAll())).map((event) => event.position)).toEqual([1n, 2n, 3n, 4n]);
    expect(await store.headPosition()).toBe(4n);
  });

  it('counts revisions on, with no gap, past the revisions kept made in advance', async () => {
    let expected: bigint | 'no_stream' = 'no_stream';
    for (let batch = 0; batch < 11; batch += 1) {
      const appended = await store.append('long', Array.from({ length: 100 }, () => newEvent()), expected);
      if (E.isLeft(appended)) throw new Error('An append to the stream it was decided on conflicted.');
      expect(appended.right.nextExpectedRevision).toBe(BigInt(batch * 100 + 99));
      expected = appended.right.nextExpectedRevision;
    }
    const stored = await store.readStream('long');
    expect(stored.map((event) => event.revision)).toEqual(Array.from({ length: 1_100 }, (_, revision) => BigInt(revision)));
    expect(stored.every((event) => event.streamId === 'long')).toBe(true);
  });

  it('names each record by the stream it was appended to, however the caller built the id', async () => {
    const caseId = 'c4b1f1b0-5d1e-4c1e-9f1e-0d1e2f3a4b5c';
    await store.append(`case-${caseId}`, [newEvent()], 'no_stream');
    await store.append(['case', caseId].join('-'), [newEvent()], 0n);
    expect((await store.readStream(`case-${caseId}`)).map((event) => [event.streamId, event.revision])).toEqual([
      [`case-${caseId}`, 0n],
      [`case-${caseId}`, 1n],
    ]);
  });
});

describe('what the store keeps', () => {
  it('is a copy: changing the appended object afterwards changes nothing stored', async () => {
    const data = { items: [{ name: 'first' }], count: 1 };
    const event = newEvent(data);
    await store.append('a', [event], 'any');
    data.items[0]!.name = 'changed';
    data.items.push({ name: 'added' });
    (event.metadata.actor as { id: string }).id = 'someone else';
    const [stored] = await store.readStream('a');
    expect(stored?.data).toEqual({ items: [{ name: 'first' }], count: 1 });
    expect(stored?.metadata.actor.id).toBe('officer-1');
  });

  it('is frozen, so no reader can change history either', async () => {
    await store.append('a', [newEvent({ items: [{ name: 'first' }] })], 'any');
    const [stored] = await store.readStream('a');
    const event = stored as RecordedEvent & { data: { items: Array<{ name: string }> } };
    expect(() => (event.data.items[0]!.name = 'changed')).toThrow(TypeError);
    expect(() => event.data.items.push({ name: 'added' })).toThrow(TypeError);
    expect(() => ((event as { revision: bigint }).revision = 9n)).toThrow(TypeError);
    expect(Object.isFrozen(event.metadata.actor)).toBe(true);
  });

  it('is plain JSON: properties holding undefined are left out, a "__proto__" key stays data', async () => {
    const data = JSON.parse('{"__proto__": {"polluted": true}, "kept": 1}') as Record<string, unknown>;
    await store.append('a', [newEvent({ ...data, dropped: undefined })], 'any');
    const [stored] = await store.readStream('a');
    expect(Object.keys(stored?.data as object)).toEqual(['__proto__', 'kept']);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });
});

describe('events the store refuses', () => {
  it.each<[string, unknown, string]>([
    ['a Date', { items: [{}, { when: new Date(0) }] }, 'data.items[1].when is a Date, which JSON would turn into something else'],
    ['a Map', { lookup: new Map() }, 'data.lookup is a Map, which JSON would turn into something else'],
    ['NaN', { score: Number.NaN }, 'data.score is NaN, which JSON cannot hold'],
    ['a bigint under an odd key', { 'two words': 2n }, 'data["two words"] is a bigint (2n), which JSON cannot hold; write it as text'],
    ['undefined in a list', [undefined], 'data[0] is undefined, which JSON cannot hold'],
    ['a symbol', { mark: Symbol('x') }, 'data.mark is a symbol, which JSON cannot hold'],
  ])('refuses %s, naming the event, its type and where, writing nothing', async (_, data, problem) => {
    const attempt = store.append('case-a', [newEvent(), newEvent(data, 'Referred')], 'any');
    await expect(attempt).rejects.toThrow(InvalidEventError);
    await expect(attempt).rejects.toThrow(`Event 2 of the append to "case-a" (type "Referred") cannot be stored: ${problem}. Event data must be plain JSON.`);
    expect(await store.headPosition()).toBeUndefined();
  });

  it.each<[string, unknown, string]>([
    ['no event id', { ...newEvent(), eventId: '' }, 'has no event id'],
    ['no type', { ...newEvent(), type: undefined }, 'has no type'],
    ['a fractional schema version', { ...newEvent(), schemaVersion: 2.5 }, '(type "Noted") has schema version 2.5; it must be a whole number'],
    ['metadata without an actor', { ...newEvent(), metadata: { ...metadata, actor: undefined } }, 'has incomplete metadata'],
    ['metadata holding a bigint', { ...newEvent(), metadata: { ...metadata, extra: 1n } }, 'metadata.extra is a bigint'],
    ['no event at all', null, 'Event 1 of the append to "a" is not an event object'],
  ])('refuses an event with %s', async (_, event, message) => {
    await expect(store.append('a', [event as NewEvent], 'any')).rejects.toThrow(message);
    expect(await store.headPosition()).toBeUndefined();
  });

  it('refuses arguments that are not what the port promises', async () => {
    await expect(store.append('', [newEvent()], 'any')).rejects.toThrow('A stream id must be non-empty text, but was "".');
    await expect(store.append('a', undefined as unknown as NewEvent[], 'any')).rejects.toThrow('The append to "a" must be given a list of events.');
    await expect(store.append('a', [newEvent()], -1n)).rejects.toThrow('but was -1n');
    await expect(store.append('a', [newEvent()], 'latest' as 'any')).rejects.toThrow('but was "latest"');
    await expect(store.readStream('a', { fromRevision: 1 as unknown as bigint })).rejects.toThrow('"fromRevision" must be a bigint of at least 0n, but was 1.');
    await expect(store.readStream('a', { maxCount: 1.5 })).rejects.toThrow('"maxCount" must be a whole number of at least 0, but was 1.5.');
    expect(() => store.readAll({ after: -1n })).toThrow('"after" must be a bigint of at least 0n, but was -1n.');
    expect(() => store.subscribeToAll({ streamPrefix: 3 as unknown as string })).toThrow('"streamPrefix" must be text, but was 3.');
  });

  it('refuses an empty append to a missing stream, and answers one to an existing stream with its head', async () => {
    await expect(store.append('a', [], 'any')).rejects.toThrow('has no events and the stream does not exist');
    await store.append('a', [newEvent(), newEvent()], 'no_stream');
    expect(await store.append('a', [], 1n)).toEqual(E.right({ nextExpectedRevision: 1n, position: 2n }));
    expect(await store.append('a', [], 0n)).toMatchObject(E.left({ actual: 1n }));
  });
});

describe('reading and subscribing', () => {
  it('reads all as stored when the read began; later appends belong to a later read', async () => {
    await store.append('a', [newEvent(), newEvent()], 'any');
    const iterator = store.readAll()[Symbol.asyncIterator]();
    expect((await iterator.next()).value?.position).toBe(1n);
    await store.append('a', [newEvent()], 'any');
    expect((await iterator.next()).value?.position).toBe(2n);
    expect((await iterator.next()).done).toBe(true);
  });

  it('reads pages as stored when the read began, however many events are appended during it', async () => {
    for (let batch = 0; batch < 3; batch += 1) await store.append(`s-${batch}`, Array.from({ length: 200 }, () => newEvent()), 'no_stream');
    const iterator = store.readAllPages()[Symbol.asyncIterator]();
    const first = await iterator.next();
    await store.append('later', Array.from({ length: 300 }, () => newEvent()), 'no_stream');
    const rest: RecordedEvent[] = [];
    for (let next = await iterator.next(); next.done !== true; next = await iterator.next()) rest.push(...next.value);
    expect([...(first.value as RecordedEvent[]), ...rest].map((event) => event.position)).toEqual(Array.from({ length: 600 }, (_, index) => BigInt(index + 1)));
  });

  it('reads pages of no more than a page size, never empty, past a prefix and a count that cross page ends', async () => {
    for (let index = 0; index < 700; index += 1) await store.append(index % 3 === 0 ? 'kept-1' : 'other-1', [newEvent({ index })], 'any');
    const pages = await collect(store.readAllPages({ after: 5n, streamPrefix: 'kept', maxCount: 120 }));
    expect(pages.every((page) => page.length > 0 && page.length <= 250)).toBe(true);
    const indices = pages.flat().map((event) => (event.data as { index: number }).index);
    expect(indices).toEqual(Array.from({ length: 120 }, (_, place) => 6 + place * 3));
    expect(pages.flat()).toEqual(await collect(store.readAll({ after: 5n, streamPrefix: 'kept', maxCount: 120 })));
    expect((await collect(store.readAllPages({ maxCount: 260 }))).map((page) => page.length)).toEqual([250, 10]);
  });

  it('gives each of several waiting next() calls its own message, in order', async () => {
    const subscription = store.subscribeToAll();
    const iterator = subscription[Symbol.asyncIterator]();
    const waiting = [iterator.next(), iterator.next(), iterator.next()];
    await store.append('a', [newEvent(), newEvent()], 'any');
    const messages = (await Promise.all(waiting)).map((result) => (result.done === true ? 'done' : result.value.kind === 'event' ? result.value.event.position : result.value.kind));
    expect(messages).toEqual(['caughtUp', 1n, 2n]);
    await subscription.unsubscribe();
  });

  it('ends the subscription when a for-await loop stops early', async () => {
    await store.append('a', [newEvent(), newEvent()], 'any');
    const subscription = store.subscribeToAll();
    for await (const message of subscription) if (message.kind === 'event') break;
    expect(await subscription[Symbol.asyncIterator]().next()).toEqual({ done: true, value: undefined });
  });
});
