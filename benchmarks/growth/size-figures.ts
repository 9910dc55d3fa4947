/** What one size of the growth group measured: recording the simulation, then rebuilding the read models. */
export interface SizeFigures {
  readonly events: number;
  readonly commands: number;
  readonly cases: number;
  readonly commandsPerSecond: number;
  readonly microsecondsPerEventRecorded: number;
  /** The fastest of the rebuilds over the same history. */
  readonly rebuildEventsPerSecond: number;
  /** From the fastest of the rebuilds. */
  readonly microsecondsPerEventRebuilt: number;
  /** Each rebuild's seconds, in the order run: how far the neighbours moved them. */
  readonly rebuildRoundSeconds: ReadonlyArray<number>;
  /** The process's peak resident set size once the commands were recorded, before the rebuild. */
  readonly peakRssAfterCommandsMiB: number;
  /** The process's peak over the whole run, the rebuild included. */
  readonly peakRssMiB: number;
}
