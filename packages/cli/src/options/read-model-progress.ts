import { describeProgress, type ProgressOptions } from '@send-hub/projections';
import type { CliIo } from '../cli-io';
import { progressBar } from '../output/progress-bar';

/** Shows the read models catching up (or rebuilding) on standard error, so standard output stays clean. */
export const readModelProgress = (io: CliIo, quiet: boolean): ProgressOptions => {
  const bar = progressBar(io, 'Read models', quiet);
  return {
    progressEvery: 20_000,
    onProgress: (progress) => {
      const total = progress.headPosition === undefined ? progress.eventsDone : Number(progress.headPosition);
      const done = progress.position === undefined ? 0 : Number(progress.position);
      // A short catch-up needs no bar: say nothing unless there was real work.
      if (progress.caughtUp && progress.eventsDone < 20_000) return bar.finish();
      bar.update(Math.min(done, total), total, describeProgress(progress));
      if (progress.caughtUp) bar.finish();
    },
  };
};
