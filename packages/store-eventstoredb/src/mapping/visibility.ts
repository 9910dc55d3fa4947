/**
 * Whether a record of `$all` belongs to the store's own events. EventStoreDB keeps
 * its own bookkeeping in streams whose ids start with `$` (and marks deleted
 * streams with `$`-typed events); the port's `readAll` leaves those out.
 */
export const isStoreEvent = (record: { readonly streamId: string; readonly type: string }, streamPrefix?: string): boolean =>
  !record.streamId.startsWith('$') &&
  !record.type.startsWith('$') &&
  (streamPrefix === undefined || record.streamId.startsWith(streamPrefix));
