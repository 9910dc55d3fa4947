import { join } from 'node:path';
import { personal, ShortText } from '@send-hub/core';
import { describeCodec, fieldsOf, formatPath, type CodecShape } from '../codec-fields';
import { fieldTable } from '../field-table';

/** The few io-ts constructors these tests use, loaded from where core loads io-ts so the codecs are of the same classes. */
interface CodecConstructors {
  readonly type: (props: Record<string, unknown>, name?: string) => CodecShape;
  readonly partial: (props: Record<string, unknown>, name?: string) => CodecShape;
  readonly intersection: (members: ReadonlyArray<unknown>, name?: string) => CodecShape;
  readonly union: (members: ReadonlyArray<unknown>, name?: string) => CodecShape;
  readonly array: (item: unknown, name?: string) => CodecShape;
  readonly literal: (value: string | number) => CodecShape;
  readonly keyof: (keys: Record<string, null>, name?: string) => CodecShape;
  readonly string: CodecShape;
  readonly boolean: CodecShape;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports -- io-ts is a dependency of the packages, not of the repository root
const t = require(require.resolve('io-ts', { paths: [join(__dirname, '..', '..', '..', 'packages', 'core')] })) as CodecConstructors;

const rowsOf = (codec: CodecShape) => fieldsOf(codec).map((row) => ({ field: formatPath(row.path), holds: describeCodec(row.codec), optional: row.optional, personal: row.personal, alternative: row.alternative }));

describe('reading the fields of a codec', () => {
  it('walks objects, optional parts, lists of objects and personal fields, in the order they are declared', () => {
    const Child = t.type({ name: personal(ShortText), siblings: t.array(t.type({ relation: t.string }, 'a sibling'), 'a list of siblings') }, 'a child');
    const Form = t.intersection([t.type({ child: Child, kind: t.literal('form') }), t.partial({ urgent: t.boolean })], 'a form');
    expect(rowsOf(Form)).toEqual([
      { field: 'child', holds: 'a child', optional: false, personal: false, alternative: undefined },
      { field: 'child.name', holds: 'a text of 1 to 2,000 characters', optional: false, personal: true, alternative: undefined },
      { field: 'child.siblings', holds: 'a list of siblings', optional: false, personal: false, alternative: undefined },
      { field: 'child.siblings[].relation', holds: 'text', optional: false, personal: false, alternative: undefined },
      { field: 'kind', holds: 'always "form"', optional: false, personal: false, alternative: undefined },
      { field: 'urgent', holds: 'true or false', optional: true, personal: false, alternative: undefined },
    ]);
  });

  it('names what io-ts named from the structure in words, and lists the fields of each alternative of a union of objects', () => {
    const Contact = t.union([t.type({ phone: t.string }, 'by phone'), t.type({ email: t.string }, 'by email')], 'a way to get in touch');
    const Record = t.type({ contact: Contact, tags: t.array(t.keyof({ red: null, blue: null })), level: t.union([t.literal(1), t.literal(2)]) });
    expect(rowsOf(Record).map(({ field, holds, alternative }) => [field, holds, alternative])).toEqual([
      ['contact', 'a way to get in touch', undefined],
      ['contact.phone', 'text', 'by phone'],
      ['contact.email', 'text', 'by email'],
      ['tags', 'a list of one of "red", "blue"', undefined],
      ['level', 'one of 1, 2', undefined],
    ]);
  });

  it('refuses to document a personal field the encryption layer would not reach, rather than show it as protected', () => {
    const Note = t.type({ type: t.literal('Noted'), lines: t.array(t.type({ text: personal(ShortText) }), 'a list of lines') }, 'a Noted event');
    expect(() => fieldTable('Noted', Note, { personalColumn: true })).toThrow(
      'The personal fields of Noted do not match what the encryption layer encrypts: marked but not encrypted: lines[].text; encrypted but not found: none.',
    );
  });
});
