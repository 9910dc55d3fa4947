import { SingleBar } from 'cli-progress';
import type { CliIo } from '../cli-io';

export interface Progress {
  update(done: number, total: number, detail: string): void;
  finish(): void;
}

/**
 * A bar on a terminal; on anything else (a log, CI) a plain line every tenth of the way,
 * so long work is visible without filling a log with control characters.
 */
export const progressBar = (io: CliIo, task: string, quiet: boolean): Progress => {
  if (quiet) return { update: () => undefined, finish: () => undefined };
  if (io.stderrIsTerminal) {
    const bar = new SingleBar({ format: `${task} [{bar}] {percentage}% | {detail}`, hideCursor: true, clearOnComplete: false, stream: process.stderr });
    let started = false;
    return {
      update: (done, total, detail) => {
        if (!started) bar.start(total, done, { detail });
        started = true;
        bar.setTotal(total);
        bar.update(done, { detail });
      },
      finish: () => started && bar.stop(),
    };
  }
  let nextTenth = 0;
  return {
    update: (done, total, detail) => {
      const tenth = total === 0 ? 10 : Math.floor((done / total) * 10);
      if (tenth < nextTenth) return;
      nextTenth = tenth + 1;
      io.stderr(`${task}: ${Math.round(total === 0 ? 100 : (done / total) * 100)}% (${detail})\n`);
    },
    finish: () => undefined,
  };
};
