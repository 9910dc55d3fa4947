import { InMemoryEventStore, verifyChain, withHashChain, type RecordedEvent } from '@send-hub/event-store';

const history = async (): Promise<RecordedEvent[]> => {
  const inner = new InMemoryEventStore();
  const store = withHashChain(inner);
  for (let count = 1; count <= 4; count += 1) {
    await store.append('tally', [{ eventId: `event-${count}`, type: 'Counted', schemaVersion: 1, data: { count }, metadata: { recordedAt: '2025-10-01T09:00:00.000Z', actor: { id: 'tester', role: 'auditor' }, correlationId: 'c', causationId: 'c' } }], 'any');
  }
  return [...(await inner.readStream('tally'))];
};

const reported = (events: ReadonlyArray<RecordedEvent>) => verifyChain(events).problems.map((problem) => `${problem.code} at ${problem.revision.toString()}: ${problem.message}`);

describe('verifying a hash chain', () => {
  it('says in plain words what was done to the history, and where', async () => {
    const events = await history();
    const [first, second, third, fourth] = events as [RecordedEvent, RecordedEvent, RecordedEvent, RecordedEvent];
    expect(reported([first, { ...second, data: { count: 20 } }, third, fourth])).toEqual([
      'content-changed at 1: The event at revision 1 of "tally" (Counted) was changed after it was recorded: its content no longer matches its hash.',
    ]);
    expect(reported([first, third, fourth])).toEqual([
      'revision-out-of-sequence at 2: The event at revision 2 of "tally" (Counted) follows revision 0: revision 1 is missing (deleted, or the history was cut).',
    ]);
    expect(reported([second, third])).toEqual([
      'revision-out-of-sequence at 1: The event at revision 1 of "tally" (Counted) is the first of its stream: revision 0 is missing (deleted, or the history was cut).',
    ]);
    expect(reported([first, { ...third, revision: 1n }, { ...fourth, revision: 2n }])).toEqual([
      'chain-broken at 1: The event at revision 1 of "tally" (Counted) does not follow the event before it: its previous hash is not the hash of revision 0, so an event was deleted, inserted or swapped here, or the earlier event was edited and given a new hash.',
    ]);
    expect(reported([{ ...second, revision: 0n }, { ...third, revision: 1n }])).toEqual([
      'chain-broken at 0: The event at revision 0 of "tally" (Counted) does not start its stream: its previous hash is not the all-zero start value, so events before it were removed.',
    ]);
    expect(reported([first, second, second])).toEqual([
      'revision-out-of-sequence at 1: The event at revision 1 of "tally" (Counted) comes after revision 1: events are out of order or repeated.',
    ]);
    const { hash: _hash, ...unhashed } = second.metadata;
    expect(reported([first, { ...second, metadata: unhashed }, third])).toEqual([
      'hash-missing at 1: The event at revision 1 of "tally" (Counted) has no hash: it was written without the tamper-evidence layer, or its hash was removed.',
    ]);
    expect(reported([first, { ...second, data: undefined, corruption: 'not JSON' }, third])).toEqual([
      'unreadable-event at 1: The event at revision 1 of "tally" (Counted) cannot be read, so its hash cannot be checked: not JSON',
    ]);
  });

  it('gives the same running head for the same history, and another for any change', async () => {
    const events = await history();
    const honest = verifyChain(events);
    expect(verifyChain(await history()).headHash).toBe(honest.headHash);
    const edited = events.map((event) => (event.revision === 3n ? { ...event, data: { count: 40 } } : event));
    expect(verifyChain(edited).headHash).not.toBe(honest.headHash);
    expect(verifyChain([]).headHash).toBe('0'.repeat(64));
  });
});
