import { describeValidationErrors } from '@send-hub/event-store';
import { either as E } from 'fp-ts';
import { decodeAccessActor, type AccessActor } from './access-actor';
import { commandInWords, readKindLabels, type AccessPolicy, type Permission, type ReadKind } from './access-policy';
import { refuseAccess, type AccessRefused } from './access-refusal';

const listed = (names: ReadonlyArray<string>): string =>
  names.length <= 1 ? (names[0] ?? 'no one') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;

const roleLabels = (policy: AccessPolicy, roles: ReadonlyArray<string>): ReadonlyArray<string> => roles.map((role) => policy.roles[role]?.label ?? role);

/** The actor a request carries, checked: its shape, then that its role is one of the policy's. */
export const checkActor = (policy: AccessPolicy, input: unknown): E.Either<AccessRefused, AccessActor> => {
  const decoded = decodeAccessActor(input);
  if (E.isLeft(decoded)) return E.left(refuseAccess('actor-invalid', `The request does not say properly who is asking: ${describeValidationErrors(decoded.left).join('; ')}.`));
  const actor = decoded.right;
  if (policy.roles[actor.role] === undefined) {
    return E.left(refuseAccess('role-unknown', `Refused: ${actor.id} has the role "${actor.role}", which the access policy does not define; its roles are ${listed(Object.keys(policy.roles))}.`));
  }
  return E.right(actor);
};

const permits = (policy: AccessPolicy, actor: AccessActor, row: Permission, what: string, district: string | undefined): E.Either<AccessRefused, void> => {
  const role = policy.roles[actor.role]?.label ?? actor.role;
  if (!row.roles.includes(actor.role)) {
    return E.left(refuseAccess('role-not-permitted', `Refused: ${actor.id}, ${role}, may not ${what}, as the access policy lets only ${listed(roleLabels(policy, row.roles))} do that.`));
  }
  // The district is named only if the actor acts for it: a refusal never tells where another district's child is.
  if (row.districts === 'own-districts' && district !== undefined && !actor.districts.includes(district)) {
    const own = actor.districts.length === 0 ? 'no district' : listed(actor.districts);
    return E.left(refuseAccess('district-out-of-scope', `Refused: ${actor.id}, ${role}, may not ${what} here, as it belongs to a district they do not act for (they act for ${own}).`));
  }
  return E.right(undefined);
};

/**
 * Whether `actor` may record a command of `commandType` about `district` (the case's or
 * meeting's; undefined when it has none yet, and the command's own rules then decide).
 * A command type with no row in the policy is refused.
 */
export const mayRecord = (policy: AccessPolicy, actor: AccessActor, commandType: string, district: string | undefined): E.Either<AccessRefused, void> => {
  const row = Object.hasOwn(policy.commands, commandType) ? policy.commands[commandType] : undefined;
  if (row === undefined) return E.left(refuseAccess('not-in-policy', `The access policy has no row for the ${commandType} command, so no one may record it; a council adds one to allow it.`));
  return permits(policy, actor, row, commandInWords(commandType), district);
};

/** Whether `actor` may make a read of this kind about `district` (undefined for a read of no one district). */
export const mayRead = (policy: AccessPolicy, actor: AccessActor, read: ReadKind, district: string | undefined): E.Either<AccessRefused, void> =>
  permits(policy, actor, policy.reads[read], `read ${readKindLabels[read]}`, district);
