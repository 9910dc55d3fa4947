import { erasureAwareKeyStore } from '@send-hub/audit';
import { erasureStreamId } from '@send-hub/core';
import { InMemoryEventStore, InMemoryKeyStore, type EventStore } from '@send-hub/event-store';

const officer = { id: 'dpo-1', role: 'data protection officer', agency: 'other' };

/** A log whose reads of one child's erasure stream are counted. */
const countingLog = () => {
  const log = new InMemoryEventStore();
  let erasureReads = 0;
  const counted: EventStore = new Proxy(log, {
    get: (target, property, receiver) => {
      if (property !== 'readStream') return Reflect.get(target, property, receiver) as unknown;
      return (streamId: string, options?: Parameters<EventStore['readStream']>[1]) => {
        if (streamId === erasureStreamId('child-alex')) erasureReads += 1;
        return target.readStream(streamId, options);
      };
    },
  });
  return { log, counted, erasureReads: () => erasureReads };
};

/** An erasure record for Alex: the key store reads only that the child's erasure stream holds one, and when it was recorded. */
const recordErasure = (log: EventStore) =>
  log.append(
    erasureStreamId('child-alex'),
    [
      {
        eventId: '0190f5a2-0000-7000-8000-000000000001',
        type: 'PersonalDataErased',
        schemaVersion: 1,
        data: { childReference: 'child-alex' },
        metadata: { recordedAt: '2026-02-02T10:00:00.000Z', actor: officer, correlationId: 'c-1', causationId: 'c-1' },
      },
    ],
    'no_stream',
  );

describe('a key store read through the log, given again for the same log', () => {
  it('is the same store, so every layer shares one memory of erased children', async () => {
    const { counted, log, erasureReads } = countingLog();
    const keys = new InMemoryKeyStore();
    await keys.create('child-alex', new Uint8Array(32).fill(7), '2026-01-01T09:00:00.000Z');
    const throughTheLog = erasureAwareKeyStore(keys, counted);
    expect(erasureAwareKeyStore(throughTheLog, counted)).toBe(throughTheLog);

    await recordErasure(log);
    // One layer finds the erasure in the log; another layer given the same store does not read the log again.
    expect(await throughTheLog.get('child-alex')).toEqual({ status: 'destroyed', destroyedAt: '2026-02-02T10:00:00.000Z' });
    const reads = erasureReads();
    expect(await erasureAwareKeyStore(throughTheLog, counted).get('child-alex')).toEqual({ status: 'destroyed', destroyedAt: '2026-02-02T10:00:00.000Z' });
    expect(erasureReads()).toBe(reads);
  });

  it('over another log is a store of its own that reads that log too', async () => {
    const first = new InMemoryEventStore();
    const second = new InMemoryEventStore();
    const keys = new InMemoryKeyStore();
    await keys.create('child-alex', new Uint8Array(32).fill(7), '2026-01-01T09:00:00.000Z');
    const throughFirst = erasureAwareKeyStore(keys, first);
    const throughBoth = erasureAwareKeyStore(throughFirst, second);
    expect(throughBoth).not.toBe(throughFirst);

    await recordErasure(second);
    expect((await throughFirst.get('child-alex')).status).toBe('active');
    expect(await throughBoth.get('child-alex')).toEqual({ status: 'destroyed', destroyedAt: '2026-02-02T10:00:00.000Z' });
  });
});
