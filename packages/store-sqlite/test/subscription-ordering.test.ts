import type { RecordedEvent } from '@send-hub/event-store';
import { openSqliteEventStore } from '../src';
import { openDatabase } from '../src/database/open-database';
import { prepareEventStatements } from '../src/events/event-statements';
import { scanPage } from '../src/events/read-pages';
import { resolveOptions } from '../src/store-options';
import { newEvents } from './support/events';
import { useTemporaryFolder } from './support/temporary-files';

const temporary = useTemporaryFolder();

describe('a subscription while two writers append', () => {
  it('delivers every event exactly once, in global order, whichever connection wrote it', async () => {
    const subscriberStore = openSqliteEventStore({ file: temporary.file(), pageSize: 3, pollIntervalMs: 5 });
    const otherWriter = openSqliteEventStore({ file: temporary.file() });
    await subscriberStore.append('case-0', newEvents(4), 'no_stream');
    const writers = [subscriberStore, otherWriter];
    const rounds = 40;

    const delivered: RecordedEvent[] = [];
    const subscription = subscriberStore.subscribeToAll();
    const consuming = (async () => {
      for await (const message of subscription) {
        if (message.kind === 'event') delivered.push(message.event);
        if (delivered.length === 4 + rounds * 2) break;
      }
    })();
    for (let round = 0; round < rounds; round += 1) {
      const writer = writers[round % 2] ?? subscriberStore;
      await writer.append(`case-${round % 5}`, newEvents(2), 'any');
      // Let the subscriber run between some appends but not others, so pages and waits interleave.
      if (round % 3 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    await consuming;
    expect(delivered.map((event) => event.position)).toEqual(Array.from({ length: 4 + rounds * 2 }, (_, index) => BigInt(index + 1)));
    await otherWriter.dispose();
    await subscriberStore.dispose();
  });
});

describe('scanning for a stream prefix', () => {
  it('moves past other streams up to the head, so live polls do not read them again', async () => {
    const options = resolveOptions({ file: temporary.file() });
    const store = openSqliteEventStore(options);
    await store.append('case-a', newEvents(2), 'no_stream');
    await store.append('meeting-1', newEvents(5), 'no_stream');
    await store.dispose();
    const database = openDatabase(options);
    const statements = prepareEventStatements(database);
    const short = scanPage(statements, 0n, 10, 'case-');
    expect(short.events.map((event) => event.position)).toEqual([1n, 2n]);
    expect(short.scannedThrough).toBe(7n);
    // A full page stops at its last event: more may follow.
    expect(scanPage(statements, 0n, 2, 'case-').scannedThrough).toBe(2n);
    // A checkpoint beyond the head is kept, never moved back.
    expect(scanPage(statements, 50n, 10, 'case-').scannedThrough).toBe(50n);
    database.close();
  });
});
