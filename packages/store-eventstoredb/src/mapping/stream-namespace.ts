import type { StoredRecord } from '../client/gateway';

/**
 * Names this store's streams inside EventStoreDB. With a namespace, the stream
 * `case-1` is stored as `<namespace>case-1`, and reads, subscriptions and the head
 * position see only the namespace's streams, so several stores (councils, test runs)
 * can share one server. The empty namespace stores stream ids as they are.
 */
export interface StreamNamespace {
  /** The EventStoreDB stream name of a port stream id. */
  storedName(streamId: string): string;
  /** The stream-name prefix a read or subscription keeps to; undefined means every non-system stream. */
  prefixFor(streamPrefix: string | undefined): string | undefined;
  /** The record under its port stream id. */
  local(record: StoredRecord): StoredRecord;
}

export const streamNamespace = (namespace: string): StreamNamespace => ({
  storedName: (streamId) => namespace + streamId,
  prefixFor: (streamPrefix) => (namespace === '' && streamPrefix === undefined ? undefined : namespace + (streamPrefix ?? '')),
  local: (record) => (namespace === '' ? record : { ...record, streamId: record.streamId.slice(namespace.length) }),
});
