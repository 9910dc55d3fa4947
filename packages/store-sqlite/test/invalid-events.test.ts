import { InvalidEventError, type NewEvent } from '@send-hub/event-store';
import { openSqliteEventStore, type SqliteEventStore } from '../src';
import { metadata, newEvent } from './support/events';

let store: SqliteEventStore;
beforeEach(() => {
  store = openSqliteEventStore({ file: ':memory:' });
});
afterEach(() => store.dispose());

const cyclic: Record<string, unknown> = { name: 'loop' };
cyclic.self = cyclic;

describe('data that JSON cannot hold faithfully', () => {
  it.each([
    ['a bigint', { revision: 3n }, 'data.revision is a bigint (3n)'],
    ['a cycle', cyclic, 'data.self refers back to itself'],
    ['a Map', { lookup: new Map([['a', 1]]) }, 'data.lookup is a Map, not a plain object'],
    ['a Date', { when: new Date(0) }, 'data.when is a Date, not a plain object'],
    ['NaN', { scores: [1, Number.NaN] }, 'data.scores[1] is NaN'],
    ['a function', { act: () => 1 }, 'data.act is a function'],
    ['undefined in an array', { list: [undefined] }, 'data.list[0] is undefined'],
    ['undefined data', undefined, 'data is undefined'],
    ['an odd key', { 'two words': 10n }, 'data["two words"] is a bigint'],
  ])('refuses %s, naming where it is, and writes nothing of the batch', async (_, data, message) => {
    const batch = [newEvent({ fine: true }), { ...newEvent(), data }, newEvent({ fine: true })];
    const attempt = store.append('case-a', batch, 'any');
    await expect(attempt).rejects.toThrow(InvalidEventError);
    await expect(attempt).rejects.toThrow(`Event 2 of the append to "case-a" (type "ReferralReceived") cannot be stored: ${message}`);
    expect(await store.headPosition()).toBeUndefined();
  });

  it('keeps plain JSON, leaving out properties that are undefined', async () => {
    await store.append('case-a', [newEvent({ a: null, b: undefined, c: [1, 'x', { d: false }] })], 'any');
    const [stored] = await store.readStream('case-a');
    expect(stored?.data).toEqual({ a: null, c: [1, 'x', { d: false }] });
  });
});

describe('events and arguments that are not what the port promises', () => {
  it.each<[string, unknown, string]>([
    ['no event id', { ...newEvent(), eventId: '' }, 'has no event id'],
    ['no type', { ...newEvent(), type: 42 }, 'has no type'],
    ['a fractional schema version', { ...newEvent(), schemaVersion: 1.5 }, 'has schema version 1.5'],
    ['metadata without an actor', { ...newEvent(), metadata: { ...metadata, actor: undefined } }, 'has incomplete metadata'],
    ['metadata holding a bigint', { ...newEvent(), metadata: { ...metadata, extra: 1n } }, 'metadata.extra is a bigint'],
    ['no event at all', null, 'is not an event object'],
  ])('refuses an event with %s', async (_, event, message) => {
    await expect(store.append('case-a', [event as NewEvent], 'any')).rejects.toThrow(message);
    expect(await store.headPosition()).toBeUndefined();
  });

  it('refuses an empty stream id, a missing list and an impossible expected revision', async () => {
    await expect(store.append('', [newEvent()], 'any')).rejects.toThrow('A stream id must be non-empty text, but was "".');
    await expect(store.append('case-a', undefined as unknown as NewEvent[], 'any')).rejects.toThrow('must be given a list of events');
    await expect(store.append('case-a', [newEvent()], -1n)).rejects.toThrow('but was -1n');
    await expect(store.append('case-a', [newEvent()], 'latest' as 'any')).rejects.toThrow('but was "latest"');
  });
});
