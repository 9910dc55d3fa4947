import { StreamIdentifier, UUID } from '@eventstore/db-client/generated/shared_pb';
import { ReadResp } from '@eventstore/db-client/generated/streams_pb';
import type { ExpectedVersion } from './expected-version';
import type { LogRecord, ProposedEvent } from './transaction-log';

/**
 * Between the log's records and the protocol's messages, built with the client's own
 * generated message classes: what the server sends is decoded by the very code that
 * decodes a real server's answers.
 */

/** What servers before 22.6 put where a stream read's position would be (-1 as an unsigned 64-bit number). */
export const unknownPosition = (2n ** 64n - 1n).toString();

export const streamNameOf = (identifier: StreamIdentifier | undefined): string =>
  identifier === undefined ? '' : Buffer.from(identifier.getStreamName_asU8()).toString('utf8');

export const streamIdentifier = (streamName: string): StreamIdentifier => {
  const identifier = new StreamIdentifier();
  identifier.setStreamName(Buffer.from(streamName, 'utf8'));
  return identifier;
};

const hex = (value: string): string => BigInt.asUintN(64, BigInt(value)).toString(16).padStart(16, '0');

/** A UUID from either of its wire forms (text, or two signed 64-bit halves). */
export const uuidText = (uuid: UUID | undefined): string => {
  if (uuid === undefined) return '';
  const structured = uuid.getStructured();
  if (structured === undefined) return uuid.getString();
  const digits = hex(structured.getMostSignificantBits()) + hex(structured.getLeastSignificantBits());
  return `${digits.slice(0, 8)}-${digits.slice(8, 12)}-${digits.slice(12, 16)}-${digits.slice(16, 20)}-${digits.slice(20)}`;
};

export const uuidMessage = (text: string): UUID => {
  const uuid = new UUID();
  uuid.setString(text);
  return uuid;
};

interface ProposedMessage {
  getId(): UUID | undefined;
  getMetadataMap(): { get(key: string): string | undefined };
  getData_asU8(): Uint8Array;
  getCustomMetadata_asU8(): Uint8Array;
}

/** The names of required properties a proposed message lacks (the server refuses such an append). */
export const missingProperties = (message: ProposedMessage): ReadonlyArray<string> =>
  ['type', 'content-type'].filter((key) => (message.getMetadataMap().get(key) ?? '') === '');

export const proposedEvent = (message: ProposedMessage): ProposedEvent => ({
  id: uuidText(message.getId()),
  type: message.getMetadataMap().get('type') ?? '',
  contentType: message.getMetadataMap().get('content-type') ?? '',
  data: message.getData_asU8(),
  metadata: message.getCustomMetadata_asU8(),
});

export interface RecordOptions {
  /** Whether the read reports positions: `$all` reads always do, stream reads from server version 22.6. */
  readonly withPosition: boolean;
}

export const readEventMessage = (record: LogRecord, { withPosition }: RecordOptions): ReadResp => {
  const recorded = new ReadResp.ReadEvent.RecordedEvent();
  recorded.setId(uuidMessage(record.id));
  recorded.setStreamIdentifier(streamIdentifier(record.streamName));
  recorded.setStreamRevision(record.revision.toString());
  const position = withPosition ? record.position.toString() : unknownPosition;
  recorded.setCommitPosition(position);
  recorded.setPreparePosition(position);
  recorded.getMetadataMap().set('type', record.type).set('content-type', record.contentType).set('created', record.created.toString());
  recorded.setData(record.data);
  recorded.setCustomMetadata(record.metadata);
  const event = new ReadResp.ReadEvent();
  event.setEvent(recorded);
  if (withPosition) event.setCommitPosition(record.position.toString());
  const response = new ReadResp();
  response.setEvent(event);
  return response;
};

interface ExpectedVersionOptions {
  hasAny(): boolean;
  hasNoStream(): boolean;
  hasStreamExists(): boolean;
}

/** The expected version of an append's options; `revision` is the exact revision, when one was given. */
export const expectedVersionOf = (options: ExpectedVersionOptions, revision: string | undefined): ExpectedVersion => {
  if (options.hasNoStream()) return { kind: 'no_stream' };
  if (options.hasStreamExists()) return { kind: 'stream_exists' };
  if (revision !== undefined) return { kind: 'revision', revision: BigInt(revision) };
  return { kind: 'any' };
};
