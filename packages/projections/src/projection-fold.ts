import type { RecordedEvent } from '@send-hub/event-store';
import { decodeHubEvent, type UndecodableEvent, type Upcast } from '@send-hub/hub';
import type { Projection } from './projection';

export interface FoldOptions {
  /** Turns older schema versions into the current one before decoding. */
  readonly upcast?: Upcast;
  /** Told about each event that cannot be read; the fold goes on with the next one. */
  readonly onUndecodable?: (problem: UndecodableEvent) => void;
}

/** What a fold has reached: the model, the last position handled, and the events it could not read. */
export interface FoldState<Model> {
  readonly model: Model;
  readonly position: bigint | undefined;
  readonly undecodable: ReadonlyArray<UndecodableEvent>;
}

/**
 * Feeds stored events to a projection one at a time. Guards by global position, so
 * an event at or below the one last handled is never applied twice (a subscription
 * that delivers again after a restart, or a checkpoint saved late, changes nothing),
 * and steps over an event it cannot decode after reporting it, so one bad event
 * never holds up the streams behind it.
 */
export class ProjectionFold<Model> {
  private current: Model;
  private lastPosition: bigint | undefined;
  private readonly problems: UndecodableEvent[] = [];

  constructor(
    private readonly projection: Projection<Model>,
    start: { readonly model: Model; readonly position: bigint | undefined },
    private readonly options: FoldOptions = {},
  ) {
    this.current = start.model;
    this.lastPosition = start.position;
  }

  /** Returns whether the event was new (at a position after the last one handled). */
  feed(recorded: RecordedEvent): boolean {
    if (this.lastPosition !== undefined && recorded.position <= this.lastPosition) return false;
    const decoded = decodeHubEvent(recorded, this.options.upcast);
    if (decoded._tag === 'Right') {
      this.current = this.projection.apply(this.current, decoded.right);
    } else {
      this.problems.push(decoded.left);
      this.options.onUndecodable?.(decoded.left);
    }
    this.lastPosition = recorded.position;
    return true;
  }

  get model(): Model {
    return this.current;
  }

  get position(): bigint | undefined {
    return this.lastPosition;
  }

  get undecodable(): ReadonlyArray<UndecodableEvent> {
    return this.problems;
  }

  state(): FoldState<Model> {
    return { model: this.current, position: this.lastPosition, undecodable: [...this.problems] };
  }
}
