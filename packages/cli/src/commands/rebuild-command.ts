import { toJsonText } from '@send-hub/audit';
import type { ProjectionProgress } from '@send-hub/projections';
import type { Command } from 'commander';
import { suggested, type CliIo } from '../cli-io';
import { openHubFromOptions, withHub } from '../options/open-hub-from-options';
import { readModelProgress } from '../options/read-model-progress';
import { withStoreOptions, type CommonOptions } from './common-options';

export const rebuildCommand = (program: Command, io: CliIo): void => {
  withStoreOptions(
    program.command('rebuild').description("forget the read models' saved state and build them again from the first event"),
  ).action(async (options: CommonOptions) => {
    const shown = readModelProgress(io, options.quiet || options.json);
    let events = 0;
    const counted = { ...shown, onProgress: (progress: ProjectionProgress) => ((events = progress.eventsDone), shown.onProgress?.(progress)) };
    const hub = await openHubFromOptions(options, io, { create: false }, { readModelProgress: counted });
    await withHub(hub, async () => {
      const started = performance.now();
      await hub.readModels.rebuild();
      const seconds = (performance.now() - started) / 1000;
      const result = { events, seconds: Math.round(seconds * 100) / 100, eventsPerSecond: seconds > 0 ? Math.round(events / seconds) : 0, undecodable: hub.readModels.undecodable };
      io.stdout(
        options.json
          ? `${toJsonText(result, 2)}\n`
          : `Rebuilt the district and board read models from ${events.toLocaleString('en-GB')} events in ${result.seconds} seconds (${result.eventsPerSecond.toLocaleString('en-GB')} a second).${result.undecodable.length === 0 ? '' : ` ${result.undecodable.length} events could not be read; run ${suggested(io, 'verify')}.`}\n`,
      );
    });
  });
};
