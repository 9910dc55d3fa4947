import { Metadata, status, type ServiceError } from '@grpc/grpc-js';
import { Code } from '@eventstore/db-client/generated/code_pb';
import {
  MaximumAppendSizeExceeded,
  StreamDeleted,
  WrongExpectedVersion,
} from '@eventstore/db-client/generated/shared_pb';
import { Status } from '@eventstore/db-client/generated/status_pb';
import { Any } from 'google-protobuf/google/protobuf/any_pb';
import { Empty } from 'google-protobuf/google/protobuf/empty_pb';
import type { ExpectedVersion } from './expected-version';
import { streamIdentifier } from './wire-messages';

/**
 * Failures as EventStoreDB sends them. Calls other than batch appends end with a
 * gRPC status whose trailing metadata names the failure (`exception`) and its
 * details; the client turns these into its error classes. A batch append answers
 * each request with a `google.rpc.Status` whose details pack a typed message.
 */

const callError = (code: status, details: string, entries: Readonly<Record<string, string>>): ServiceError => {
  const metadata = new Metadata();
  for (const [key, value] of Object.entries(entries)) metadata.set(key, value);
  return Object.assign(new Error(`${code} ${details}`), { code, details, metadata });
};

export const streamDeletedError = (streamName: string): ServiceError =>
  callError(status.FAILED_PRECONDITION, `Event stream '${streamName}' is deleted.`, { exception: 'stream-deleted', 'stream-name': streamName });

export const maximumAppendSizeError = (maxAppendSize: number): ServiceError =>
  callError(status.INVALID_ARGUMENT, `Maximum Append Size of ${maxAppendSize} Exceeded.`, {
    exception: 'maximum-append-size-exceeded',
    'maximum-append-size': maxAppendSize.toString(),
  });

export const missingPropertiesError = (missing: ReadonlyArray<string>): ServiceError =>
  callError(status.INVALID_ARGUMENT, `Required Metadata Properties Missing: ${missing.join(', ')}`, {
    exception: 'missing-required-metadata-property',
    'required-metadata-properties': missing.join(','),
  });

export const accessDeniedError = (): ServiceError =>
  callError(status.PERMISSION_DENIED, 'Access Denied', { exception: 'access-denied' });

/** What a server going away says to the calls it ends (the client then reconnects). */
export const serverGoingAwayError = (): ServiceError => callError(status.UNAVAILABLE, 'Server Is Shutting Down', {});

const packed = (code: Code, message: string, details: { serializeBinary(): Uint8Array }, typeName: string): Status => {
  const any = new Any();
  any.pack(details.serializeBinary(), `event_store.client.${typeName}`);
  const result = new Status();
  result.setCode(code);
  result.setMessage(message);
  result.setDetails(any);
  return result;
};

export const wrongExpectedVersionStatus = (expected: ExpectedVersion, currentRevision: bigint | undefined): Status => {
  const details = new WrongExpectedVersion();
  if (currentRevision === undefined) details.setCurrentNoStream(new Empty());
  else details.setCurrentStreamRevision(currentRevision.toString());
  switch (expected.kind) {
    case 'any':
      details.setExpectedAny(new Empty());
      break;
    case 'no_stream':
      details.setExpectedNoStream(new Empty());
      break;
    case 'stream_exists':
      details.setExpectedStreamExists(new Empty());
      break;
    case 'revision':
      details.setExpectedStreamPosition(expected.revision.toString());
      break;
  }
  return packed(Code.FAILED_PRECONDITION, 'Append failed due to WrongExpectedVersion.', details, 'WrongExpectedVersion');
};

export const streamDeletedStatus = (streamName: string): Status => {
  const details = new StreamDeleted();
  details.setStreamIdentifier(streamIdentifier(streamName));
  return packed(Code.FAILED_PRECONDITION, `Event stream '${streamName}' is deleted.`, details, 'StreamDeleted');
};

export const maximumAppendSizeStatus = (maxAppendSize: number): Status => {
  const details = new MaximumAppendSizeExceeded();
  details.setMaxappendsize(maxAppendSize);
  return packed(Code.INVALID_ARGUMENT, `Maximum Append Size of ${maxAppendSize} Exceeded.`, details, 'MaximumAppendSizeExceeded');
};
