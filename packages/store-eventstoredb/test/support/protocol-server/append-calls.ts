import type { sendUnaryData, ServerDuplexStream, ServerReadableStream } from '@grpc/grpc-js';
import { AllStreamPosition, Empty as SharedEmpty } from '@eventstore/db-client/generated/shared_pb';
import { AppendResp, BatchAppendResp, type AppendReq, type BatchAppendReq } from '@eventstore/db-client/generated/streams_pb';
import { Empty } from 'google-protobuf/google/protobuf/empty_pb';
import type { ExpectedVersion } from './expected-version';
import {
  maximumAppendSizeError,
  maximumAppendSizeStatus,
  missingPropertiesError,
  streamDeletedError,
  streamDeletedStatus,
  wrongExpectedVersionStatus,
} from './protocol-errors';
import type { ProposedEvent, TransactionLog } from './transaction-log';
import { expectedVersionOf, missingProperties, proposedEvent, streamNameOf } from './wire-messages';

/**
 * The two ways to append. `Append` (every server) streams one options message then
 * the events, and gets one answer; `BatchAppend` (from 21.10, which the client uses
 * whenever the server lists it among its features) keeps one call open for many
 * appends, each sent as requests sharing a correlation id until one is final.
 * An append answers with the commit position of its last event and the prepare
 * position of its first, as the server reports an implicit transaction.
 */

const appendAnswer = (
  log: TransactionLog,
  streamName: string,
  expected: ExpectedVersion,
  events: ReadonlyArray<ProposedEvent>,
): AppendResp | Error => {
  const outcome = log.append(streamName, expected, events);
  const response = new AppendResp();
  switch (outcome.kind) {
    case 'stream-deleted':
      return streamDeletedError(streamName);
    case 'too-large':
      return maximumAppendSizeError(outcome.maxAppendSize);
    case 'wrong-expected-version': {
      const details = new AppendResp.WrongExpectedVersion();
      if (outcome.currentRevision === undefined) details.setCurrentNoStream(new SharedEmpty());
      else details.setCurrentRevision(outcome.currentRevision.toString());
      if (expected.kind === 'revision') details.setExpectedRevision(expected.revision.toString());
      else if (expected.kind === 'no_stream') details.setExpectedNoStream(new SharedEmpty());
      else if (expected.kind === 'stream_exists') details.setExpectedStreamExists(new SharedEmpty());
      else details.setExpectedAny(new SharedEmpty());
      response.setWrongExpectedVersion(details);
      return response;
    }
    case 'written': {
      const success = new AppendResp.Success();
      if (outcome.currentRevision === undefined) success.setNoStream(new SharedEmpty());
      else success.setCurrentRevision(outcome.currentRevision.toString());
      const position = new AppendResp.Position();
      position.setCommitPosition(outcome.lastPosition.toString());
      position.setPreparePosition(outcome.firstPosition.toString());
      success.setPosition(position);
      response.setSuccess(success);
      return response;
    }
  }
};

export const appendCall =
  (log: TransactionLog, onAppend: () => void) =>
  (call: ServerReadableStream<AppendReq, AppendResp>, callback: sendUnaryData<AppendResp>): void => {
    let options: AppendReq.Options | undefined;
    const events: ProposedEvent[] = [];
    let refused: Error | undefined;
    call.on('data', (request: AppendReq) => {
      const message = request.getProposedMessage();
      if (message === undefined) {
        options = request.getOptions();
        return;
      }
      const missing = missingProperties(message);
      if (missing.length > 0) refused ??= missingPropertiesError(missing);
      events.push(proposedEvent(message));
    });
    call.on('end', () => {
      if (refused !== undefined) return callback(refused);
      if (options === undefined) return callback(missingPropertiesError(['options']));
      const revision = options.hasRevision() ? options.getRevision() : undefined;
      const answer = appendAnswer(log, streamNameOf(options.getStreamIdentifier()), expectedVersionOf(options, revision), events);
      onAppend();
      return answer instanceof Error ? callback(answer) : callback(null, answer);
    });
  };

const batchAnswer = (log: TransactionLog, options: BatchAppendReq.Options, events: ReadonlyArray<ProposedEvent>): BatchAppendResp => {
  const streamName = streamNameOf(options.getStreamIdentifier());
  const expected = expectedVersionOf(options, options.hasStreamPosition() ? options.getStreamPosition() : undefined);
  const response = new BatchAppendResp();
  response.setStreamIdentifier(options.getStreamIdentifier());
  if (expected.kind === 'revision') response.setStreamPosition(expected.revision.toString());
  else if (expected.kind === 'no_stream') response.setNoStream(new Empty());
  else if (expected.kind === 'stream_exists') response.setStreamExists(new Empty());
  else response.setAny(new Empty());
  const outcome = log.append(streamName, expected, events);
  switch (outcome.kind) {
    case 'stream-deleted':
      response.setError(streamDeletedStatus(streamName));
      break;
    case 'too-large':
      response.setError(maximumAppendSizeStatus(outcome.maxAppendSize));
      break;
    case 'wrong-expected-version':
      response.setError(wrongExpectedVersionStatus(expected, outcome.currentRevision));
      break;
    case 'written': {
      const success = new BatchAppendResp.Success();
      if (outcome.currentRevision === undefined) success.setNoStream(new Empty());
      else success.setCurrentRevision(outcome.currentRevision.toString());
      const position = new AllStreamPosition();
      position.setCommitPosition(outcome.lastPosition.toString());
      position.setPreparePosition(outcome.firstPosition.toString());
      success.setPosition(position);
      response.setSuccess(success);
      break;
    }
  }
  return response;
};

interface PendingBatch {
  options: BatchAppendReq.Options | undefined;
  readonly events: ProposedEvent[];
}

export const batchAppendCall =
  (log: TransactionLog, onAppend: () => void) =>
  (call: ServerDuplexStream<BatchAppendReq, BatchAppendResp>): void => {
    const pending = new Map<string, PendingBatch>();
    call.on('data', (request: BatchAppendReq) => {
      const key = request.getCorrelationId()?.getString() ?? '';
      const batch = pending.get(key) ?? { options: undefined, events: [] };
      pending.set(key, batch);
      batch.options ??= request.getOptions();
      batch.events.push(...request.getProposedMessagesList().map(proposedEvent));
      if (!request.getIsFinal()) return;
      pending.delete(key);
      if (batch.options === undefined) return call.emit('error', missingPropertiesError(['options']));
      const response = batchAnswer(log, batch.options, batch.events);
      onAppend();
      response.setCorrelationId(request.getCorrelationId());
      call.write(response);
    });
    call.on('end', () => call.end());
  };
