import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatVerificationReport, toJsonText, type PublishedHead } from '@send-hub/audit';
import type { Command } from 'commander';
import { CliFailure, exitCodes } from '../cli-failure';
import type { CliIo } from '../cli-io';
import { allowed, requestFromOptions } from '../options/hub-request-from-options';
import { openHubFromOptions, withHub } from '../options/open-hub-from-options';
import { formatAccessLogVerification } from '../output/access-log-text';
import type { Hub, HubRequest } from '@send-hub/application';
import { withStoreOptions, type CommonOptions } from './common-options';
import { readNamedJsonFile } from '../options/named-file';

interface VerifyOptions extends CommonOptions {
  readonly publishedHeads?: string;
  readonly publishHead?: string;
}

type Seal = NonNullable<PublishedHead['seal']>;

const isSeal = (value: unknown): value is Seal =>
  typeof value === 'object' && value !== null && typeof (value as Partial<Seal>).keyId === 'string' && typeof (value as Partial<Seal>).mac === 'string';

/** Heads a council published, as JSON: `[{ "position": "1200", "headHash": "ab12...", "seal": { "keyId": "...", "mac": "..." } }]`, the seal where the hub seals. */
export const readPublishedHeads = (path: string): ReadonlyArray<PublishedHead> => {
  const parsed = readNamedJsonFile(path, 'published heads file');
  const shape = 'a JSON list of { "position": "<whole number>", "headHash": "<64 hexadecimal digits>", "seal"?: { "keyId": "<text>", "mac": "<text>" } }';
  if (!Array.isArray(parsed)) throw new CliFailure(`The published heads file ${path} is not ${shape}.`);
  return parsed.map((entry: unknown, index) => {
    const { position, headHash, seal } = (entry ?? {}) as { position?: unknown; headHash?: unknown; seal?: unknown };
    const positionText = typeof position === 'number' || typeof position === 'string' ? String(position) : '';
    if (!/^\d+$/.test(positionText) || typeof headHash !== 'string' || !/^[0-9a-f]{64}$/.test(headHash) || (seal !== undefined && !isSeal(seal))) {
      throw new CliFailure(`Entry ${index + 1} of the published heads file ${path} is not valid: expected ${shape}.`);
    }
    return { position: BigInt(positionText), headHash, ...(seal === undefined ? {} : { seal }) };
  });
};

export const verifyCommand = (program: Command, io: CliIo): void => {
  withStoreOptions(
    program
      .command('verify')
      .description('check every stored event (it decodes, the hash chain is unbroken, the rules would have allowed it, published heads match) and the chain of the access log')
      .option('--published-heads <path>', 'head hashes the council published earlier, to check against')
      .option('--publish-head <path>', 'when the history verifies, add its head hash, signed with the sealing key, to this published heads file'),
  ).action(async (options: VerifyOptions) => {
    const publishedHeads = options.publishedHeads === undefined ? [] : readPublishedHeads(resolve(io.workingFolder, options.publishedHeads));
    await withHub(await openHubFromOptions(options, io, { create: false }), async (hub) => {
      const request = requestFromOptions(options, hub);
      const report = allowed(await hub.verify(request, { publishedHeads }));
      const accessLog = allowed(await hub.verifyAccessLog(request));
      io.stdout(options.json ? `${toJsonText({ ...report, accessLog }, 2)}\n` : `${formatVerificationReport(report)}${formatAccessLogVerification(accessLog)}`);
      if (!report.verified || accessLog.problems.length > 0) io.exit.code = exitCodes.checkFailed;
      else if (options.publishHead !== undefined) await publishHead(hub, request, resolve(io.workingFolder, options.publishHead), io);
    });
  });
};

/** Adds the hub's signed head to a published heads file (made when missing), in the form `--published-heads` reads. */
const publishHead = async (hub: Hub, request: HubRequest, path: string, io: CliIo): Promise<void> => {
  const head = await hub.publishHead(request);
  if (head._tag === 'Left') throw new CliFailure('The history does not verify, so its head is not published.');
  const earlier = existsSync(path) ? readPublishedHeads(path) : [];
  const entries = [...earlier, head.right].map(({ position, headHash, seal }) => ({ position: position.toString(), headHash, ...(seal === undefined ? {} : { seal }) }));
  writeFileSync(path, `${JSON.stringify(entries, null, 2)}\n`);
  io.stdout(`Published the head up to position ${head.right.position.toString()} in ${path}${head.right.seal === undefined ? ' (not signed: this hub does not seal)' : ', signed with the sealing key'}.\n`);
};
