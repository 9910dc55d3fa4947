import type { MetadataChoice, RecordedEvent } from '@send-hub/event-store';
import { decodeEventRow, decodeEventRowWithoutMetadata } from '../event-row';

/**
 * A page of rows as the read-ahead thread sends it, in a shape that costs little to copy
 * between threads: each row's position, revision and schema version in one typed array
 * (moved, not copied), its stream id, event id and type in one list, and the texts of its
 * data (and metadata) end to end in one string, with where each ends. The receiving side
 * parses each row's text on its own, exactly as a row read on the main thread, so a damaged
 * row is reported the same way and can never spill into its neighbours.
 */
export interface TransferredPage {
  /** Per row: position, revision, schema version. */
  readonly numbers: BigInt64Array;
  /** Per row: stream id, event id, type. */
  readonly names: ReadonlyArray<string>;
  /** Per row: the data text, then the metadata text when it was read. */
  readonly texts: string;
  /** Per row: where its data text ends in `texts`, then where its metadata text ends when it was read. */
  readonly ends: Int32Array;
  /** Whether the metadata column was read. */
  readonly metadata: MetadataChoice;
}

/** The page's events, decoded as rows read on this thread are (`decodeEventRow`). */
export const eventsOfTransferredPage = (page: TransferredPage): RecordedEvent[] => {
  const { numbers, names, texts, ends } = page;
  const count = numbers.length / 3;
  const events = new Array<RecordedEvent>(count);
  let start = 0;
  for (let row = 0; row < count; row += 1) {
    const position = numbers[row * 3] ?? 0n;
    const revision = numbers[row * 3 + 1] ?? 0n;
    const schemaVersion = numbers[row * 3 + 2] ?? 0n;
    const streamId = names[row * 3] ?? '';
    const eventId = names[row * 3 + 1] ?? '';
    const type = names[row * 3 + 2] ?? '';
    if (page.metadata === 'skip') {
      const dataEnd = ends[row] ?? start;
      events[row] = decodeEventRowWithoutMetadata([position, streamId, revision, eventId, type, schemaVersion, texts.slice(start, dataEnd)]);
      start = dataEnd;
    } else {
      const dataEnd = ends[row * 2] ?? start;
      const metadataEnd = ends[row * 2 + 1] ?? dataEnd;
      events[row] = decodeEventRow([position, streamId, revision, eventId, type, schemaVersion, texts.slice(start, dataEnd), texts.slice(dataEnd, metadataEnd)]);
      start = metadataEnd;
    }
  }
  return events;
};
