import { CaseEvent, LMGMeetingEvent, MeetingEvent, PersonalDataErased, quickDecoder } from '@send-hub/core';
import { caseEvent, lmgMeetingEvent, meetingEvent, personalDataErasedEvent } from '@send-hub/testing';
import * as fc from 'fast-check';
import * as t from 'io-ts';
import { damaged } from '../support/damaged-values';
import { messageUnions } from '../support/message-unions';

const numRuns = 300;

/** What a person is told: each error's path, expected type and value. */
const errorsOf = (errors: t.Errors) => errors.map((error) => ({ path: error.context.map((entry) => `${entry.key}:${entry.type.name}`), value: error.value, message: error.message }));

/** Decoding `input` the quick way gives what io-ts's own walk gives: the same object when valid, the same errors when not. */
const decodesAsIoTs = (plain: t.Validation<unknown>, fast: t.Validation<unknown>, input: unknown): void => {
  if (plain._tag === 'Right') {
    expect(fast._tag).toBe('Right');
    if (fast._tag === 'Right') expect(fast.right).toBe(input);
  } else {
    expect(fast._tag).toBe('Left');
    if (fast._tag === 'Left') expect(errorsOf(fast.left)).toEqual(errorsOf(plain.left));
  }
};

const decodesAsPlainUnion = (codec: t.UnionType<[t.Mixed, t.Mixed, ...Array<t.Mixed>]>, input: unknown): void =>
  decodesAsIoTs(t.union(codec.types, codec.name).decode(input), codec.decode(input), input);

/** Every member's quick decoder against the member's own decode, for input of any member's type. */
const membersDecodeQuicklyAsIoTs = (members: ReadonlyArray<t.Mixed>, input: unknown): void => {
  for (const member of members) decodesAsIoTs(member.decode(input), quickDecoder(member)(input), input);
};

// The message unions answer valid input without io-ts's walk; nothing else may change.
describe.each(messageUnions)('%s decode exactly as io-ts’s plain union of the same members', (_name, codec, valid) => {
  const union = codec as unknown as t.UnionType<[t.Mixed, t.Mixed, ...Array<t.Mixed>]>;
  it('valid input comes back as the same object', () => fc.assert(fc.property(valid, (input) => decodesAsPlainUnion(union, input)), { numRuns }));
  it('damaged input is refused with the same errors', () => fc.assert(fc.property(damaged(valid), (input) => decodesAsPlainUnion(union, input)), { numRuns }));
  it('anything else is refused with the same errors', () => fc.assert(fc.property(fc.anything({ withSparseArray: true, withNullPrototype: true }), (input) => decodesAsPlainUnion(union, input)), { numRuns: 100 }));
});

// The hub reads each stored event with its own type's quick decoder.
describe.each([
  ['case event', (CaseEvent as unknown as t.UnionType<[t.Mixed, t.Mixed, ...Array<t.Mixed>]>).types, caseEvent()],
  ['meeting event', (MeetingEvent as unknown as t.UnionType<[t.Mixed, t.Mixed, ...Array<t.Mixed>]>).types, meetingEvent()],
  ['group meeting event', (LMGMeetingEvent as unknown as t.UnionType<[t.Mixed, t.Mixed, ...Array<t.Mixed>]>).types, lmgMeetingEvent()],
  ['erasure record', [PersonalDataErased], personalDataErasedEvent()],
] as const)('each %s type’s quick decoder decodes exactly as its codec', (_name, members, valid) => {
  it('valid input', () => fc.assert(fc.property(valid, (input) => membersDecodeQuicklyAsIoTs(members, input)), { numRuns }));
  it('damaged input', () => fc.assert(fc.property(damaged(valid), (input) => membersDecodeQuicklyAsIoTs(members, input)), { numRuns }));
  it('anything else', () =>
    fc.assert(fc.property(fc.anything({ withSparseArray: true, withNullPrototype: true }), (input) => membersDecodeQuicklyAsIoTs(members, input)), { numRuns: 100 }));
});
