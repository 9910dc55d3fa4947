import type { MemorySampler } from './memory';

/** What the command line chose; each group turns `events` into its own counts and says so in its result. */
export interface BenchmarkSettings {
  /** The scale: about how many events the biggest run of each group handles. */
  readonly events: number;
  /**
   * The size of the simulated history the read-models, verification and simulation
   * groups share: `--events` when given, else 1,000,000 (20,000 with `--quick`).
   */
  readonly historyEvents: number;
  /** Each figure is the best of this many rounds: on a shared machine the slower rounds measure the neighbours. */
  readonly rounds: number;
  /** Where SQLite files go; the disk's fsync speed decides the durable figures. */
  readonly folder: string;
  /** A smoke run: tiny counts, one round; the figures mean nothing. */
  readonly quick: boolean;
}

export interface BenchmarkContext {
  readonly settings: BenchmarkSettings;
  /** Progress for a person watching; never part of the result. */
  readonly say: (line: string) => void;
  readonly memory: MemorySampler;
}
