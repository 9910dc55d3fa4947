import type { NewEvent } from '../port/recorded-event';
import type { WrittenEvent } from './command-handler';

/**
 * An event as a handler wrote it: its envelope, its stream and the revision it landed at.
 * Every field written out, in one order: a spread of the envelope made each one a slow,
 * dictionary-shaped object, and a referral's writes on the child's stream spent more on
 * that spread than on deciding them.
 */
export const writtenEvent = ({ eventId, type, schemaVersion, data, metadata }: NewEvent, streamId: string, revision: bigint): WrittenEvent => ({
  eventId,
  type,
  schemaVersion,
  data,
  metadata,
  streamId,
  revision,
});
