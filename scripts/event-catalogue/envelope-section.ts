import { EventMetadata } from '@send-hub/event-store';
import { describeCodec, fieldsOf, formatPath, type CodecShape } from './codec-fields';
import { code, table } from './markdown';

/** The stored event around the data. `RecordedEvent` is a TypeScript interface, not a codec, so its fields are described here. */
const recordedFields: ReadonlyArray<readonly [string, string, string]> = [
  ['streamId', 'text', 'The stream the event belongs to (see each group of events above).'],
  ['revision', 'a bigint from 0', "The event's place in its stream: 0 for the first, then 1, 2, 3, with no gaps."],
  ['position', 'a bigint', "The event's place in the store's global order: strictly increasing, not necessarily without gaps."],
  ['eventId', 'text', 'A unique id; the command handler writes version 7 (time-ordered) UUIDs by default.'],
  ['type', 'text', 'The event type, as in the headings above.'],
  ['schemaVersion', 'a whole number from 1', 'The version of the event type the data was written in; readers bring older versions up to date through registered upcasters.'],
  ['data', 'JSON', 'The event\'s fields as listed above, with personal fields encrypted.'],
  ['metadata', 'JSON', 'Who recorded the event, when, why, and its hashes: see below.'],
];

/** What each metadata field means; a new field in the codec must be explained here before the catalogue can be written. */
const metadataMeanings: Readonly<Record<string, string>> = {
  recordedAt: 'When the hub recorded the event, from the writer\'s clock (ISO 8601, UTC). Not the business date: that is `occurredOn` in the data.',
  actor: 'Who recorded it.',
  'actor.id': 'The person or system.',
  'actor.role': 'Their role (for example "hub coordinator").',
  'actor.agency': 'The agency they work for, when given.',
  correlationId: 'Ties together everything one request caused.',
  causationId: 'What caused this event: the command\'s id when the caller gives one, else the correlation id.',
  hash: 'The tamper-evidence chain, written by `withHashChain`.',
  'hash.previous': 'The hash of the previous event of the same stream (64 zeros for the first).',
  'hash.current': "SHA-256 over `hash.previous` and this event's canonical content (stream id, event id, type, schema version, data as stored, recordedAt, actor, correlation and causation ids).",
  seal: 'The seal, written by `withSeals` on a sealing hub: made with a key kept apart from the event file, so nobody without it can add an event that verifies.',
  'seal.keyId': 'Which sealing key made the seal.',
  'seal.mac': "HMAC-SHA-256 (base64) of `send-hub event ` followed by `hash.current`.",
};

export const envelopeSection = (): string => {
  const metadata = fieldsOf(EventMetadata as CodecShape).map((row) => {
    const path = formatPath(row.path);
    const meaning = metadataMeanings[path];
    if (meaning === undefined) throw new Error(`The catalogue does not say what the metadata field "${path}" means: add it to metadataMeanings.`);
    return [`${code(path)}${row.optional ? ' (optional)' : ''}`, describeCodec(row.codec), meaning];
  });
  return [
    '## The envelope',
    'A store keeps each event in an envelope. The business facts are in `data`; everything about the recording is in the envelope.',
    table(['Field', 'Holds', 'Meaning'], recordedFields.map(([field, holds, meaning]) => [code(field), holds, meaning])),
    'The `metadata` fields, from the `EventMetadata` codec of `@send-hub/event-store`:',
    table(['Field', 'Holds', 'Meaning'], metadata),
  ].join('\n\n');
};
