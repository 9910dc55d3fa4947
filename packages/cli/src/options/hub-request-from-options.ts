import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { decodeAccessPolicy, isAccessRefused, type AccessPolicy, type AccessRefused } from '@send-hub/access';
import { localOperator, type Hub, type HubRequest } from '@send-hub/application';
import { either as E } from 'fp-ts';
import { CliFailure } from '../cli-failure';
import type { CliIo } from '../cli-io';
import { readNamedJsonFile } from './named-file';

/** --actor, --purpose and --access-policy: who is running the command, why, under which policy. */
export interface AccessOptions {
  readonly actor?: string;
  readonly purpose?: string;
  readonly accessPolicy?: string;
}

export const actorFormat = 'id,role,agency[,district...], e.g. officer-7,hub-coordinator,education,tamworth';

const whoIsRunning = (): string => {
  try {
    return userInfo().username;
  } catch {
    return 'local-operator';
  }
};

/** The actor written `id,role,agency,district,district`; its shape and role are checked by the hub against the policy. */
export const parseActor = (text: string): HubRequest['actor'] => {
  const [id = '', role = '', agency = '', ...districts] = text.split(',').map((part) => part.trim());
  if (id === '' || role === '' || agency === '') throw new CliFailure(`--actor (or SEND_HUB_ACTOR) must be written ${actorFormat}, but was "${text}".`);
  return { id, role, agency, districts } as HubRequest['actor'];
};

/**
 * Who the command acts as: the `--actor` given, else the person logged in to this
 * machine as the local operator, who acts for every district (they hold the files).
 */
export const requestFromOptions = (options: AccessOptions, hub: Hub): HubRequest => ({
  actor: options.actor === undefined ? localOperator(hub.configuration, whoIsRunning()) : parseActor(options.actor),
  ...(options.purpose === undefined ? {} : { purpose: options.purpose }),
});

/** The council's policy from a JSON file, checked; undefined for the library's default. */
export const accessPolicyFromOptions = (options: AccessOptions, io: CliIo): AccessPolicy | undefined => {
  if (options.accessPolicy === undefined) return undefined;
  const path = resolve(io.workingFolder, options.accessPolicy);
  const parsed = readNamedJsonFile(path, 'access policy file');
  const policy = decodeAccessPolicy(parsed);
  if (E.isLeft(policy)) throw new CliFailure(`${policy.left.message} (in ${path})`);
  return policy.right;
};

const refusalHint = `Run it as an actor the access policy allows: --actor ${actorFormat} (or set SEND_HUB_ACTOR).`;

/** A refusal by the access policy stops the command with its message; any other outcome is the caller's to handle. */
export const unlessRefused = <Failure, Value>(result: E.Either<Failure | AccessRefused, Value>): E.Either<Exclude<Failure, AccessRefused>, Value> => {
  if (E.isLeft(result) && isAccessRefused(result.left)) throw new CliFailure(result.left.message, refusalHint);
  return result as E.Either<Exclude<Failure, AccessRefused>, Value>;
};

/** A value the policy allowed, or the command stops with the refusal. */
export const allowed = <Value>(result: E.Either<AccessRefused, Value>): Value => {
  if (E.isLeft(result)) throw new CliFailure(result.left.message, refusalHint);
  return result.right;
};
