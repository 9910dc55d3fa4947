/** Why a stored event's data could not be brought up to its type's current schema version. */
export interface UpcastFailure {
  readonly _tag: 'UpcastFailure';
  readonly code: 'event-type-unknown' | 'schema-version-newer' | 'schema-version-invalid';
  readonly type: string;
  readonly version: number;
  readonly message: string;
}

const upcastFailure = (code: UpcastFailure['code'], type: string, version: number, message: string): UpcastFailure => ({
  _tag: 'UpcastFailure',
  code,
  type,
  version,
  message,
});

export const eventTypeUnknown = (type: string, version: number): UpcastFailure =>
  upcastFailure('event-type-unknown', type, version, `"${type}" is not an event type with a registered schema version`);

export const schemaVersionNewer = (type: string, version: number, current: number): UpcastFailure =>
  upcastFailure(
    'schema-version-newer',
    type,
    version,
    `${type} has schema version ${version}, newer than version ${current} that this program reads; upgrade the program`,
  );

export const schemaVersionInvalid = (type: string, version: number): UpcastFailure =>
  upcastFailure('schema-version-invalid', type, version, `${type} has schema version ${String(version)}, but versions are whole numbers from 1`);

/** One thing wrong with the upcasters given at start-up. */
export interface UpcasterProblem {
  readonly code: 'upcaster-missing' | 'upcaster-repeated' | 'upcaster-for-unknown-type' | 'upcaster-beyond-current' | 'current-version-invalid';
  readonly type: string;
  readonly version: number;
  readonly message: string;
}

/** The upcasters and schema versions given at start-up do not make complete chains. */
export interface UpcasterRegistryInvalid {
  readonly _tag: 'UpcasterRegistryInvalid';
  readonly code: 'upcaster-registry-invalid';
  readonly problems: ReadonlyArray<UpcasterProblem>;
  readonly message: string;
}

export const upcasterRegistryInvalid = (problems: ReadonlyArray<UpcasterProblem>): UpcasterRegistryInvalid => ({
  _tag: 'UpcasterRegistryInvalid',
  code: 'upcaster-registry-invalid',
  problems,
  message: `The event upcasters are incomplete: ${problems.map((problem) => problem.message).join('; ')}.`,
});

export const upcasterMissing = (type: string, fromVersion: number): UpcasterProblem => ({
  code: 'upcaster-missing',
  type,
  version: fromVersion,
  message: `${type} has no upcaster from version ${fromVersion} to ${fromVersion + 1}`,
});

export const upcasterRepeated = (type: string, fromVersion: number): UpcasterProblem => ({
  code: 'upcaster-repeated',
  type,
  version: fromVersion,
  message: `${type} has more than one upcaster from version ${fromVersion}`,
});

export const upcasterForUnknownType = (type: string, fromVersion: number): UpcasterProblem => ({
  code: 'upcaster-for-unknown-type',
  type,
  version: fromVersion,
  message: `an upcaster is registered for ${type}, which has no current schema version`,
});

export const upcasterBeyondCurrent = (type: string, fromVersion: number, current: number): UpcasterProblem => ({
  code: 'upcaster-beyond-current',
  type,
  version: fromVersion,
  message:
    current === 1
      ? `${type} has an upcaster from version ${String(fromVersion)}, but version 1 is its current and only version`
      : `${type} has an upcaster from version ${String(fromVersion)}, but only versions 1 to ${current - 1} can be upcast (version ${current} is current)`,
});

export const currentVersionInvalid = (type: string, version: number): UpcasterProblem => ({
  code: 'current-version-invalid',
  type,
  version,
  message: `${type} has current schema version ${String(version)}, but versions are whole numbers from 1`,
});
