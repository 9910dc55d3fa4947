import type * as t from 'io-ts';
import { isLowerCaseUuid } from './lower-case-uuid';
import { checkedString, patternedString } from './patterned-string';

export const CaseId = checkedString('a case id (a lower-case UUID)', isLowerCaseUuid);
export type CaseId = t.TypeOf<typeof CaseId>;

export const ActionId = checkedString('an action id (a lower-case UUID)', isLowerCaseUuid);
export type ActionId = t.TypeOf<typeof ActionId>;

/**
 * The pseudonymous reference that links a child's cases without naming the child:
 * letters, digits and hyphens, 4 to 64 characters.
 */
export const ChildReference = patternedString(
  'a pseudonymous child reference (4 to 64 letters, digits or hyphens)',
  /^[A-Za-z0-9-]{4,64}$/,
);
export type ChildReference = t.TypeOf<typeof ChildReference>;

/** A school's unique reference number: six digits. */
export const SchoolUrn = patternedString('a 6-digit school unique reference number', /^\d{6}$/);
export type SchoolUrn = t.TypeOf<typeof SchoolUrn>;

/** A short piece of text a person wrote: not empty, at most 2,000 characters (UTF-16 code units, as /^[\s\S]{1,2000}$/ counted). */
export const ShortText = checkedString('a text of 1 to 2,000 characters', (value) => value.length >= 1 && value.length <= 2_000);
export type ShortText = t.TypeOf<typeof ShortText>;
