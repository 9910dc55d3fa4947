import { either as E } from 'fp-ts';
import { validate as isUuid, version as uuidVersion } from 'uuid';
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
