import { sealPublishedHead, verifyEvents, type PublishedHead, type VerificationReport } from '@send-hub/audit';
import { eventHash, genesisHash, hmacSealer, type RecordedEvent } from '@send-hub/event-store';
import { sealedHistory } from './support/sealed-history';

type Tampered = RecordedEvent[];

const rehashed = (event: RecordedEvent, previous: string): RecordedEvent => ({ ...event, metadata: { ...event.metadata, hash: { previous, current: eventHash(event, previous) } } });

/** Recomputes every stored hash of one stream, as a careful forger would after changing it. */
const rechained = (events: Tampered, streamId: string): Tampered => {
  let previous = genesisHash;
  return events.map((event) => {
    if (event.streamId !== streamId) return event;
    const fresh = rehashed(event, previous);
    previous = fresh.metadata.hash?.current ?? previous;
    return fresh;
  });
};

const indexOfType = (events: Tampered, type: string): number => events.findIndex((event) => event.type === type);
const lastOf = (events: Tampered, streamId: string): RecordedEvent | undefined => events.filter((event) => event.streamId === streamId).at(-1);

const withoutSeal = (metadata: RecordedEvent['metadata']): RecordedEvent['metadata'] => {
  const { seal: _seal, ...rest } = metadata;
  return rest;
};

/** A consent withdrawal, chained correctly onto the last event of Alex's case, that the hub never wrote. */
const forgedWithdrawal = (events: Tampered, afterPosition: bigint): RecordedEvent => {
  const referral = events[0];
  const last = referral === undefined ? undefined : lastOf(events, referral.streamId);
  if (referral === undefined || last === undefined) throw new Error('The history has no case to forge an event in.');
  const forged: RecordedEvent = {
    ...last,
    eventId: 'f0000000-0000-4000-8000-000000000001',
    type: 'ConsentWithdrawn',
    revision: last.revision + 1n,
    position: afterPosition + 1n,
    data: { type: 'ConsentWithdrawn', caseId: (referral.data as { caseId: string }).caseId, occurredOn: '2026-01-05', withdrawnBy: 'parent-or-carer' },
    metadata: { ...withoutSeal(last.metadata), recordedAt: '2026-01-05T09:00:00.000Z' },
  };
  return rehashed(forged, last.metadata.hash?.current ?? genesisHash);
};

/** The forged withdrawal carrying a seal taken from an event the hub did write. */
const forgedWithCopiedSeal = (events: Tampered): RecordedEvent => {
  const forged = forgedWithdrawal(events, events.at(-1)?.position ?? 0n);
  const seal = events[0]?.metadata.seal;
  return seal === undefined ? forged : { ...forged, metadata: { ...forged.metadata, seal } };
};

interface Kind {
  readonly name: string;
  readonly tamper: (events: Tampered) => Tampered;
  /** Whether the verifier must catch it without published heads (with them it always must, but for the key file). */
  readonly caughtWithoutHeads: boolean;
  readonly codes: ReadonlyArray<string>;
}

const edited = (events: Tampered, index: number): Tampered =>
  events.map((event, at) => (at === index ? { ...event, data: { ...(event.data as object), occurredOn: '2030-01-01' } } : event));

const kinds: ReadonlyArray<Kind> = [
  { name: 'an event edited, hashes left', tamper: (events) => edited(events, 2), caughtWithoutHeads: true, codes: ['content-changed'] },
  { name: 'an event edited and its stream rehashed', tamper: (events) => rechained(edited(events, 2), events[2]?.streamId ?? ''), caughtWithoutHeads: true, codes: ['event-seal-wrong'] },
  { name: 'an event deleted', tamper: (events) => events.filter((_, at) => at !== indexOfType(events, 'ViewsHeard')), caughtWithoutHeads: true, codes: ['revision-out-of-sequence'] },
  { name: 'the last events cut off (truncated)', tamper: (events) => events.slice(0, -2), caughtWithoutHeads: false, codes: ['published-head-not-reached'] },
  {
    name: 'two events of a stream reordered',
    tamper: (events) => {
      const [first, second] = events.map((event, at) => ({ event, at })).filter(({ event }) => event.streamId === events[0]?.streamId);
      if (first === undefined || second === undefined) return events;
      return events.map((event, at) =>
        at === first.at ? { ...second.event, revision: first.event.revision, position: first.event.position } : at === second.at ? { ...first.event, revision: second.event.revision, position: second.event.position } : event,
      );
    },
    caughtWithoutHeads: true,
    codes: ['chain-broken'],
  },
  {
    name: 'an event moved to another stream',
    tamper: (events) => {
      const meeting = indexOfType(events, 'MeetingHeld');
      return events.map((event, at) => (at === meeting ? { ...event, streamId: 'meeting-tamworth-2025-26-6' } : event));
    },
    caughtWithoutHeads: true,
    codes: ['content-changed'],
  },
  { name: 'a metadata field added outside the hash', tamper: (events) => events.map((event, at) => (at === 3 ? { ...event, metadata: { ...event.metadata, note: 'approved' } as RecordedEvent['metadata'] } : event)), caughtWithoutHeads: true, codes: ['metadata-not-covered'] },
  { name: 'the recorded actor changed', tamper: (events) => events.map((event, at) => (at === 3 ? { ...event, metadata: { ...event.metadata, actor: { id: 'someone-else', role: 'hub coordinator' } } } : event)), caughtWithoutHeads: true, codes: ['content-changed'] },
  { name: 'a seal removed', tamper: (events) => events.map((event, at) => (at === 4 ? { ...event, metadata: withoutSeal(event.metadata) } : event)), caughtWithoutHeads: true, codes: ['event-not-sealed'] },
  { name: 'an event forged after the head, with a valid chain', tamper: (events) => [...events, forgedWithdrawal(events, events.at(-1)?.position ?? 0n)], caughtWithoutHeads: true, codes: ['event-not-sealed'] },
  { name: 'an event forged after the head, with another event’s seal copied', tamper: (events) => [...events, forgedWithCopiedSeal(events)], caughtWithoutHeads: true, codes: ['event-seal-wrong'] },
  { name: 'rolled back to an earlier copy', tamper: (events) => events.slice(0, 5), caughtWithoutHeads: false, codes: ['published-head-not-reached'] },
  { name: 'rolled back and forked with forged events', tamper: (events) => [...events.slice(0, 5), forgedWithdrawal(events.slice(0, 5), events[4]?.position ?? 0n)], caughtWithoutHeads: true, codes: ['event-not-sealed'] },
];

