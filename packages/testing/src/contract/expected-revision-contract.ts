import { InvalidEventError, type ExpectedRevision } from '@send-hub/event-store';
import { appended, collect, idsOf, newEvent, newEvents, refused, uniquePrefix, uniqueStreamId } from './contract-events';
import type { ContractContext } from './contract-store';
import { jestGlobals } from './jest-globals';

const cyclicData = (): Record<string, unknown> => {
  const data: Record<string, unknown> = {};
  data.backReference = data;
  return data;
};

/** Expected revisions, each of the four kinds on a missing and on an existing stream, and all-or-nothing batches. */
export const describeExpectedRevisions = ({ store }: ContractContext): void => {
  const { describe, expect, it } = jestGlobals();
  /** A stream holding two events, at revision 1n. */
  const existingStream = async (): Promise<string> => {
    const streamId = uniqueStreamId('existing');
    appended(await store().append(streamId, newEvents(2), 'no_stream'));
    return streamId;
  };

  describe('expected revisions', () => {
    it.each<[string, ExpectedRevision]>([
      ['"no_stream"', 'no_stream'],
      ['"any"', 'any'],
    ])('%s creates a missing stream at revision 0n', async (_, expected) => {
      const streamId = uniqueStreamId('new');
      const result = appended(await store().append(streamId, [newEvent()], expected));
      expect(result.nextExpectedRevision).toBe(0n);
      expect((await store().readStream(streamId)).map((event) => event.revision)).toEqual([0n]);
    });

    it.each<[string, ExpectedRevision]>([
      ['"stream_exists"', 'stream_exists'],
      ['an exact revision', 0n],
      ['a revision far ahead', 5n],
    ])('%s is refused on a missing stream, and the conflict says the stream is not there', async (_, expected) => {
      const streamId = uniqueStreamId('missing');
      const conflict = refused(await store().append(streamId, [newEvent()], expected));
      expect(conflict).toMatchObject({ _tag: 'ConcurrencyConflict', code: 'concurrency-conflict', streamId, expected, actual: undefined });
      expect(conflict.message).toContain(streamId);
      expect(await store().readStream(streamId)).toEqual([]);
    });

    it.each<[string, ExpectedRevision]>([
      ['"stream_exists"', 'stream_exists'],
      ['"any"', 'any'],
      ['the exact last revision', 1n],
    ])('%s appends to an existing stream after its last event', async (_, expected) => {
      const streamId = await existingStream();
      const result = appended(await store().append(streamId, [newEvent()], expected));
      expect(result.nextExpectedRevision).toBe(2n);
      expect((await store().readStream(streamId)).map((event) => event.revision)).toEqual([0n, 1n, 2n]);
    });

    it.each<[string, ExpectedRevision]>([
      ['"no_stream"', 'no_stream'],
      ['a revision behind', 0n],
      ['a revision ahead', 2n],
    ])('%s is refused on an existing stream, and the conflict carries its actual revision', async (_, expected) => {
      const streamId = await existingStream();
      const conflict = refused(await store().append(streamId, [newEvent()], expected));
      expect(conflict).toMatchObject({ _tag: 'ConcurrencyConflict', code: 'concurrency-conflict', streamId, expected, actual: 1n });
      expect(await store().readStream(streamId)).toHaveLength(2);
    });
  });

  describe('batches', () => {
    it('writes a batch in order with consecutive revisions, and reports where its last event landed', async () => {
      const streamId = await existingStream();
      const batch = newEvents(3, 'batch');
      const result = appended(await store().append(streamId, batch, 1n));
      const stored = await store().readStream(streamId, { fromRevision: 2n });
      expect(result.nextExpectedRevision).toBe(4n);
      expect(idsOf(stored)).toEqual(idsOf(batch));
      expect(stored.map((event) => event.revision)).toEqual([2n, 3n, 4n]);
      expect(stored[2]?.position).toBe(result.position);
    });

    it('writes nothing of a batch that is refused for its expected revision', async () => {
      const prefix = uniquePrefix('refused-batch');
      const streamId = `${prefix}stream`;
      appended(await store().append(streamId, newEvents(1), 'no_stream'));
      const head = await store().headPosition();
      refused(await store().append(streamId, newEvents(5, 'refused'), 'no_stream'));
      expect(await store().readStream(streamId)).toHaveLength(1);
      expect(await collect(store().readAll({ after: head ?? 0n, streamPrefix: prefix }))).toEqual([]);
    });

    it.each<[string, unknown, string]>([
      ['a bigint', { pupilCount: 3n }, 'pupilCount'],
      ['a function', { onDecision: () => 1 }, 'onDecision'],
      ['a cycle', cyclicData(), 'backReference'],
    ])('refuses data holding %s with an InvalidEventError naming the stream, type and field, writing nothing of the batch', async (_, data, where) => {
      const streamId = uniqueStreamId('invalid');
      const batch = [newEvent(), newEvent(data, 'PayloadRefused'), newEvent()];
      const attempt = store().append(streamId, batch, 'any');
      await expect(attempt).rejects.toThrow(InvalidEventError);
      await expect(attempt).rejects.toThrow(streamId);
      await expect(attempt).rejects.toThrow('PayloadRefused');
      await expect(attempt).rejects.toThrow(where);
      expect(await store().readStream(streamId)).toEqual([]);
    });
  });
};
