import { either as E } from 'fp-ts';
import { validate as isUuid, version as uuidVersion } from 'uuid';
import { createStateCache, rejected, type EventMetadata } from '../src';
import type { CounterState } from './support/counter';
import { actor, counterHandler, fixedClock, increment, newStore, storedEvent } from './support/counter-handler';

const failureOf = <L, R>(result: E.Either<L, R>): L => {
  if (E.isRight(result)) throw new Error('Expected the command to fail, but it succeeded.');
  return result.left;
};

const successOf = <L extends { message: string }, R>(result: E.Either<L, R>): R => {
  if (E.isLeft(result)) throw new Error(`Expected the command to succeed: ${result.left.message}`);
  return result.right;
};

describe('handling a command', () => {
  it('loads, decides and appends, returning what it wrote and where', async () => {
    const store = newStore();
    const handle = counterHandler(store);
    const first = successOf(await handle(increment('counter-1', 3), { actor }));
    expect(first).toMatchObject({ streamId: 'counter-1', events: [{ type: 'Incremented', counterId: 'counter-1', amount: 3 }], newRevision: 0n, attempts: 1 });
    const second = successOf(await handle(increment('counter-1', 4), { actor }));
    expect(second.newRevision).toBe(1n);
    expect(second.written.map((event) => [event.streamId, event.revision, event.type, event.schemaVersion])).toEqual([['counter-1', 1n, 'Incremented', 2]]);
    expect(second.position).toBe(await store.headPosition());
    const stored = await store.readStream('counter-1');
    expect(stored.map((event) => event.data)).toEqual([
      { type: 'Incremented', counterId: 'counter-1', amount: 3 },
      { type: 'Incremented', counterId: 'counter-1', amount: 4 },
    ]);
  });

  it('stamps the envelope: ids from the generator, time from the clock, the actor, and correlation and causation', async () => {
    const store = newStore();
    const handle = counterHandler(store);
    const defaulted = successOf(await handle(increment('counter-1', 1), { actor }));
    // The correlation id is asked for first, then one id per event.
    expect(defaulted.written[0]).toMatchObject({
      eventId: 'id-2',
      metadata: { recordedAt: fixedClock().toISOString(), actor, correlationId: 'id-1', causationId: 'id-1' },
    });
    const given = successOf(await handle(increment('counter-1', 1), { actor, correlationId: 'request-9', causationId: 'event-8' }));
    expect(given.written[0]?.metadata).toEqual({ recordedAt: fixedClock().toISOString(), actor, correlationId: 'request-9', causationId: 'event-8' });
    const byCommand = counterHandler(store, { commandIdOf: (command) => `command-for-${command.counterId}` });
    const caused = successOf(await byCommand(increment('counter-1', 1), { actor, correlationId: 'request-10' }));
    expect(caused.written[0]?.metadata.causationId).toBe('command-for-counter-1');
    expect((await store.readStream('counter-1')).map((event) => event.metadata.correlationId)).toEqual(['id-1', 'request-9', 'request-10']);
  });

  it('uses version 7 UUIDs for new ids by default', async () => {
    const handle = counterHandler(newStore(), { newEventId: undefined });
    const result = successOf(await handle(increment('counter-1', 1), { actor }));
    const ids = [result.written[0]?.eventId, result.written[0]?.metadata.correlationId].map(String);
    expect(ids.map((id) => isUuid(id) && uuidVersion(id))).toEqual([7, 7]);
  });

  it('appends nothing and returns the current revision when the decider decides nothing', async () => {
    const store = newStore();
    const handle = counterHandler(store);
    const result = successOf(await handle({ type: 'Reset', counterId: 'counter-1' }, { actor }));
    expect(result).toMatchObject({ events: [], written: [], newRevision: undefined, position: undefined });
    expect(await store.headPosition()).toBeUndefined();
  });
});

describe('a command the decider refuses', () => {
  it('returns the rejection and appends nothing', async () => {
    const store = newStore();
    const handle = counterHandler(store);
    for (let step = 0; step < 10; step += 1) successOf(await handle(increment('counter-1', 10), { actor }));
    const failure = failureOf(await handle(increment('counter-1', 1), { actor }));
    expect(failure).toEqual({
      _tag: 'Rejected',
      code: 'rejected',
      rejection: { code: 'ceiling-reached', message: 'The counter is at 100; adding 1 would pass 100.' },
      message: 'The counter is at 100; adding 1 would pass 100.',
    });
    expect(await store.readStream('counter-1')).toHaveLength(10);
  });
});

describe('the stream history', () => {
  it('upcasts events stored with an older schema version before folding them', async () => {
    const store = newStore();
    await store.append('counter-1', [storedEvent('Incremented', 1, { counterId: 'counter-1', by: 98 })], 'no_stream');
    const failure = failureOf(await counterHandler(store)(increment('counter-1', 3), { actor }));
    expect(failure).toMatchObject({ _tag: 'Rejected', rejection: { code: 'ceiling-reached' } });
    expect(successOf(await counterHandler(store)(increment('counter-1', 2), { actor })).newRevision).toBe(1n);
  });

  it.each([
    ['data the codec refuses', storedEvent('Incremented', 2, { counterId: 'counter-1', amount: 'many' }), 'amount: expected a number, received "many"'],
    ['a schema version newer than this program', storedEvent('Incremented', 3, {}), 'newer than version 2'],
    ['a type nobody registered', storedEvent('Exploded', 1, {}), '"Exploded" is not an event type'],
  ])('refuses to decide on a stream holding %s, naming stream and revision, appending nothing', async (_, event, reason) => {
    const store = newStore();
    await store.append('counter-1', [storedEvent('CounterReset', 1, { counterId: 'counter-1' }), event], 'no_stream');
    const failure = failureOf(await counterHandler(store)(increment('counter-1', 1), { actor }));
    expect(failure).toMatchObject({ _tag: 'StoredEventUnreadable', code: 'stored-event-unreadable', streamId: 'counter-1', revision: 1n });
    expect(failure.message).toContain('The event at revision 1 of "counter-1"');
    expect(failure.message).toContain(reason);
    expect(await store.readStream('counter-1')).toHaveLength(2);
  });

  it('throws, appending nothing, when the decider makes an event type with no schema version (a configuration bug)', async () => {
    const store = newStore();
    const handle = counterHandler(store, {
      upcasters: { currentVersion: (type) => (type === 'Incremented' ? 2 : undefined), upcast: (_type, _version, data) => E.right(data) },
    });
    await handle(increment('counter-1', 1), { actor });
    await expect(handle({ type: 'Reset', counterId: 'counter-1' }, { actor })).rejects.toThrow('"CounterReset" has no current schema version');
    expect(await store.readStream('counter-1')).toHaveLength(1);
  });
});

