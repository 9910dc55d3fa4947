import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { defaultAccessLogFileFor, defaultKeyFileFor, defaultReadModelFileFor, openEventStoreDbHub, openPostgresHub, openSqliteHub, type Hub, type HubOptions } from '@send-hub/application';
import type { Durability } from '@send-hub/store-sqlite';
import { either as E } from 'fp-ts';
import { CliFailure, exitCodes } from '../cli-failure';
import { suggested, type CliIo } from '../cli-io';
import { accessPolicyFromOptions, type AccessOptions } from './hub-request-from-options';

/** The options every command that opens a hub shares. */
export interface StoreOptions {
  readonly file: string;
  readonly keyFile?: string;
  readonly eventstoredb?: string;
  /** A PostgreSQL connection string: the hub's events, keys, read models and access log on that server. */
  readonly postgres?: string;
  /** The council's schema on the PostgreSQL server (default send_hub); its keys, read models and access log get schemas named after it. */
  readonly postgresSchema?: string;
  readonly durability?: string;
  readonly accessLogFile?: string;
}

export const defaultHubFile = 'send-hub.sqlite';

export const parseDurability = (value: string | undefined): Durability | undefined => {
  if (value === undefined || value === 'full' || value === 'normal') return value;
  throw new CliFailure(`--durability must be "full" or "normal", but was "${value}".`, '"full" (the default) keeps every recorded command through a power cut; "normal" is faster.');
};

export interface OpenPurpose {
  /** A file that does not exist yet may be created (simulate, import); otherwise it must exist. */
  readonly create: boolean;
}

/** Says what opening the hub did to an older history, when it did something; a failure to do it is the command's. */
const reportOpening = async (hub: Hub, io: CliIo): Promise<Hub> => {
  const opened = await hub.opened();
  if (E.isLeft(opened)) {
    await hub.dispose();
    throw new CliFailure(`The hub could not finish checking the referrals recorded before this version, which lets it refuse a second referral of a child whose case is open, so nothing was done: ${opened.left.message}`, `Try again; if it keeps failing, run ${suggested(io, 'verify')} to see what is wrong with the history.`, exitCodes.unavailable);
  }
  const { referralsStarted } = opened.right;
  if (referralsStarted > 0) {
    io.stderr(`Noted ${referralsStarted} ${referralsStarted === 1 ? 'case' : 'cases'} referred before this version on each child’s own record, so a child whose case is open cannot be referred a second time.\n`);
  }
  return hub;
};

/** Opens the hub the options name (a PostgreSQL or EventStoreDB server, or the SQLite file, the default), and says what opening it did. */
export const openHubFromOptions = async (options: StoreOptions & AccessOptions, io: CliIo, purpose: OpenPurpose, given: Partial<Omit<HubOptions, 'sealing'>> = {}): Promise<Hub> =>
  reportOpening(await openHub(options, io, purpose, given), io);

const openHub = async (options: StoreOptions & AccessOptions, io: CliIo, purpose: OpenPurpose, given: Partial<Omit<HubOptions, 'sealing'>> = {}): Promise<Hub> => {
  const durability = parseDurability(options.durability);
  const accessPolicy = accessPolicyFromOptions(options, io);
  const extra = { ...given, ...(accessPolicy === undefined ? {} : { accessPolicy }) };
  const accessLogFile = options.accessLogFile === undefined ? undefined : resolve(io.workingFolder, options.accessLogFile);
  if (options.postgres !== undefined && options.eventstoredb !== undefined) {
    throw new CliFailure('--postgres and --eventstoredb name two different stores.', 'Give one of them: the hub keeps its events in one store.');
  }
  if (options.postgres !== undefined) {
    return openPostgresHub({ ...extra, connectionString: options.postgres, ...(durability === undefined ? {} : { durability }), ...(options.postgresSchema === undefined ? {} : { schema: options.postgresSchema }) });
  }
  if (options.eventstoredb !== undefined) {
    const keyFile = resolve(io.workingFolder, options.keyFile ?? defaultKeyFileFor(options.file));
    return openEventStoreDbHub({ ...extra, connectionString: options.eventstoredb, keyFile, accessLogFile: accessLogFile ?? defaultAccessLogFileFor(keyFile) });
  }
  const file = resolve(io.workingFolder, options.file);
  if (!purpose.create && !existsSync(file)) {
    throw new CliFailure(`There is no hub file at ${file}.`, `Run ${suggested(io, 'simulate')} to make one, or give the file with --file.`, 3);
  }
  return openSqliteHub({
    ...extra,
    file,
    ...(options.keyFile === undefined ? {} : { keyFile: resolve(io.workingFolder, options.keyFile) }),
    ...(accessLogFile === undefined ? {} : { accessLogFile }),
    ...(durability === undefined ? {} : { durability }),
  });
};

/**
 * The SQLite files a command is about to make for the hub the options name (its event file, key
 * file, read model file and access log): none when the event file exists already or the hub is
 * on a server. A command that makes a hub and then refuses its work removes them again.
 */
export const sqliteFilesToMake = (options: StoreOptions, io: CliIo): ReadonlyArray<string> => {
  if (options.postgres !== undefined || options.eventstoredb !== undefined) return [];
  const file = resolve(io.workingFolder, options.file);
  if (existsSync(file)) return [];
  const keyFile = options.keyFile === undefined ? defaultKeyFileFor(file) : resolve(io.workingFolder, options.keyFile);
  const accessLogFile = options.accessLogFile === undefined ? defaultAccessLogFileFor(file) : resolve(io.workingFolder, options.accessLogFile);
  return [file, keyFile, defaultReadModelFileFor(file), accessLogFile].filter((made) => !existsSync(made));
};

/** Removes SQLite hub files (event, key, read model or access log files) with their logs: for --replace, and after a refused import into a hub the command made. */
export const removeHubFiles = (files: ReadonlyArray<string>): void => {
  for (const file of files) for (const path of [file, `${file}-wal`, `${file}-shm`]) rmSync(path, { force: true });
};

/** Runs `work` with the hub open, and always closes it (saving the read models). */
export const withHub = async <Result>(hub: Hub, work: (hub: Hub) => Promise<Result>): Promise<Result> => {
  try {
    return await work(hub);
  } finally {
    await hub.dispose();
  }
};
