import { describeValidationErrors } from '@send-hub/event-store';
import { either as E } from 'fp-ts';
import * as t from 'io-ts';
import { RoleId } from './access-actor';

/** Whose records a permission reaches: the children of the actor's own districts, or every child. */
export const DistrictScope = t.keyof({ 'own-districts': null, 'every-district': null }, 'own-districts or every-district');
export type DistrictScope = t.TypeOf<typeof DistrictScope>;

/** The kinds of read the policy governs, each with the plain-English name a refusal uses. */
export const readKindLabels = {
  'case-record': 'a child’s case record (its timeline, with names and narrative)',
  'child-names': 'the names of the children on a list or agenda',
  'district-lists': 'a district’s lists without names (agendas, actions, meetings, consent to chase)',
  'published-statistics': 'the board’s published statistics (small numbers withheld)',
  ciphertext: 'the stored history as written (encrypted personal fields, to verify or export it)',
  'subject-access': 'everything the hub holds about a child, for a subject access request',
  'access-log': 'the log of who read a child’s record',
  'retention-review': 'the review of whose records are due for erasure (it reads dates of birth)',
} as const;
export const ReadKind = t.keyof(readKindLabels, 'a kind of read');
export type ReadKind = t.TypeOf<typeof ReadKind>;

/**
 * What each of the hub's commands does, in the plain English a refusal uses ("may not refer a
 * child to the hub"). A command a council adds to its own policy is named by its type.
 */
export const commandLabels: Readonly<Record<string, string>> = {
  Refer: 'refer a child to the hub',
  RecordConsent: 'record consent',
  WithdrawConsent: 'record that consent was withdrawn',
  Discuss: 'record a discussion of a case',
  AgreeActions: 'record actions agreed for a case',
  Review: 'record a review of agreed actions',
  RecordViews: 'record a child’s or family’s views',
  EscalateToLMG: 'escalate a case to the Locality Management Group',
  RecordMove: 'record a move of school or district',
  Close: 'close a case',
  RecordMeeting: 'record a hub meeting',
  CancelMeeting: 'cancel a hub meeting',
  DiscussAtLMG: 'record the Locality Management Group’s discussion of a case',
  RecordLMGMeeting: 'record a Locality Management Group meeting',
  CancelLMGMeeting: 'cancel a Locality Management Group meeting',
  RecordLMGThemes: 'record the Locality Management Group’s themes',
  ForgetChild: 'erase a child’s personal data',
  ImportEvents: 'import a history into the hub',
};

/** `commandType` as a refusal says it: its words, or, for a command of the council's own, its type. */
export const commandInWords = (commandType: string): string => (Object.hasOwn(commandLabels, commandType) && commandLabels[commandType]) || `record the ${commandType} command`;

/** One row of the policy: which roles may do a thing, and for whose records. */
export const Permission = t.type({ roles: t.readonlyArray(RoleId, 'a list of role ids'), districts: DistrictScope }, 'a permission');
export type Permission = t.TypeOf<typeof Permission>;

export const RoleDefinition = t.type({ label: t.string, description: t.string }, 'a role (its label and description)');

/**
 * A council's access policy, as data it can change: its roles, then two tables. `commands`
 * is keyed by command type (`Refer`, `RecordMeeting`, ... and `ForgetChild` for an erasure):
 * a command with no row is refused, so a new command joins by a row. `reads` has a row for
 * every kind of read.
 */
export const AccessPolicy = t.type(
  {
    roles: t.record(RoleId, RoleDefinition),
    commands: t.record(t.string, Permission),
    reads: t.record(ReadKind, Permission),
  },
  'an access policy',
);
export type AccessPolicy = t.TypeOf<typeof AccessPolicy>;

export interface PolicyInvalid {
  readonly _tag: 'PolicyInvalid';
  readonly code: 'access-policy-invalid';
  readonly message: string;
}

const policyInvalid = (problems: string): PolicyInvalid => ({ _tag: 'PolicyInvalid', code: 'access-policy-invalid', message: `The access policy is not valid: ${problems}.` });

/** Rows that name a role the policy does not define, each as `commands.Refer: "hub-coordinater"`. */
const undefinedRoles = (policy: AccessPolicy): ReadonlyArray<string> => {
  const rows = [...Object.entries(policy.commands).map(([name, row]) => [`commands.${name}`, row] as const), ...Object.entries(policy.reads).map(([name, row]) => [`reads.${name}`, row] as const)];
  return rows.flatMap(([name, row]) => row.roles.filter((role) => policy.roles[role] === undefined).map((role) => `${name}: "${role}" is not one of the policy's roles`));
};

/** Reads a policy a council wrote (a JSON file, say): its shape, then that every role a row names is defined. */
export const decodeAccessPolicy = (input: unknown): E.Either<PolicyInvalid, AccessPolicy> => {
  const decoded = AccessPolicy.decode(input);
  if (E.isLeft(decoded)) return E.left(policyInvalid(describeValidationErrors(decoded.left).join('; ')));
  const unknown = undefinedRoles(decoded.right);
  return unknown.length === 0 ? E.right(decoded.right) : E.left(policyInvalid(unknown.join('; ')));
};
