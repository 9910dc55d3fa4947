import { either as E } from 'fp-ts';
import type * as t from 'io-ts';
import type { RecordedEvent } from '../port/recorded-event';
import type { UpcasterRegistry } from '../upcasting/upcaster-registry';
import { describeValidationErrors } from './describe-validation-errors';
import { storedEventUnreadable, type StoredEventUnreadable } from './handler-failures';

/**
 * Reads one stored event as a domain event: refuses corrupt payloads, brings old
 * schema versions up to the current one, then decodes with the event codec. The
 * envelope's `type` is put back into the data, so stored data may leave it out.
 */
export const decodeRecordedEvent = <Event>(
  recorded: RecordedEvent,
  eventCodec: t.Decoder<unknown, Event>,
  upcasters: UpcasterRegistry,
): E.Either<StoredEventUnreadable, Event> => {
  const unreadable = (reason: string) => E.left(storedEventUnreadable(recorded.streamId, recorded.revision, recorded.type, reason));
  if (recorded.corruption !== undefined) return unreadable(recorded.corruption);
  const upcast = upcasters.upcast(recorded.type, recorded.schemaVersion, recorded.data);
  if (E.isLeft(upcast)) return unreadable(upcast.left.message);
  const data = upcast.right;
  // Copy only when the data does not already carry the envelope's type, as it almost always does.
  const payload =
    typeof data === 'object' && data !== null && !Array.isArray(data) && (data as { readonly type?: unknown }).type !== recorded.type
      ? { ...data, type: recorded.type }
      : data;
  const decoded = eventCodec.decode(payload);
  return E.isLeft(decoded) ? unreadable(describeValidationErrors(decoded.left).join('; ')) : decoded;
};
