import { left, right, type Either } from 'fp-ts/Either';
import {
  InvalidEventError,
  concurrencyConflict,
  meetsExpectedRevision,
  type AppendResult,
  type ConcurrencyConflict,
  type ExpectedRevision,
  type NewEvent,
} from '@send-hub/event-store';
import type { EventStoreDbGateway, LogPosition } from '../client/gateway';
import { encodeNewEvent, requireWritableStreamId } from '../mapping/encode-new-event';
import { globalPositionOf } from '../mapping/global-position';
import type { StreamNamespace } from '../mapping/stream-namespace';
import { checkEventList, checkExpectedRevision } from './argument-checks';
import { describeRecord } from './scan-all';

const firstOf = async <T>(iterable: AsyncIterable<T>): Promise<T | undefined> => {
  for await (const item of iterable) return item;
  return undefined;
};

/**
 * An append of no events writes nothing (EventStoreDB would write an empty record
 * to its log); it checks the expected revision and reports where the stream stands.
 */
const appendNothing = async (
  gateway: EventStoreDbGateway,
  streamId: string,
  storedName: string,
  expected: ExpectedRevision,
): Promise<Either<ConcurrencyConflict, AppendResult>> => {
  const last = await firstOf(gateway.readStream(storedName, 'end', 1, 'backwards'));
  if (!meetsExpectedRevision(expected, last?.revision)) return left(concurrencyConflict(streamId, expected, last?.revision));
  if (last === undefined) {
    throw new InvalidEventError(`The append to "${streamId}" has no events, and with no such stream there is no revision to report.`);
  }
  return right({ nextExpectedRevision: last.revision, position: globalPositionOf(last.position, describeRecord(last)) });
};

/**
 * The append's result carries the commit position of its last event, which is
 * that event's own position (see the README). Should a server leave it out, the
 * last event is read back by its revision, which no later write can change.
 */
const positionOfLastEvent = async (
  gateway: EventStoreDbGateway,
  storedName: string,
  revision: bigint,
  reported: LogPosition | undefined,
): Promise<bigint> => {
  if (reported !== undefined) return reported.commit;
  const last = await firstOf(gateway.readStream(storedName, revision, 1, 'forwards'));
  return globalPositionOf(last?.position, `event ${revision.toString()} of "${storedName}"`);
};

export const appendEvents = async (
  gateway: EventStoreDbGateway,
  namespace: StreamNamespace,
  streamIdArgument: string,
  eventsArgument: ReadonlyArray<NewEvent>,
  expectedArgument: ExpectedRevision,
): Promise<Either<ConcurrencyConflict, AppendResult>> => {
  const streamId = requireWritableStreamId(streamIdArgument);
  const expected = checkExpectedRevision(expectedArgument);
  const records = checkEventList(streamId, eventsArgument).map((event, index) => encodeNewEvent(streamId, event as NewEvent, index));
  const storedName = namespace.storedName(streamId);
  if (records.length === 0) return appendNothing(gateway, streamId, storedName, expected);
  const outcome = await gateway.append(storedName, records, expected);
  if (outcome.kind === 'wrong-expected-revision') return left(concurrencyConflict(streamId, expected, outcome.actualRevision));
  const position = await positionOfLastEvent(gateway, storedName, outcome.nextExpectedRevision, outcome.position);
  return right({ nextExpectedRevision: outcome.nextExpectedRevision, position });
};
