import * as t from 'io-ts';

/**
 * How a description words a personal detail its reader was not given. `erased`, the default:
 * read through the hub's keys, a detail that is not there was erased. `not-held`: read without
 * the keys (an auditor reading an export), so the detail may be erased or may simply stay with
 * the council, and the words claim neither.
 */
export const AbsentPersonalDetails = t.keyof({ erased: null, 'not-held': null }, 'how absent personal details are worded ("erased" or "not-held")');
export type AbsentPersonalDetails = t.TypeOf<typeof AbsentPersonalDetails>;

/** After "a child" or the child's reference, when the child's name is not given: "whose personal details have been erased". */
export const absentNameInWords: Readonly<Record<AbsentPersonalDetails, string>> = {
  erased: 'whose personal details have been erased',
  'not-held': 'whose personal details are not held here',
};

/** What someone said, in a sentence, when their words are not given. */
export const absentWordsInWords: Readonly<Record<AbsentPersonalDetails, string>> = {
  erased: 'what they said has been erased.',
  'not-held': 'what they said is not held here.',
};
