/** What one size of the growth group measured: recording the simulation, then rebuilding the read models. */
export interface SizeFigures {
  readonly events: number;
  readonly commands: number;
  readonly cases: number;
  readonly commandsPerSecond: number;
  readonly microsecondsPerEventRecorded: number;
  readonly rebuildEventsPerSecond: number;
  readonly microsecondsPerEventRebuilt: number;
  /** The process's peak resident set size once the commands were recorded, before the rebuild. */
  readonly peakRssAfterCommandsMiB: number;
  /** The process's peak over the whole run, the rebuild included. */
  readonly peakRssMiB: number;
}
