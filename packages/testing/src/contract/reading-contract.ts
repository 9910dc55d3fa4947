import { metadataNotRead, readAllInPages, type NewEvent, type RecordedEvent } from '@send-hub/event-store';
import { appended, collect, idsOf, newEvent, newEvents, strictlyIncreasing, uniquePrefix, uniqueStreamId } from './contract-events';
import type { ContractContext } from './contract-store';
import { jestGlobals } from './jest-globals';

/** Reading one stream, and every stream in global order. */
export const describeReading = ({ store, fresh }: ContractContext): void => {
  const { describe, expect, it } = jestGlobals();
  /** A stream of `count` events, labelled by index. */
  const streamOf = async (count: number): Promise<{ streamId: string; events: NewEvent[] }> => {
    const streamId = uniqueStreamId('read');
    const events = newEvents(count, 'read');
    appended(await store().append(streamId, events, 'no_stream'));
    return { streamId, events };
  };

  describe('reading a stream', () => {
    it('returns the events in revision order, each as it was written and where it landed', async () => {
      const { streamId, events } = await streamOf(4);
      const stored = await store().readStream(streamId);
      expect(stored.map(({ eventId, type, schemaVersion, data, metadata }) => ({ eventId, type, schemaVersion, data, metadata }))).toEqual(events);
      expect(stored.map((event) => [event.streamId, event.revision])).toEqual(events.map((_, index) => [streamId, BigInt(index)]));
      expect(strictlyIncreasing(stored.map((event) => event.position))).toBe(true);
    });

    it.each<[string, { fromRevision?: bigint; maxCount?: number }, number[]]>([
      ['from a revision', { fromRevision: 2n }, [2, 3, 4]],
      ['at most a count', { maxCount: 2 }, [0, 1]],
      ['from a revision, at most a count', { fromRevision: 1n, maxCount: 3 }, [1, 2, 3]],
      ['a count beyond the end', { fromRevision: 3n, maxCount: 10 }, [3, 4]],
      ['from the last revision', { fromRevision: 4n }, [4]],
      ['from past the end', { fromRevision: 5n }, []],
      ['a count of zero', { maxCount: 0 }, []],
    ])('reads a range: %s', async (_, options, indices) => {
      const { streamId, events } = await streamOf(5);
      const stored = await store().readStream(streamId, options);
      expect(idsOf(stored)).toEqual(indices.map((index) => events[index]?.eventId));
    });

    it('reads a stream that does not exist as empty', async () => {
      expect(await store().readStream(uniqueStreamId('missing'))).toEqual([]);
    });
  });

  describe('global order', () => {
    /** Appends to three streams in turn, one event at a time, returning what was written in that order. */
    const interleaved = async (prefix: string): Promise<{ written: NewEvent[]; after: bigint | undefined }> => {
      const after = await store().headPosition();
      const written: NewEvent[] = [];
      for (const [index, stream] of ['a', 'b', 'a', 'c', 'b', 'a'].entries()) {
        const event = newEvent({ index, stream });
        appended(await store().append(`${prefix}${stream}`, [event], 'any'));
        written.push(event);
      }
      return { written, after };
    };
    const readOwn = (prefix: string, after: bigint | undefined, maxCount?: number): Promise<RecordedEvent[]> =>
      collect(store().readAll({ after, streamPrefix: prefix, maxCount }));

    it('reads all streams in the order they were written, with strictly increasing positions', async () => {
      const prefix = uniquePrefix('global');
      const { written, after } = await interleaved(prefix);
      const all = await readOwn(prefix, after);
      expect(idsOf(all)).toEqual(idsOf(written));
      expect(strictlyIncreasing(all.map((event) => event.position))).toBe(true);
      const streamA = await store().readStream(`${prefix}a`);
      expect(streamA.map((event) => event.position)).toEqual(all.filter((event) => event.streamId === `${prefix}a`).map((event) => event.position));
    });

    it('reads only what comes strictly after a position, and at most maxCount events', async () => {
      const prefix = uniquePrefix('after');
      const { written, after } = await interleaved(prefix);
      const all = await readOwn(prefix, after);
      const third = all[2]?.position;
      expect(idsOf(await readOwn(prefix, third))).toEqual(idsOf(written.slice(3)));
      expect(idsOf(await readOwn(prefix, third, 2))).toEqual(idsOf(written.slice(3, 5)));
      expect(idsOf(await readOwn(prefix, all[5]?.position))).toEqual([]);
      expect(await readOwn(prefix, after, 0)).toEqual([]);
    });

    it('reads the same events a page at a time (readAllInPages), in non-empty pages', async () => {
      const prefix = uniquePrefix('pages');
      const { after } = await interleaved(prefix);
      for (const options of [{ after, streamPrefix: prefix }, { after, streamPrefix: prefix, maxCount: 4 }, { after, streamPrefix: `${prefix}a` }]) {
        const pages = await collect(readAllInPages(store(), options));
        expect(pages.every((page) => page.length > 0)).toBe(true);
        expect(pages.flat()).toEqual(await collect(store().readAll(options)));
      }
      expect(await collect(readAllInPages(store(), { after, streamPrefix: `${prefix}z` }))).toEqual([]);
    });

    it('reads only the streams whose id starts with a prefix', async () => {
      const prefix = uniquePrefix('prefix');
      const { written, after } = await interleaved(prefix);
      const aOnly = await readOwn(`${prefix}a`, after);
      expect(idsOf(aOnly)).toEqual(idsOf(written.filter((event) => (event.data as { stream: string }).stream === 'a')));
      expect(await readOwn(`${prefix}z`, after)).toEqual([]);
    });

    it('skips metadata only where asked (metadata: "skip"), giving everything else the same', async () => {
      const prefix = uniquePrefix('skip');
      const { after } = await interleaved(prefix);
      const read = await collect(readAllInPages(store(), { after, streamPrefix: prefix }));
      const skipped = await collect(readAllInPages(store(), { after, streamPrefix: prefix, metadata: 'skip' }));
      const withoutMetadata = (events: ReadonlyArray<RecordedEvent>) => events.map(({ metadata: _, ...rest }) => rest);
      expect(withoutMetadata(skipped.flat())).toEqual(withoutMetadata(read.flat()));
      // A store may skip it or, where it costs nothing to keep, give it all the same.
      for (const [index, event] of skipped.flat().entries()) expect([metadataNotRead, read.flat()[index]?.metadata]).toContainEqual(event.metadata);
      expect(await collect(store().readAll({ after, streamPrefix: prefix, metadata: 'read' }))).toEqual(read.flat());
    });

    it('refuses a metadata choice other than "read" or "skip", naming it', async () => {
      // Whether a store refuses at the call or at the first read, the reader hears of it before any event.
      const reading = (async () => collect(store().readAll({ metadata: 'none' as never })))();
      await expect(reading).rejects.toThrow('"metadata" must be "read" or "skip", but was "none".');
    });

    it('reports the position of the newest event as the head', async () => {
      const streamId = uniqueStreamId('head');
      const first = appended(await store().append(streamId, newEvents(2), 'no_stream'));
      const head = await store().headPosition();
      expect(head).toBeDefined();
      if (fresh()) expect(head).toBe(first.position);
      else expect((head ?? 0n) >= first.position).toBe(true);
      const second = appended(await store().append(streamId, newEvents(1), 1n));
      expect(second.position > first.position).toBe(true);
      const later = await store().headPosition();
      if (fresh()) expect(later).toBe(second.position);
      else expect((later ?? 0n) >= second.position).toBe(true);
    });
  });
};