const codesOf = (report: VerificationReport): ReadonlyArray<string> => report.problems.map((problem) => problem.code);

describe('tampering, by kind, against a sealed history', () => {
  let events: RecordedEvent[];
  let sealing: { readonly sealers: ReturnType<typeof hmacSealer>[] };
  let heads: PublishedHead[];

  beforeAll(async () => {
    const history = await sealedHistory();
    events = history.events;
    sealing = { sealers: [history.sealer] };
    const clean = await verifyEvents(events, { sealing });
    heads = [await sealPublishedHead({ position: clean.headPosition ?? 0n, headHash: clean.headHash }, history.sealer)];
  });

  it('finds nothing wrong with the history as written, every event sealed and the head signed', async () => {
    const report = await verifyEvents(events, { sealing, publishedHeads: heads });
    expect(report.problems).toEqual([]);
    expect(report.sealing).toEqual({ sealedAfter: undefined, eventsSealed: events.length, eventsBeforeSealing: 0 });
  });

  it.each(kinds)('$name: caught with published heads, and without them where the table says', async ({ tamper, caughtWithoutHeads, codes }) => {
    const tampered = tamper(events);
    const withHeads = await verifyEvents(tampered, { sealing, publishedHeads: heads });
    expect(withHeads.verified).toBe(false);
    const withoutHeads = await verifyEvents(tampered, { sealing });
    expect(withoutHeads.verified).toBe(!caughtWithoutHeads);
    for (const code of codes) expect([...codesOf(withHeads), ...codesOf(withoutHeads)]).toContain(code);
  });

  it('refuses a published head that is not signed, or signed over another hash, or by another key', async () => {
    const [head] = heads;
    if (head === undefined) throw new Error('A head was published.');
    const unsigned = await verifyEvents(events, { sealing, publishedHeads: [{ position: head.position, headHash: head.headHash }] });
    expect(codesOf(unsigned)).toEqual(['published-head-not-sealed']);
    // A forger who rewrote the history and the heads file alike: the new head hash matches, its signature does not.
    const tampered = rechained(edited(events, 2), events[2]?.streamId ?? '');
    const forgedHead = { ...head, headHash: (await verifyEvents(tampered)).headHash };
    expect(codesOf(await verifyEvents(tampered, { sealing, publishedHeads: [forgedHead] }))).toContain('published-head-seal-wrong');
    const otherKey = hmacSealer('test-sealing-key', new Uint8Array(32).fill(7));
    expect(codesOf(await verifyEvents(events, { sealing: { sealers: [otherKey] }, publishedHeads: heads }))).toContain('event-seal-wrong');
    expect(codesOf(await verifyEvents(events, { sealing: { sealers: [hmacSealer('another-key', new Uint8Array(32))] } }))).toContain('seal-key-unknown');
  });

  it('names every sealing problem by stream and revision', async () => {
    const forged = forgedWithdrawal(events, events.at(-1)?.position ?? 0n);
    const report = await verifyEvents([...events, forged], { sealing });
    expect(report.problems).toEqual([
      {
        _tag: 'SealProblem',
        code: 'event-not-sealed',
        streamId: forged.streamId,
        revision: forged.revision,
        position: forged.position,
        message: `The event at revision ${forged.revision.toString()} of "${forged.streamId}" (ConsentWithdrawn) has no seal, although it was stored after sealing began: it was written by someone without the sealing key, around the hub.`,
      },
    ]);
  });
});
