import { CaseEvent, caseStreamId, type CaseCommand } from '@send-hub/core';
import { eventHash, genesisHash, type ExpectedRevision, type NewEvent, type RecordedEvent } from '@send-hub/event-store';
import { hubEventSchemaVersions } from '@send-hub/hub';
import { benchmarkOfficer } from './case-command-handler';
import { caseJourney, type CaseJourney } from './case-journeys';
import { seededRandom, seededUuid } from './seeded-random';

const journeySeed = 20_250_915;
let generated: CaseJourney[] = [];
let random = seededRandom(journeySeed);
let generatedCommands = 0;

/**
 * The first journeys of one seeded sequence, enough for at least `minimumCommands`
 * commands. Every run and every group draws from the same sequence, so a smaller
 * scale benchmarks a prefix of the same hub.
 */
export const caseJourneys = (minimumCommands: number): ReadonlyArray<CaseJourney> => {
  while (generatedCommands < minimumCommands) {
    const journey = caseJourney(random, generated.length);
    generated.push(journey);
    generatedCommands += journey.commands.length;
  }
  let count = 0;
  let taken = 0;
  while (count < minimumCommands) count += generated[taken++]?.commands.length ?? Infinity;
  return generated.slice(0, taken);
};

const byBusinessDate = (left: { readonly occurredOn: string }, right: { readonly occurredOn: string }): number =>
  left.occurredOn < right.occurredOn ? -1 : left.occurredOn > right.occurredOn ? 1 : 0;

/** The journeys' commands in the order a hub records them: by business date, each case's own in order (the sort is stable). */
export const commandsInRecordingOrder = (journeys: ReadonlyArray<CaseJourney>): ReadonlyArray<CaseCommand> =>
  journeys.flatMap((journey) => journey.commands).sort(byBusinessDate);

/** One append as the case command handler makes it: one command's events, at the revision it was decided on. */
export interface RecordedAppend {
  readonly streamId: string;
  readonly events: ReadonlyArray<NewEvent>;
  readonly expected: ExpectedRevision;
}

/** A hub's history as a store holds it, and as the appends that wrote it. */
export interface HubHistory {
  /** Every event as stored: codec-encoded data with plain personal fields (no encryption), metadata with its hash. */
  readonly stored: ReadonlyArray<RecordedEvent>;
  /** The same events as the handler appends them, one at a time, before the hash chain adds its hashes. */
  readonly appends: ReadonlyArray<RecordedAppend>;
}

let histories = new Map<number, HubHistory>();

/**
 * Envelopes the decider's events as the case command handler and the hash chain
 * would (encoded by the codec, the hub's schema versions, an actor, correlation and
 * causation ids, each event chained to the previous one of its case). Building them
 * directly rather than through the handler keeps a 200,000-event run from spending
 * half a minute preparing its data; the handler itself is measured in the core group.
 */
const envelopeHistory = (minimumEvents: number): HubHistory => {
  const ids = seededRandom(journeySeed + 1);
  const events = caseJourneys(minimumEvents).flatMap((journey) => journey.events).sort(byBusinessDate);
  const streams = new Map<string, { revision: bigint; hash: string }>();
  const stored: RecordedEvent[] = [];
  const appends: RecordedAppend[] = [];
  for (const [index, event] of events.entries()) {
    const streamId = caseStreamId(event.caseId);
    const previous = streams.get(streamId);
    const revision = previous === undefined ? 0n : previous.revision + 1n;
    const correlationId = seededUuid(ids);
    const metadata = { recordedAt: `${event.occurredOn}T12:${String(index % 60).padStart(2, '0')}:00.000Z`, actor: benchmarkOfficer, correlationId, causationId: correlationId };
    const written: NewEvent = { eventId: seededUuid(ids), type: event.type, schemaVersion: hubEventSchemaVersions[event.type], data: CaseEvent.encode(event), metadata };
    const hash = { previous: previous?.hash ?? genesisHash, current: eventHash({ ...written, streamId }, previous?.hash ?? genesisHash) };
    streams.set(streamId, { revision, hash: hash.current });
    stored.push({ ...written, metadata: { ...metadata, hash }, streamId, revision, position: BigInt(index + 1) });
    appends.push({ streamId, events: [written], expected: previous === undefined ? 'no_stream' : previous.revision });
  }
  return { stored, appends };
};

/** The history of about `minimumEvents` events, built once per scale and shared by the groups. */
export const hubHistory = (minimumEvents: number): HubHistory => {
  const known = histories.get(minimumEvents) ?? envelopeHistory(minimumEvents);
  histories.set(minimumEvents, known);
  return known;
};

/**
 * Forgets every journey and history built so far (the next call builds the same ones
 * again, from the seed). The runner calls it after each group, so one group's data
 * does not count in the next group's memory figures.
 */
export const releaseSharedHistories = (): void => {
  generated = [];
  random = seededRandom(journeySeed);
  generatedCommands = 0;
  histories = new Map();
};
