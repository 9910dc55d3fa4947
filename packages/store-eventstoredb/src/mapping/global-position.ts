import { StoreUnavailableError } from '@send-hub/event-store';
import type { LogPosition } from '../client/gateway';

/** What servers older than 22.6 send in place of a position they do not know (-1 as an unsigned 64-bit number). */
const unknownPosition = 2n ** 64n - 1n;

/**
 * The port's one global position for an event. Every append through the gRPC API
 * is written as an implicit transaction whose records are each marked committed, so
 * the server reports every such event at `{commit: p, prepare: p}`, `p` being the
 * event's own place in the log (see the README). An event whose two numbers differ
 * was written inside an explicit transaction by the old TCP client; it has no single
 * position a reader could resume from, so it is refused rather than guessed at.
 */
export const globalPositionOf = (position: LogPosition | undefined, where: string): bigint => {
  if (position === undefined || position.commit === unknownPosition || position.prepare === unknownPosition) {
    throw new StoreUnavailableError(
      `EventStoreDB did not report the global position of ${where}. Servers report it on stream reads ` +
        'from version 22.6: use EventStoreDB 22.10 or later.',
    );
  }
  if (position.commit !== position.prepare) {
    throw new StoreUnavailableError(
      `${where} was written inside an explicit transaction (commit position ${position.commit.toString()}, ` +
        `prepare position ${position.prepare.toString()}), which this store cannot give one global position. ` +
        'Such events come only from the legacy TCP client; copy them to new streams through this store.',
    );
  }
  return position.prepare;
};

/** Whether the server reported one clean position for a record, the only kind a read can resume from. */
export const hasSinglePosition = (position: LogPosition | undefined): position is LogPosition =>
  position !== undefined && position.commit === position.prepare && position.prepare !== unknownPosition;

/** The log position of the event the port knows at `position`: resuming there is exact. */
export const logPositionAt = (position: bigint): LogPosition => ({ commit: position, prepare: position });
