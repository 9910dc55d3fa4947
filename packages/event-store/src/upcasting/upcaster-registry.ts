import { either as E } from 'fp-ts';
import {
  currentVersionInvalid,
  eventTypeUnknown,
  schemaVersionInvalid,
  schemaVersionNewer,
  upcasterBeyondCurrent,
  upcasterForUnknownType,
  upcasterMissing,
  upcasterRegistryInvalid,
  upcasterRepeated,
  type UpcastFailure,
  type UpcasterProblem,
  type UpcasterRegistryInvalid,
} from './upcasting-failures';

/** Turns the data of `type` at `fromVersion` into the data of version `fromVersion + 1`. */
export interface Upcaster {
  readonly type: string;
  readonly fromVersion: number;
  readonly upcast: (data: unknown) => unknown;
}

export interface UpcasterRegistryOptions {
  /** The schema version this program writes for each event type; versions count from 1. */
  readonly currentVersions: Readonly<Record<string, number>>;
  readonly upcasters?: ReadonlyArray<Upcaster>;
}

export interface UpcasterRegistry {
  /** The version new events of this type are written with; undefined for a type this registry does not know. */
  readonly currentVersion: (type: string) => number | undefined;
  /** Brings stored data of `type` at `version` up to the current version, one registered step at a time. */
  readonly upcast: (type: string, version: number, data: unknown) => E.Either<UpcastFailure, unknown>;
}

const isVersion = (version: number): boolean => Number.isSafeInteger(version) && version >= 1;

const stepKey = (type: string, fromVersion: number): string => `${fromVersion}:${type}`;

const problemsOf = (options: UpcasterRegistryOptions, steps: ReadonlyMap<string, Upcaster>): UpcasterProblem[] => {
  const problems: UpcasterProblem[] = [];
  const seen = new Set<string>();
  for (const { type, fromVersion } of options.upcasters ?? []) {
    const key = stepKey(type, fromVersion);
    if (seen.has(key)) problems.push(upcasterRepeated(type, fromVersion));
    seen.add(key);
    const current = options.currentVersions[type];
    if (current === undefined) problems.push(upcasterForUnknownType(type, fromVersion));
    else if (!isVersion(fromVersion) || fromVersion >= current) problems.push(upcasterBeyondCurrent(type, fromVersion, current));
  }
  for (const [type, current] of Object.entries(options.currentVersions)) {
    if (!isVersion(current)) {
      problems.push(currentVersionInvalid(type, current));
      continue;
    }
    for (let version = 1; version < current; version += 1) {
      if (!steps.has(stepKey(type, version))) problems.push(upcasterMissing(type, version));
    }
  }
  return problems;
};

/**
 * Checks at start-up that every event type can be read from any version it was
 * ever written with: an upcaster for each step from 1 to its current version, no
 * more and no fewer. A gap found here would otherwise surface years later, as a
 * history nobody can read.
 */
export const createUpcasterRegistry = (options: UpcasterRegistryOptions): E.Either<UpcasterRegistryInvalid, UpcasterRegistry> => {
  const steps = new Map((options.upcasters ?? []).map((upcaster) => [stepKey(upcaster.type, upcaster.fromVersion), upcaster]));
  const problems = problemsOf(options, steps);
  if (problems.length > 0) return E.left(upcasterRegistryInvalid(problems));
  const currentVersions = new Map(Object.entries(options.currentVersions));

  const upcast = (type: string, version: number, data: unknown): E.Either<UpcastFailure, unknown> => {
    const current = currentVersions.get(type);
    if (current === undefined) return E.left(eventTypeUnknown(type, version));
    if (!isVersion(version)) return E.left(schemaVersionInvalid(type, version));
    if (version > current) return E.left(schemaVersionNewer(type, version, current));
    let upcast = data;
    for (let from = version; from < current; from += 1) {
      // The start-up check guarantees every step is here.
      upcast = (steps.get(stepKey(type, from)) as Upcaster).upcast(upcast);
    }
    return E.right(upcast);
  };

  return E.right({ currentVersion: (type) => currentVersions.get(type), upcast });
};
