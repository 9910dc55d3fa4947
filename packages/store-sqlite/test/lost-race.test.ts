import { isLeft } from 'fp-ts/Either';
import { openSqliteEventStore } from '../src';
import { appendEncoded, isLostRace } from '../src/events/append-events';
import { encodeNewEvent } from '@send-hub/event-store';
import { prepareEventStatements } from '../src/events/event-statements';
import { openDatabase } from '../src/database/open-database';
import { resolveOptions } from '../src/store-options';
import { newEvents } from './support/events';
import { useTemporaryFolder } from './support/temporary-files';

const temporary = useTemporaryFolder();

describe('the UNIQUE (stream, revision) constraint', () => {
  it('stops a writer that read a stale head from overwriting or duplicating a revision', async () => {
    const store = openSqliteEventStore({ file: temporary.file() });
    await store.append('case-a', newEvents(2), 'no_stream');
    await store.dispose();

    // A writer that skipped the lock would read the head before the other process's append landed.
    const database = openDatabase(resolveOptions({ file: temporary.file() }));
    const statements = prepareEventStatements(database);
    const staleHead = { get: () => undefined } as unknown as typeof statements.streamHead;
    const encoded = newEvents(1).map((event, index) => encodeNewEvent('case-a', event, index));
    let caught: unknown;
    try {
      database.transaction(() => appendEncoded({ streamHead: staleHead, insert: statements.insert }, 'case-a', encoded, 'no_stream')).immediate();
    } catch (error) {
      caught = error;
    }
    expect(isLostRace(caught)).toBe(true);
    database.close();
  });

  it('turns that lost race into a concurrency conflict in the store', async () => {
    const store = openSqliteEventStore({ file: temporary.file() });
    await store.append('case-a', newEvents(2), 'no_stream');
    // Break the lock-then-read order on purpose: the store's head lookup now lies.
    const internals = store as unknown as { statements: { streamHead: { get: (id: string) => unknown } } };
    const realHead = internals.statements.streamHead;
    internals.statements.streamHead = { get: (id: string) => (id === 'case-a' ? undefined : realHead.get(id)) };
    const outcome = await store.append('case-a', newEvents(1), 'no_stream');
    internals.statements.streamHead = realHead;
    expect(isLeft(outcome) && outcome.left).toMatchObject({ code: 'concurrency-conflict', streamId: 'case-a' });
    expect(await store.headPosition()).toBe(2n);
    await store.dispose();
  });
});
