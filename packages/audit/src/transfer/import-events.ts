import { ChainVerifier, redactEncryptedFields, type EventStore, type NewEvent, type RecordedEvent } from '@send-hub/event-store';
import { decodeHubEvent, type Upcast } from '@send-hub/hub';
import { either as E } from 'fp-ts';
import { hubPersonalFields } from '../hub-personal-data';
import { refuseImport, type ImportRefusal } from './import-refusal';
import { readExport, type ExportedLine, type LineSource } from './read-export';

export interface ImportOptions {
  /** A head hash published for the exported store: the file must add up to it (this catches events cut from the end). */
  readonly expectedHeadHash?: string;
  /** Reads older schema versions of the hub's events; without it, only current versions are imported. */
  readonly upcast?: Upcast;
}

/**
 * The event read as the hub reads it (personal fields still ciphertext, so redacted
 * first): an event of a type the hub does not know, or with a field its schema does
 * not define, is refused by stream and revision, however well it is chained.
 */
const decodeProblem = (event: RecordedEvent, upcast: Upcast | undefined): string | undefined => {
  const readable = event.corruption === undefined ? { ...event, data: redactEncryptedFields(event.data, hubPersonalFields[event.type] ?? []) } : event;
  const decoded = decodeHubEvent(readable, upcast);
  return E.isLeft(decoded) ? decoded.left.message : undefined;
};

export interface ImportReceipt {
  readonly eventsImported: number;
  readonly streamsImported: number;
  readonly headHash: string;
}

/** Pass one: every line checked, the streams found (with their first line), nothing written. */
const checkAll = async (source: LineSource, options: ImportOptions): Promise<E.Either<ImportRefusal, { streams: Map<string, number>; head: string; count: number; lastLine: number }>> => {
  const verifier = new ChainVerifier();
  const streams = new Map<string, number>();
  let count = 0;
  let lastLine = 0;
  for await (const read of readExport(source, verifier)) {
    if (E.isLeft(read)) return read;
    const undecodable = decodeProblem(read.right.event, options.upcast);
    if (undecodable !== undefined) return E.left(refuseImport('event-undecodable', read.right.line, `${undecodable} Nothing was imported.`));
    if (!streams.has(read.right.event.streamId)) streams.set(read.right.event.streamId, read.right.line);
    count += 1;
    lastLine = read.right.line;
  }
  if (options.expectedHeadHash !== undefined && verifier.headHash !== options.expectedHeadHash) {
    return E.left(
      refuseImport('head-differs', lastLine, `the file ends here, and its events add up to the head hash ${verifier.headHash}, not the published ${options.expectedHeadHash}: events were removed, added or changed.`),
    );
  }
  return E.right({ streams, head: verifier.headHash, count, lastLine });
};

const asNewEvent = ({ event }: ExportedLine): NewEvent => ({ eventId: event.eventId, type: event.type, schemaVersion: event.schemaVersion, data: event.data, metadata: event.metadata });

const batchLimit = 500;

/**
 * Imports an export into a store, keeping streams, revisions, event ids and hashes.
 * Reads the source twice: first every line is checked (JSON, shape, hash chain, the
 * published head if given, and each event decoded against the hub's schemas) and the target must not hold any of the streams yet; only
 * then is anything written. A tampered file is refused naming its first bad line, and
 * nothing is imported. Write into the store as written (beneath the personal-data
 * layer); the data stays ciphertext.
 */
export const importEvents = async (source: LineSource, target: EventStore, options: ImportOptions = {}): Promise<E.Either<ImportRefusal, ImportReceipt>> => {
  const checked = await checkAll(source, options);
  if (E.isLeft(checked)) return checked;
  for (const [streamId, line] of checked.right.streams) {
    if ((await target.readStream(streamId, { maxCount: 1 })).length > 0) {
      return E.left(refuseImport('stream-already-exists', line, `the stream "${streamId}" already exists in the store imported into; nothing was imported.`));
    }
  }
  let batch: ExportedLine[] = [];
  let imported = 0;
  const flush = async (): Promise<E.Either<ImportRefusal, void>> => {
    const [first] = batch;
    if (first === undefined) return E.right(undefined);
    const expected = first.event.revision === 0n ? 'no_stream' : first.event.revision - 1n;
    const appended = await target.append(first.event.streamId, batch.map(asNewEvent), expected);
    if (E.isLeft(appended)) {
      return E.left(refuseImport('import-interrupted', first.line, `another writer changed "${first.event.streamId}" during the import; ${imported} events were imported before it. ${appended.left.message}`));
    }
    imported += batch.length;
    batch = [];
    return E.right(undefined);
  };
  for await (const read of readExport(source, new ChainVerifier())) {
    // The source passed every check a moment ago; failing now means it changed underneath: broken infrastructure.
    if (E.isLeft(read)) throw new Error(`The import source changed while it was being imported (${read.left.message}); ${imported} events were imported.`);
    if (batch.length >= batchLimit || (batch[0] !== undefined && batch[0].event.streamId !== read.right.event.streamId)) {
      const flushed = await flush();
      if (E.isLeft(flushed)) return flushed;
    }
    batch.push(read.right);
  }
  const flushed = await flush();
  if (E.isLeft(flushed)) return flushed;
  return E.right({ eventsImported: imported, streamsImported: checked.right.streams.size, headHash: checked.right.head });
};
