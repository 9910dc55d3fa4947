import { InvalidEventError, StoreUnavailableError } from '@send-hub/event-store';
import type { StoredRecord } from '../src/client/gateway';
import { decodeStoredRecord } from '../src/mapping/decode-stored-record';
import { encodeNewEvent, requireWritableStreamId } from '../src/mapping/encode-new-event';
import { storedEventIdFor } from '../src/mapping/event-id';
import { globalPositionOf, logPositionAt } from '../src/mapping/global-position';
import { newEvent } from './support/new-event';

/** What the client hands back for a record written from `encodeNewEvent`'s output. */
const asStored = (written: ReturnType<typeof encodeNewEvent>, overrides: Partial<StoredRecord> = {}): StoredRecord => ({
  streamId: 'case-1',
  id: written.id,
  type: written.type,
  revision: 3n,
  position: { commit: 4_242n, prepare: 4_242n },
  isJson: true,
  data: JSON.parse(JSON.stringify(written.data)) as unknown,
  metadata: JSON.parse(JSON.stringify(written.metadata)) as unknown,
  ...overrides,
});

describe('writing an event for EventStoreDB', () => {
  it('keeps the envelope in the metadata with the schema version and EventStoreDB correlation fields', () => {
    const event = newEvent(1, { metadata: { ...newEvent(1).metadata, hash: { previous: 'aa', current: 'bb' } } });
    const written = encodeNewEvent('case-1', event, 0);
    expect(written).toEqual({
      id: event.eventId,
      type: 'CaseReferred',
      data: event.data,
      metadata: {
        ...event.metadata,
        schemaVersion: 2,
        $correlationId: 'correlation-1',
        $causationId: 'command-1',
      },
    });
  });

  it('gives ids that are not lowercase UUIDs a stable name-based UUID and keeps the original in the metadata', () => {
    const first = encodeNewEvent('case-1', newEvent(1, { eventId: 'event-1' }), 0);
    const again = encodeNewEvent('case-1', newEvent(1, { eventId: 'event-1' }), 0);
    const upper = encodeNewEvent('case-1', newEvent(1, { eventId: 'A0C6A7E1-1D2F-4A3B-9C4D-000000000001' }), 0);
    expect(first.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(again.id).toBe(first.id);
    expect(first.id).not.toBe(storedEventIdFor('event-2'));
    expect(first.metadata['eventId']).toBe('event-1');
    expect(upper.metadata['eventId']).toBe('A0C6A7E1-1D2F-4A3B-9C4D-000000000001');
    expect(encodeNewEvent('case-1', newEvent(1), 0).metadata).not.toHaveProperty('eventId');
  });

  it.each([
    ['a bigint in the data', newEvent(1, { data: { count: 3n } }), 'in its data, .count is a bigint'],
    ['a date in the data', newEvent(1, { data: { on: new Date(0) } }), 'in its data, .on is a Date'],
    ['data that is not a number', newEvent(1, { data: [1, Number.NaN] }), 'in its data, [1] is NaN'],
    ['no data at all', newEvent(1, { data: undefined }), 'the value itself is undefined'],
    ['a type EventStoreDB keeps for itself', newEvent(1, { type: '$metadata' }), 'starting with "$"'],
    ['a schema version that is not whole', newEvent(1, { schemaVersion: 1.5 }), 'schema version 1.5'],
    ['an empty event id', newEvent(1, { eventId: '' }), 'has no event id'],
    ['metadata without an actor', newEvent(1, { metadata: { recordedAt: 'x', correlationId: 'c', causationId: 'c' } as never }), 'incomplete metadata'],
    ['a metadata field the store uses', newEvent(1, { metadata: { ...newEvent(1).metadata, schemaVersion: 9 } as never }), 'the metadata field "schemaVersion"'],
  ])('refuses an event with %s, naming the event', (_, event, expected) => {
    expect(() => encodeNewEvent('case-1', event, 2)).toThrow(InvalidEventError);
    expect(() => encodeNewEvent('case-1', event, 2)).toThrow('Event 3 of the append to "case-1"');
    expect(() => encodeNewEvent('case-1', event, 2)).toThrow(expected);
  });

  it('refuses stream ids that are empty or belong to EventStoreDB', () => {
    expect(() => requireWritableStreamId('')).toThrow('A stream id must be non-empty text');
    expect(() => requireWritableStreamId('$all')).toThrow('keeps for its system streams');
    expect(requireWritableStreamId('case-1')).toBe('case-1');
  });
});

describe('reading an event back from EventStoreDB', () => {
  it('round-trips data, metadata, id, type, schema version, revision and position', () => {
    const event = newEvent(4, { eventId: 'event-4' });
    const recorded = decodeStoredRecord(asStored(encodeNewEvent('case-1', event, 0)), 4_242n);
    expect(recorded).toEqual({ ...event, streamId: 'case-1', revision: 3n, position: 4_242n });
    expect(recorded.corruption).toBeUndefined();
  });

  it('round-trips data that is a JSON string, null or a number', () => {
    for (const data of ['{"looks": "like json"', null, 7, 'plain words']) {
      const recorded = decodeStoredRecord(asStored(encodeNewEvent('case-1', newEvent(1, { data }), 0)), 1n);
      expect(recorded.data).toEqual(data);
      expect(recorded.corruption).toBeUndefined();
    }
  });

  const metadataOf = (event = newEvent(1)) => asStored(encodeNewEvent('case-1', event, 0)).metadata;

  it.each([
    ['data that is not valid JSON (the client hands back the raw text)', { data: '{"child": "child-1"' }, 'its data is not valid JSON'],
    ['data stored as bytes', { isJson: false, data: new Uint8Array([1, 2]) }, 'its data is stored as bytes, not JSON'],
    ['metadata that is not valid JSON', { metadata: new Uint8Array([123]) }, 'its metadata is not valid JSON'],
    ['no metadata', { metadata: undefined }, 'it has no metadata'],
    ['metadata without a schema version', { metadata: { ...(metadataOf() as object), schemaVersion: undefined } }, 'its metadata has no schema version (a whole number)'],
    ['metadata without the envelope', { metadata: { schemaVersion: 1 } }, 'its metadata lacks recordedAt, actor (id and role), correlationId or causationId'],
  ])('marks an event with %s as corrupt instead of failing', (_, overrides, problem) => {
    const recorded = decodeStoredRecord({ ...asStored(encodeNewEvent('case-1', newEvent(1), 0)), ...overrides }, 77n);
    expect(recorded.data).toBeUndefined();
    expect(recorded.corruption).toBe(`Event 3 of "case-1" (position 77, type "CaseReferred") cannot be read: ${problem}.`);
    expect(recorded).toMatchObject({ streamId: 'case-1', revision: 3n, position: 77n, type: 'CaseReferred' });
  });

  it('keeps the metadata and schema version of an event whose data alone is corrupt', () => {
    const written = encodeNewEvent('case-1', newEvent(1, { eventId: 'event-1' }), 0);
    const recorded = decodeStoredRecord(asStored(written, { data: 'not json' }), 5n);
    expect(recorded).toMatchObject({ eventId: 'event-1', schemaVersion: 2, metadata: newEvent(1).metadata });
  });
});

describe('global positions', () => {
  it('is the prepare position of an event written by an append, and resumes exactly there', () => {
    expect(globalPositionOf({ commit: 9_001n, prepare: 9_001n }, 'event 0 of "case-1"')).toBe(9_001n);
    expect(logPositionAt(9_001n)).toEqual({ commit: 9_001n, prepare: 9_001n });
  });

  it('refuses events of explicit transactions, whose two positions differ', () => {
    expect(() => globalPositionOf({ commit: 500n, prepare: 420n }, 'event 2 of "legacy"')).toThrow(StoreUnavailableError);
    expect(() => globalPositionOf({ commit: 500n, prepare: 420n }, 'event 2 of "legacy"')).toThrow(
      'event 2 of "legacy" was written inside an explicit transaction (commit position 500, prepare position 420)',
    );
  });

  it('says which server version is needed when positions are missing', () => {
    expect(() => globalPositionOf(undefined, 'event 0 of "case-1"')).toThrow('use EventStoreDB 22.10 or later');
    const unknown = 2n ** 64n - 1n;
    expect(() => globalPositionOf({ commit: unknown, prepare: unknown }, 'event 0 of "case-1"')).toThrow('did not report the global position');
  });
});
