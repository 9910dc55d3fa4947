import type { EventStore, NewEvent } from '@send-hub/event-store';
import { appended, idsOf, newEvent, newEvents, uniqueStreamId } from './contract-events';
import type { ContractContext } from './contract-store';
import { jestGlobals } from './jest-globals';

const writerCount = 10;

/** Appends one event at the stream's current revision, loading again after each conflict, until it lands. */
const appendWithRetries = async (store: EventStore, streamId: string, event: NewEvent): Promise<void> => {
  const { expect } = jestGlobals();
  for (;;) {
    const last = (await store.readStream(streamId)).at(-1)?.revision;
    const result = await store.append(streamId, [event], last ?? 'no_stream');
    if (result._tag === 'Right') return;
    // Someone else landed first: the conflict must say the stream has moved on.
    expect(result.left.actual).toBeDefined();
    if (last !== undefined) expect((result.left.actual ?? last) > last).toBe(true);
  }
};

/** Several writers on one stream at once: exactly one wins each revision, and nothing is lost or written twice. */
export const describeConcurrentWriters = ({ store }: ContractContext): void => {
  const { describe, expect, it } = jestGlobals();
  describe('concurrent writers on one stream', () => {
    it(`lets exactly one of ${writerCount} writers racing for the same revision win, each round`, async () => {
      const streamId = uniqueStreamId('race');
      appended(await store().append(streamId, [newEvent({ writer: 'founder' })], 'no_stream'));
      let contenders = Array.from({ length: writerCount }, (_, writer) => writer);
      const winners: number[] = [];
      for (let revision = 0n; contenders.length > 0; revision += 1n) {
        const attempts = contenders.map((writer) => ({ writer, event: newEvent({ writer, revision: revision.toString() }) }));
        const results = await Promise.all(attempts.map(({ event }) => store().append(streamId, [event], revision)));
        const won = attempts.filter((_, index) => results[index]?._tag === 'Right');
        expect(won).toHaveLength(1);
        for (const result of results) {
          if (result._tag === 'Right') expect(result.right.nextExpectedRevision).toBe(revision + 1n);
          else expect(result.left.actual).toBe(revision + 1n);
        }
        winners.push(...won.map(({ writer }) => writer));
        contenders = contenders.filter((writer) => !winners.includes(writer));
      }
      const stored = await store().readStream(streamId);
      expect(stored.map((event) => event.revision)).toEqual(Array.from({ length: writerCount + 1 }, (_, index) => BigInt(index)));
      expect(stored.slice(1).map((event) => (event.data as { writer: number }).writer)).toEqual(winners);
    });

    it(`keeps every event of ${writerCount} writers that retry on conflict, each exactly once`, async () => {
      const streamId = uniqueStreamId('retry');
      const perWriter = 3;
      const events = Array.from({ length: writerCount }, (_, writer) => newEvents(perWriter, `writer-${writer}`));
      await Promise.all(
        events.map(async (own) => {
          for (const event of own) await appendWithRetries(store(), streamId, event);
        }),
      );
      const stored = await store().readStream(streamId);
      expect(stored.map((event) => event.revision)).toEqual(Array.from({ length: writerCount * perWriter }, (_, index) => BigInt(index)));
      expect([...idsOf(stored)].sort()).toEqual(idsOf(events.flat()).sort());
      for (const own of events) {
        const order = idsOf(stored).filter((id) => idsOf(own).includes(id));
        expect(order).toEqual(idsOf(own));
      }
    });

    it(`lets ${writerCount} writers that expect "any" all land, at distinct revisions`, async () => {
      const streamId = uniqueStreamId('any');
      const events = newEvents(writerCount, 'any');
      const results = await Promise.all(events.map((event) => store().append(streamId, [event], 'any')));
      const revisions = results.map((result) => appended(result).nextExpectedRevision);
      expect([...revisions].sort((left, right) => (left < right ? -1 : 1))).toEqual(events.map((_, index) => BigInt(index)));
      expect([...idsOf(await store().readStream(streamId))].sort()).toEqual(idsOf(events).sort());
    });
  });
};
