import { EventMetadata, type RecordedEvent } from '@send-hub/event-store';
import * as t from 'io-ts';
import { toJsonText } from '../json-text';

const wholeNumberText = /^(0|[1-9]\d*)$/;

/** A revision or position as exported: decimal digits (JSON numbers lose precision past 2^53). */
const DecimalBigint = new t.Type<bigint, string, unknown>(
  'a whole number written in digits, like "42"',
  (input): input is bigint => typeof input === 'bigint',
  (input, context) => (typeof input === 'string' && wholeNumberText.test(input) ? t.success(BigInt(input)) : t.failure(input, context)),
  (value) => value.toString(),
);

const Text = new t.Type<string, string, unknown>(
  'a non-empty text',
  (input): input is string => typeof input === 'string' && input.length > 0,
  (input, context) => (typeof input === 'string' && input.length > 0 ? t.success(input) : t.failure(input, context)),
  t.identity,
);

const SchemaVersion = new t.Type<number, number, unknown>(
  'a schema version (a whole number)',
  (input): input is number => typeof input === 'number' && Number.isSafeInteger(input) && input >= 0,
  (input, context) => (typeof input === 'number' && Number.isSafeInteger(input) && input >= 0 ? t.success(input) : t.failure(input, context)),
  t.identity,
);

/** One line of an export: the envelope, the data exactly as stored (ciphertext included) and the hashes. */
export const ExportedEvent = t.intersection(
  [
    t.type({ streamId: Text, revision: DecimalBigint, position: DecimalBigint, eventId: Text, type: Text, schemaVersion: SchemaVersion, metadata: EventMetadata }),
    t.partial({ data: t.unknown, corruption: t.string }),
  ],
  'an exported event',
);

export const exportLine = (event: RecordedEvent): string =>
  toJsonText({
    streamId: event.streamId,
    revision: event.revision,
    position: event.position,
    eventId: event.eventId,
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: event.data,
    metadata: event.metadata,
    ...(event.corruption === undefined ? {} : { corruption: event.corruption }),
  });
