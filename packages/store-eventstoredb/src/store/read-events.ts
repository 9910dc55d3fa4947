import { checkMetadataChoice, type ReadAllOptions, type ReadStreamOptions, type RecordedEvent } from '@send-hub/event-store';
import type { EventStoreDbGateway } from '../client/gateway';
import { globalPositionOf, logPositionAt } from '../mapping/global-position';
import type { StreamNamespace } from '../mapping/stream-namespace';
import type { StoreSettings } from '../store-options';
import { checkLimit, checkStartingPoint, checkStreamPrefix } from './argument-checks';
import { describeRecord, newestStoreEvent, scanAll, toDeliverable, toRecordedEvent } from './scan-all';

const checkStreamId = (streamId: unknown): string => {
  if (typeof streamId === 'string' && streamId.length > 0) return streamId;
  throw new TypeError(`A stream id must be non-empty text, but was ${JSON.stringify(streamId) ?? String(streamId)}.`);
};

/** The client's own default for "no limit". */
const clientLimit = (limit: number): number => (Number.isFinite(limit) ? limit : Number.MAX_SAFE_INTEGER);

export const readStream = async (
  gateway: EventStoreDbGateway,
  namespace: StreamNamespace,
  streamIdArgument: string,
  options: ReadStreamOptions = {},
): Promise<ReadonlyArray<RecordedEvent>> => {
  const streamId = checkStreamId(streamIdArgument);
  const fromRevision = checkStartingPoint('fromRevision', options.fromRevision ?? 0n);
  const limit = checkLimit(options.maxCount);
  if (limit === 0) return [];
  const events: RecordedEvent[] = [];
  for await (const record of gateway.readStream(namespace.storedName(streamId), fromRevision, clientLimit(limit), 'forwards')) {
    events.push(toRecordedEvent(record, namespace));
  }
  return events;
};

async function* readAllChecked(
  gateway: EventStoreDbGateway,
  { pageSize, namespace }: StoreSettings,
  after: bigint | undefined,
  limit: number,
  streamPrefix: string | undefined,
): AsyncGenerator<RecordedEvent> {
  if (limit === 0) return;
  let delivered = 0;
  // A small limit needs no big page; one record more covers the starting record each read repeats.
  const page = Math.min(pageSize, Math.max(2, limit + 1));
  for await (const { record } of scanAll(gateway, page, after === undefined ? 'start' : logPositionAt(after))) {
    const event = toDeliverable(record, namespace, streamPrefix);
    if (event === undefined) continue;
    yield event;
    delivered += 1;
    if (delivered >= limit) return;
  }
}

/** Checks the options at once, so a bad call fails where it is made rather than at the first step. */
export const readAll = (gateway: EventStoreDbGateway, settings: StoreSettings, options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> => {
  const after = options.after === undefined ? undefined : checkStartingPoint('after', options.after);
  // Every record arrives with its metadata, so skipping it saves nothing here: every event keeps its own.
  checkMetadataChoice(options.metadata);
  return readAllChecked(gateway, settings, after, checkLimit(options.maxCount), checkStreamPrefix(options.streamPrefix));
};

export const headPosition = async (gateway: EventStoreDbGateway, { pageSize, namespace }: StoreSettings): Promise<bigint | undefined> => {
  const newest = await newestStoreEvent(gateway, pageSize, namespace);
  return newest === undefined ? undefined : globalPositionOf(newest.position, describeRecord(newest));
};
