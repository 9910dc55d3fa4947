import type { CheckpointStore, EventStore } from '@send-hub/event-store';
import { boardProjection, type BoardModel } from '@send-hub/projection-board';
import { districtProjection, type DistrictModel } from '@send-hub/projection-district';
import { combineProjections, ProjectionRunner, type ProgressOptions, type UnreadableProjectionState } from '@send-hub/projections';
import type { UndecodableEvent } from '@send-hub/hub';

// A type alias, not an interface: the combined projection needs an index-signature-free record.
export type HubModels = {
  district: DistrictModel;
  board: BoardModel;
};

/** The district hubs' and the Partnership Board's read models, fed by one pass over the events. */
export const hubReadModelProjection = combineProjections<HubModels>({ district: districtProjection, board: boardProjection });

export interface ReadModelSettings extends ProgressOptions {
  /**
   * The store the models are built from. Neither reads a personal field, so the hub gives
   * them `stores.readModels`, which withholds every one: a rebuild decrypts nothing.
   */
  readonly store: EventStore;
  readonly checkpoints: CheckpointStore;
  readonly saveEvery?: number;
  readonly onUnreadableState?: (problem: UnreadableProjectionState) => void;
  readonly onFailure?: (error: unknown) => void;
}

/**
 * Keeps the hub's read models current. Queries take one of the read-model packages'
 * own query functions, so every query those packages offer is available here, typed.
 */
export class HubReadModels {
  private readonly runner: ProjectionRunner<HubModels>;
  constructor(settings: ReadModelSettings) {
    this.runner = new ProjectionRunner({ ...settings, projection: hubReadModelProjection });
  }

  /** Catches up from the saved checkpoint, then follows new events; resolves once caught up. */
  start(): Promise<void> {
    return this.runner.start();
  }

  /** Saves the models with their checkpoint and stops following. */
  stop(): Promise<void> {
    return this.runner.stop();
  }

  /** Forgets the saved models and builds them again from the first event. */
  rebuild(): Promise<void> {
    return this.runner.rebuild();
  }

  /**
   * Resolves once the models include the event at `position` (read your own writes).
   * `undefined` (a command that wrote nothing, or an empty store's head) resolves at once.
   */
  waitFor(position: bigint | undefined): Promise<void> {
    return position === undefined ? Promise.resolve() : this.runner.waitFor(position);
  }

  district<Result>(query: (model: DistrictModel) => Result): Result {
    return this.runner.query((models) => query(models.district));
  }

  board<Result>(query: (model: BoardModel) => Result): Result {
    return this.runner.query((models) => query(models.board));
  }

  get position(): bigint | undefined {
    return this.runner.position;
  }

  /** Stored events the read models could not read, each named by stream and revision. */
  get undecodable(): ReadonlyArray<UndecodableEvent> {
    return this.runner.undecodable;
  }
}
