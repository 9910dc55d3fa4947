import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatVerificationReport, verificationReportToJson, type PublishedHead } from '@send-hub/audit';
import type { Command } from 'commander';
import { CliFailure, exitCodes } from '../cli-failure';
import type { CliIo } from '../cli-io';
import { openHubFromOptions, withHub } from '../options/open-hub-from-options';
import { withStoreOptions, type CommonOptions } from './common-options';

interface VerifyOptions extends CommonOptions {
  readonly publishedHeads?: string;
}

/** Heads a council published, as JSON: `[{ "position": "1200", "headHash": "ab12..." }]`. */
export const readPublishedHeads = (path: string): ReadonlyArray<PublishedHead> => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new CliFailure(`The published heads file ${path} cannot be read: ${error instanceof Error ? error.message : String(error)}.`);
  }
  const shape = 'a JSON list of { "position": "<whole number>", "headHash": "<64 hexadecimal digits>" }';
  if (!Array.isArray(parsed)) throw new CliFailure(`The published heads file ${path} is not ${shape}.`);
  return parsed.map((entry: unknown, index) => {
    const { position, headHash } = (entry ?? {}) as { position?: unknown; headHash?: unknown };
    const positionText = typeof position === 'number' || typeof position === 'string' ? String(position) : '';
    if (!/^\d+$/.test(positionText) || typeof headHash !== 'string' || !/^[0-9a-f]{64}$/.test(headHash)) {
      throw new CliFailure(`Entry ${index + 1} of the published heads file ${path} is not valid: expected ${shape}.`);
    }
    return { position: BigInt(positionText), headHash };
  });
};

export const verifyCommand = (program: Command, io: CliIo): void => {
  withStoreOptions(
    program
      .command('verify')
      .description('check every stored event: it decodes, the hash chain is unbroken, the rules would have allowed it, and published heads match')
      .option('--published-heads <path>', 'head hashes the council published earlier, to check against'),
  ).action(async (options: VerifyOptions) => {
    const publishedHeads = options.publishedHeads === undefined ? [] : readPublishedHeads(resolve(io.workingFolder, options.publishedHeads));
    await withHub(openHubFromOptions(options, io, { create: false }), async (hub) => {
      const report = await hub.verify({ publishedHeads });
      io.stdout(options.json ? `${verificationReportToJson(report)}\n` : formatVerificationReport(report));
      if (!report.verified) io.exit.code = exitCodes.checkFailed;
    });
  });
};
