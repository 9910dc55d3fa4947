import { resourceUsage } from 'node:process';

const mebibytes = (bytes: number): number => Math.round((bytes / 1_048_576) * 10) / 10;

/** Runs a full collection when node was started with --expose-gc (as `pnpm bench` does); a no-op otherwise. */
export const collectGarbage = (): void => {
  (globalThis as { gc?: () => void }).gc?.();
};

export const garbageCollectionExposed = (): boolean => typeof (globalThis as { gc?: unknown }).gc === 'function';

export interface MemoryFigures {
  readonly rssAtStartMiB: number;
  /** The highest resident set size seen while the group ran. */
  readonly peakRssMiB: number;
  /** The operating system's peak for the whole process: the group's own, unless groups ran --in-process. */
  readonly processPeakRssMiB: number;
  readonly garbageCollectionExposed: boolean;
}

/**
 * Watches the resident set size while a group runs. A timer alone would miss the
 * peaks: a loop of synchronous SQLite calls or resolved promises never lets it fire.
 * So the timing helper also samples after every timed section, where the work's
 * data is still alive.
 */
export class MemorySampler {
  private readonly atStart: number;
  private peak: number;
  private readonly timer: NodeJS.Timeout;

  constructor() {
    collectGarbage();
    this.atStart = process.memoryUsage.rss();
    this.peak = this.atStart;
    this.timer = setInterval(() => this.sample(), 25);
    this.timer.unref();
  }

  sample(): void {
    this.peak = Math.max(this.peak, process.memoryUsage.rss());
  }

  stop(): MemoryFigures {
    clearInterval(this.timer);
    this.sample();
    return {
      rssAtStartMiB: mebibytes(this.atStart),
      peakRssMiB: mebibytes(this.peak),
      // maxRSS is in kibibytes.
      processPeakRssMiB: mebibytes(resourceUsage().maxRSS * 1024),
      garbageCollectionExposed: garbageCollectionExposed(),
    };
  }
}
