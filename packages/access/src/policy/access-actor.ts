import { Agency, DistrictId } from '@send-hub/core';
import type { Actor } from '@send-hub/event-store';
import * as t from 'io-ts';

const boundedText = (name: string, longest: number) =>
  new t.Type<string, string, unknown>(
    name,
    (input): input is string => typeof input === 'string' && input.trim().length > 0 && input.length <= longest,
    (input, context) => (typeof input === 'string' && input.trim().length > 0 && input.length <= longest ? t.success(input) : t.failure(input, context)),
    t.identity,
  );

/** A role's id in the access policy: lower-case words joined by hyphens, as `hub-coordinator`. */
export const RoleId = new t.Type<string, string, unknown>(
  'a role id (lower-case words joined by hyphens, at most 60 characters)',
  (input): input is string => typeof input === 'string' && input.length <= 60 && /^[a-z]+(?:-[a-z]+)*$/.test(input),
  (input, context) => (typeof input === 'string' && input.length <= 60 && /^[a-z]+(?:-[a-z]+)*$/.test(input) ? t.success(input) : t.failure(input, context)),
  t.identity,
);
export type RoleId = t.TypeOf<typeof RoleId>;

/**
 * Who is asking: a person or system, in one of the policy's roles, for an agency, acting
 * for the districts listed. Every command and every read of the hub carries one.
 */
export const AccessActor = t.exact(
  t.type(
    {
      id: boundedText('an actor id (1 to 200 characters)', 200),
      role: RoleId,
      agency: Agency,
      districts: t.readonlyArray(DistrictId, 'a list of district ids'),
    },
    'an actor',
  ),
);
export type AccessActor = t.TypeOf<typeof AccessActor>;

/** What an event's envelope keeps of the actor: who, in which role, for which agency. */
export const recordedActor = (actor: AccessActor): Actor => ({ id: actor.id, role: actor.role, agency: actor.agency });

const objectPrototype: unknown = Object.prototype;
const arrayPrototype: unknown = Array.prototype;

/**
 * The actor a request carries, decoded as `AccessActor` decodes it. Every command and every
 * read checks one, and io-ts's decoding of an exact type made a context for each field and
 * each district, about a kilobyte a command. A plain object is first copied field by field
 * (each read once, and its list of districts copied) and the copy checked by the codec's
 * guard; whatever that does not pass is decoded the long way, which words the errors.
 */
export const decodeAccessActor = (input: unknown): t.Validation<AccessActor> => {
  if (typeof input === 'object' && input !== null && Object.getPrototypeOf(input) === objectPrototype) {
    const { id, role, agency, districts } = input as Record<string, unknown>;
    if (Array.isArray(districts) && Object.getPrototypeOf(districts) === arrayPrototype) {
      const copy = { id, role, agency, districts: districts.slice() };
      if (AccessActor.is(copy)) return t.success(copy);
    }
  }
  return AccessActor.decode(input);
};