describe('a command that writes on another stream first', () => {
  /** Writes a note on `notes-<counter>` before each increment's own events, refusing once `refuseAt` notes are there. */
  const writingNotes = (store: ReturnType<typeof newStore>, refuseAt = Number.POSITIVE_INFINITY) => {
    const calls: Array<{ readonly events: number; readonly recordedAt: string }> = [];
    const writeFirst = (command: { readonly counterId: string }) => async (events: ReadonlyArray<unknown>, metadata: EventMetadata) => {
      calls.push({ events: events.length, recordedAt: metadata.recordedAt });
      const streamId = `notes-${command.counterId}`;
      const notes = await store.readStream(streamId);
      if (notes.length >= refuseAt) return E.left(rejected({ code: 'ceiling-reached' as const, message: 'No more notes.' }));
      const note = storedEvent('Noted', 1, { at: notes.length });
      const appended = await store.append(streamId, [note], notes.length === 0 ? 'no_stream' : BigInt(notes.length - 1));
      if (E.isLeft(appended)) throw new Error('The note lost a race no test runs.');
      return E.right([{ ...note, streamId, revision: appended.right.nextExpectedRevision }]);
    };
    return { calls, writeFirst };
  };

  it('gives the decision and its metadata, and lists what it wrote first in the result', async () => {
    const store = newStore();
    const notes = writingNotes(store);
    const handle = counterHandler(store, { writeFirst: notes.writeFirst });
    const result = successOf(await handle(increment('counter-1', 3), { actor }));
    expect(result.written.map((event) => [event.streamId, event.type])).toEqual([
      ['notes-counter-1', 'Noted'],
      ['counter-1', 'Incremented'],
    ]);
    expect(notes.calls).toEqual([{ events: 1, recordedAt: fixedClock().toISOString() }]);
    expect((await store.readStream('counter-1')).map((event) => event.metadata.recordedAt)).toEqual([fixedClock().toISOString()]);
  });

  it('fails the command with its failure, appending none of the command’s own events', async () => {
    const store = newStore();
    const handle = counterHandler(store, { writeFirst: writingNotes(store, 1).writeFirst });
    successOf(await handle(increment('counter-1', 3), { actor }));
    expect(failureOf(await handle(increment('counter-1', 4), { actor }))).toMatchObject({ _tag: 'Rejected', message: 'No more notes.' });
    expect(await store.readStream('counter-1')).toHaveLength(1);
  });

  it('is not called for a command the decider refuses, nor for one that writes nothing', async () => {
    const store = newStore();
    const notes = writingNotes(store);
    const handle = counterHandler(store, { writeFirst: notes.writeFirst });
    for (let step = 0; step < 10; step += 1) successOf(await handle(increment('counter-1', 10), { actor }));
    failureOf(await handle(increment('counter-1', 1), { actor }));
    successOf(await handle({ type: 'Reset', counterId: 'counter-2' }, { actor }));
    expect(notes.calls).toHaveLength(10);
  });

  it('is decided on its stream as read, never on a trusted cache that another writer made stale', async () => {
    const store = newStore();
    const notes = writingNotes(store);
    const cached = { cache: createStateCache<CounterState>(), foldWrittenEvents: true };
    const handle = counterHandler(store, { ...cached, writeFirst: notes.writeFirst });
    // Another writer takes the counter to its ceiling; this handler's cache has never seen the stream.
    const other = counterHandler(store);
    for (let step = 0; step < 10; step += 1) successOf(await other(increment('counter-1', 10), { actor }));
    // Decided on the trusted cache (a counter not yet started) the note would be written before the conflict was found.
    failureOf(await handle(increment('counter-1', 1), { actor }));
    expect(notes.calls).toEqual([]);
    expect(await store.readStream('notes-counter-1')).toEqual([]);
  });

  it('is called again before each append after a conflict', async () => {
    const store = newStore();
    const notes = writingNotes(store);
    let raced = false;
    // Another writer lands on the counter between this command's note and its own append, once.
    const racing = counterHandler(store, {
      writeFirst: (command) => {
        const write = notes.writeFirst(command);
        return async (events, metadata) => {
          const written = await write(events, metadata);
          if (!raced) {
            raced = true;
            successOf(await counterHandler(store)(increment('counter-1', 1), { actor }));
          }
          return written;
        };
      },
    });
    const result = successOf(await racing(increment('counter-1', 2), { actor }));
    expect(result.attempts).toBe(2);
    expect(notes.calls).toHaveLength(2);
    expect(result.written.map((event) => event.streamId)).toEqual(['notes-counter-1', 'counter-1']);
  });
});
