import { ChainVerifier, type RecordedEvent } from '@send-hub/event-store';
import { formatValidationErrors } from '@send-hub/hub';
import { either as E } from 'fp-ts';
import { ExportedEvent } from './exported-event';
import { refuseImport, type ImportRefusal } from './import-refusal';

export type LineSource = () => AsyncIterable<string> | Iterable<string>;

export interface ExportedLine {
  readonly line: number;
  readonly event: RecordedEvent;
}

const parseLine = (text: string, line: number): E.Either<ImportRefusal, RecordedEvent> => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return E.left(refuseImport('line-unreadable', line, `it is not JSON (${(error as Error).message}).`));
  }
  const decoded = ExportedEvent.decode(parsed);
  if (E.isLeft(decoded)) return E.left(refuseImport('line-unreadable', line, `it is not an exported event: ${formatValidationErrors(decoded.left)}.`));
  const event = decoded.right;
  if (event.corruption === undefined && !('data' in event)) return E.left(refuseImport('line-unreadable', line, 'it has no data.'));
  const { streamId, revision, position, eventId, type, schemaVersion, data, metadata, corruption } = event;
  return E.right({ streamId, revision, position, eventId, type, schemaVersion, data, metadata, ...(corruption === undefined ? {} : { corruption }) });
};

/**
 * Reads an export line by line and checks each event as it comes: well-formed,
 * positions rising, and the hash chain intact. Yields each good event; stops with the
 * first bad line. Blank lines are skipped but counted, so line numbers match an editor's.
 */
export async function* readExport(source: LineSource, verifier: ChainVerifier): AsyncGenerator<E.Either<ImportRefusal, ExportedLine>> {
  let line = 0;
  let lastPosition: bigint | undefined;
  for await (const text of source()) {
    line += 1;
    if (text.trim() === '') continue;
    const parsed = parseLine(text, line);
    if (E.isLeft(parsed)) {
      yield parsed;
      return;
    }
    const event = parsed.right;
    if (lastPosition !== undefined && event.position <= lastPosition) {
      yield E.left(refuseImport('history-tampered', line, `its position ${event.position.toString()} is not after the previous line's ${lastPosition.toString()}: lines were moved.`));
      return;
    }
    lastPosition = event.position;
    const [problem] = verifier.check(event);
    if (problem !== undefined) {
      yield E.left(refuseImport('history-tampered', line, problem.message));
      return;
    }
    yield E.right({ line, event });
  }
}
