import { checkNewEvent, describeNewEvent, InvalidEventError, type NewEvent } from '@send-hub/event-store';
import type { RecordToWrite } from '../client/gateway';
import { storedEventIdFor } from './event-id';
import { whyNotJson } from './json-check';
import { addedMetadataKeys, toStoredMetadata } from './stored-metadata';

const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

/** Stream ids starting with `$` are EventStoreDB's system streams, which `readAll` leaves out. */
export const requireWritableStreamId = (streamId: unknown): string => {
  if (!isText(streamId)) {
    throw new InvalidEventError(`A stream id must be non-empty text, but was ${JSON.stringify(streamId) ?? String(streamId)}.`);
  }
  if (streamId.startsWith('$')) {
    throw new InvalidEventError(`The stream id "${streamId}" starts with "$", which EventStoreDB keeps for its system streams.`);
  }
  return streamId;
};

/**
 * Checks one event and shapes it for EventStoreDB, or throws `InvalidEventError`
 * naming the event and what is wrong. Runs on the whole batch before anything is
 * sent, so a bad event means none of its batch is written.
 */
export const encodeNewEvent = (streamId: string, event: NewEvent, index: number): RecordToWrite => {
  checkNewEvent(streamId, event, index);
  const { eventId, type, data, metadata } = event;
  const described = describeNewEvent(streamId, index, type);
  if (type.startsWith('$')) throw new InvalidEventError(`${described} has a type starting with "$", which EventStoreDB keeps for itself.`);
  const clash = addedMetadataKeys.find((key) => key in metadata);
  if (clash !== undefined) {
    throw new InvalidEventError(`${described} has the metadata field "${clash}", which this store uses for itself.`);
  }
  const dataProblem = whyNotJson(data);
  if (dataProblem !== undefined) throw new InvalidEventError(`${described} cannot be stored: in its data, ${dataProblem}.`);
  const metadataProblem = whyNotJson(metadata);
  if (metadataProblem !== undefined) throw new InvalidEventError(`${described} cannot be stored: in its metadata, ${metadataProblem}.`);
  return { id: storedEventIdFor(eventId), type, data, metadata: toStoredMetadata(event) };
};
