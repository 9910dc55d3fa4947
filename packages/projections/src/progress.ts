/** How far a projection has got, for people watching a long rebuild. */
export interface ProjectionProgress {
  readonly projection: string;
  /** Events handled since this run (catch-up or rebuild) started. */
  readonly eventsDone: number;
  readonly eventsPerSecond: number;
  /** Global position of the last event handled; undefined before the first. */
  readonly position: bigint | undefined;
  /** The store's newest position when the run started; undefined for an empty store. */
  readonly headPosition: bigint | undefined;
  readonly caughtUp: boolean;
}

export interface ProgressOptions {
  /** Told every `progressEvery` events and once when caught up. */
  readonly onProgress?: (progress: ProjectionProgress) => void;
  /** Default 10,000 events. */
  readonly progressEvery?: number;
  /** Milliseconds from any fixed origin; injected so that tests need no real time. Default `performance.now`. */
  readonly now?: () => number;
}

export const defaultProgressEvery = 10_000;

/** Counts events and works out the rate, telling `onProgress` at the chosen interval. */
export class ProgressMeter {
  private eventsDone = 0;
  private readonly startedAt: number;
  private readonly every: number;
  private readonly now: () => number;

  constructor(
    private readonly projection: string,
    private readonly headPosition: bigint | undefined,
    private readonly options: ProgressOptions,
  ) {
    this.now = options.now ?? (() => performance.now());
    this.every = Math.max(1, options.progressEvery ?? defaultProgressEvery);
    this.startedAt = this.now();
  }

  count(position: bigint | undefined): void {
    this.eventsDone += 1;
    if (this.options.onProgress !== undefined && this.eventsDone % this.every === 0) this.options.onProgress(this.report(position, false));
  }

  report(position: bigint | undefined, caughtUp: boolean): ProjectionProgress {
    const seconds = (this.now() - this.startedAt) / 1000;
    return {
      projection: this.projection,
      eventsDone: this.eventsDone,
      eventsPerSecond: seconds > 0 ? this.eventsDone / seconds : 0,
      position,
      headPosition: this.headPosition,
      caughtUp,
    };
  }

  finish(position: bigint | undefined): void {
    this.options.onProgress?.(this.report(position, true));
  }
}

/** "41,000 of about 1,000,000 events (12,345 a second)": progress as a person reads it. */
export const describeProgress = (progress: ProjectionProgress): string => {
  const done = progress.eventsDone.toLocaleString('en-GB');
  const rate = Math.round(progress.eventsPerSecond).toLocaleString('en-GB');
  const where =
    progress.position === undefined || progress.headPosition === undefined
      ? ''
      : `, at position ${progress.position.toString()} of ${progress.headPosition.toString()}`;
  return `${progress.projection}: ${done} events${where} (${rate} a second)${progress.caughtUp ? ', caught up' : ''}.`;
};
