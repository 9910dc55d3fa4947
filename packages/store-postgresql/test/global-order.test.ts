import type { SubscriptionMessage } from '@send-hub/event-store';
import { openPostgresEventStore, type PostgresEventStore } from '../src';
import { testEvent } from './support/events';
import { describeWithServer, dropSchemas, freshSchemaName, testConnectionString, withClient } from './support/server';

/** Reads a subscription with time limits, keeping a `next()` that is still waiting for the following look. */
const timedReader = (iterator: AsyncIterator<SubscriptionMessage>) => {
  let pending: Promise<IteratorResult<SubscriptionMessage>> | undefined;
  /** Every message the subscription gives within `milliseconds`. */
  return async (milliseconds: number): Promise<SubscriptionMessage[]> => {
    const messages: SubscriptionMessage[] = [];
    const deadline = Date.now() + milliseconds;
    for (;;) {
      const left = deadline - Date.now();
      if (left <= 0) return messages;
      pending ??= iterator.next();
      const next = await Promise.race([pending, new Promise<'waited'>((resolve) => setTimeout(() => resolve('waited'), left))]);
      if (next === 'waited') return messages;
      pending = undefined;
      if (next.done === true) return messages;
      messages.push(next.value);
    }
  };
};

const eventIdsOf = (messages: ReadonlyArray<SubscriptionMessage>): string[] => messages.flatMap((message) => (message.kind === 'event' ? [message.event.eventId] : []));

describeWithServer('global order on PostgreSQL', () => {
  let schema: string;
  let store: PostgresEventStore;

  beforeEach(async () => {
    schema = freshSchemaName('order');
    store = await openPostgresEventStore({ connectionString: testConnectionString, schema, pollIntervalMs: 20 });
  });

  afterEach(async () => {
    await store.dispose();
    await dropSchemas(schema);
  });

  it('keeps a later position from a live subscriber until the transaction holding an earlier one commits, then gives both, in order, once', async () => {
    const subscription = store.subscribeToAll();
    const messagesWithin = timedReader(subscription[Symbol.asyncIterator]());
    expect(await messagesWithin(500)).toEqual([{ kind: 'caughtUp' }]);
    const slow = testEvent({ writer: 'slow' });
    const fast = testEvent({ writer: 'fast' });
    await withClient(async (held) => {
      // A writer that has taken its position and inserted its row, but not yet committed.
      await held.query('BEGIN');
      const reserved = await held.query<{ first: string }>(`SELECT "${schema}".reserve_positions(1) AS first`);
      const slowPosition = BigInt(reserved.rows[0]?.first ?? '0');
      await held.query(
        `INSERT INTO "${schema}".events (position, transaction_id, stream_id, revision, event_id, type, schema_version, data, metadata) ` +
          'VALUES ($1, pg_current_xact_id(), $2, 0, $3, $4, 1, $5, $6)',
        [slowPosition.toString(), 'case-slow', slow.eventId, slow.type, JSON.stringify(slow.data), JSON.stringify(slow.metadata)],
      );
      // Another writer takes the next position and commits first.
      const landed = await store.append('case-fast', [fast], 'no_stream');
      expect(landed._tag === 'Right' && landed.right.position).toBe(slowPosition + 1n);
      // The later position is committed and plainly visible: a reader that went by position alone would take it and skip the earlier one.
      const visible = await store.readStream('case-fast');
      expect(visible.map((event) => event.eventId)).toEqual([fast.eventId]);
      expect(await messagesWithin(300)).toEqual([]);
      await held.query('COMMIT');
    });
    const delivered = await messagesWithin(1_000);
    expect(eventIdsOf(delivered)).toEqual([slow.eventId, fast.eventId]);
    expect(delivered.map((message) => (message.kind === 'event' ? message.event.position : undefined))).toEqual([1n, 2n]);
    expect(await messagesWithin(200)).toEqual([]);
    await subscription.unsubscribe();
  });

  it('lets a whole read that starts while an earlier position is uncommitted wait for it, so it returns both in order', async () => {
    const slow = testEvent({ writer: 'slow' });
    const fast = testEvent({ writer: 'fast' });
    await withClient(async (held) => {
      await held.query('BEGIN');
      const reserved = await held.query<{ first: string }>(`SELECT "${schema}".reserve_positions(1) AS first`);
      await held.query(
        `INSERT INTO "${schema}".events (position, transaction_id, stream_id, revision, event_id, type, schema_version, data, metadata) ` +
          'VALUES ($1, pg_current_xact_id(), $2, 0, $3, $4, 1, $5, $6)',
        [reserved.rows[0]?.first, 'case-slow', slow.eventId, slow.type, JSON.stringify(slow.data), JSON.stringify(slow.metadata)],
      );
      await store.append('case-fast', [fast], 'no_stream');
      const reading = (async () => {
        const ids: string[] = [];
        for await (const event of store.readAll()) ids.push(event.eventId);
        return ids;
      })();
      let finished = false;
      void reading.then(() => (finished = true));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(finished).toBe(false);
      await held.query('COMMIT');
      expect(await reading).toEqual([slow.eventId, fast.eventId]);
    });
  });

  it('gives a subscriber every event of many concurrent writers exactly once, in strictly increasing positions', async () => {
    const subscription = store.subscribeToAll();
    const writers = 8;
    const perWriter = 15;
    await Promise.all(
      Array.from({ length: writers }, async (_, writer) => {
        for (let index = 0; index < perWriter; index += 1) await store.append(`case-${writer}`, [testEvent({ writer, index })], 'any');
      }),
    );
    const positions: bigint[] = [];
    const ids = new Set<string>();
    for await (const message of subscription) {
      if (message.kind !== 'event') continue;
      positions.push(message.event.position);
      ids.add(message.event.eventId);
      if (positions.length === writers * perWriter) break;
    }
    expect(ids.size).toBe(writers * perWriter);
    expect(positions.every((position, index) => index === 0 || position > (positions[index - 1] ?? 0n))).toBe(true);
  });
});
