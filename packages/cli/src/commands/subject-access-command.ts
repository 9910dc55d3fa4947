import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { toJsonText } from '@send-hub/audit';
import { renderSubjectAccessHtml } from '@send-hub/subject-access';
import type { Command } from 'commander';
import type { CliIo } from '../cli-io';
import { allowed, requestFromOptions } from '../options/hub-request-from-options';
import { openHubFromOptions, withHub } from '../options/open-hub-from-options';
import { withStoreOptions, type CommonOptions } from './common-options';

interface SubjectAccessOptions extends CommonOptions {
  readonly child: string;
  readonly html?: string;
}

export const subjectAccessCommand = (program: Command, io: CliIo): void => {
  withStoreOptions(
    program
      .command('subject-access')
      .description('everything the hub holds about one child (every case and step, who recorded each, who read the record), as a page ready for the family')
      .requiredOption('--child <child-reference>', "the child's pseudonymous reference")
      .option('--html <path>', 'write the page to this file (default: print the report as JSON)'),
  ).action(async (options: SubjectAccessOptions) => {
    await withHub(await openHubFromOptions(options, io, { create: false }), async (hub) => {
      const report = allowed(await hub.subjectAccess(options.child, requestFromOptions(options, hub)));
      if (options.html === undefined) {
        io.stdout(`${toJsonText(report, 2)}\n`);
        return;
      }
      const path = resolve(io.workingFolder, options.html);
      writeFileSync(path, renderSubjectAccessHtml(report));
      const cases = report.cases.length;
      io.stdout(
        options.json
          ? `${JSON.stringify({ file: path, cases, reads: report.reads.length })}\n`
          : `Wrote what the hub holds about ${options.child} (${cases} case${cases === 1 ? '' : 's'}, ${report.reads.length} read${report.reads.length === 1 ? '' : 's'} of the record) to ${path}.\n`,
      );
    });
  });
};
