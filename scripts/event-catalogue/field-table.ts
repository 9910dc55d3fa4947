import { personalFieldPaths } from '@send-hub/core';
import { describeCodec, fieldsOf, formatPath, isPersonal, itemSegment, literalValuesOf, unwrap, type CodecShape, type FieldRow } from './codec-fields';
import { caseVocabularyCodeLists, referenceCodeLists, type CodeList } from './code-lists';
import { code, link, table } from './markdown';

const codeLists: ReadonlyArray<CodeList> = [...referenceCodeLists, ...caseVocabularyCodeLists];

const codeListOf = (codec: CodecShape): CodeList | undefined => {
  const bare = unwrap(codec);
  return codeLists.find((list) => list.codec === codec || list.codec === bare);
};

/** What a field holds: its codec's plain-English name, then the codes it takes (a link to their list, or the values). */
const holds = (row: FieldRow): string => {
  const described = describeCodec(row.codec);
  const list = codeListOf(row.codec);
  if (list !== undefined) return `${described}: see ${link(list.title.toLowerCase(), list.title)}`;
  const values = literalValuesOf(row.codec);
  if (values === undefined || unwrap(row.codec)._tag === 'LiteralType') return described;
  return `${described}: ${values.map(code).join(', ')}`;
};

const fieldName = (row: FieldRow): string => {
  const notes = [...(row.optional ? ['optional'] : []), ...(row.alternative === undefined ? [] : [`in ${row.alternative}`])];
  return `${code(formatPath(row.path))}${notes.length === 0 ? '' : ` (${notes.join('; ')})`}`;
};

const samePath = (left: ReadonlyArray<string>, right: ReadonlyArray<string>): boolean =>
  left.length === right.length && left.every((segment, index) => segment === right[index]);

/**
 * The fields marked personal must be exactly those `personalFieldPaths` finds, since
 * that is what the encryption layer encrypts. A marked field it cannot reach (inside a
 * list, say) would be stored in clear: the catalogue refuses to hide that.
 */
const checkPersonalFields = (name: string, codec: CodecShape, rows: ReadonlyArray<FieldRow>): void => {
  const encrypted = personalFieldPaths(codec as Parameters<typeof personalFieldPaths>[0]);
  const marked = rows.filter((row) => isPersonal(row.codec)).map((row) => row.path);
  const unreachable = marked.filter((path) => path.includes(itemSegment) || !encrypted.some((found) => samePath(found, path)));
  const unlisted = encrypted.filter((path) => !marked.some((found) => samePath(found, path)));
  if (unreachable.length > 0 || unlisted.length > 0) {
    throw new Error(
      `The personal fields of ${name} do not match what the encryption layer encrypts: ` +
        `marked but not encrypted: ${unreachable.map(formatPath).join(', ') || 'none'}; encrypted but not found: ${unlisted.map(formatPath).join(', ') || 'none'}.`,
    );
  }
};

/** The fields of an event or command codec as a Markdown table. */
export const fieldTable = (name: string, codec: CodecShape, options: { readonly personalColumn: boolean; readonly stored?: boolean }): string => {
  const rows = fieldsOf(codec);
  if (!options.personalColumn) return table(['Field', 'Holds'], rows.map((row) => [fieldName(row), holds(row)]));
  // Commands are never stored: views heard with one become events of their own, each encrypted there.
  if (options.stored ?? true) checkPersonalFields(name, codec, rows);
  return table(['Field', 'Holds', 'Personal'], rows.map((row) => [fieldName(row), holds(row), row.personal ? 'yes' : '']));
};

/** Every code list, for the reference data sections. */
export const codeListSection = (list: CodeList): string => [`### ${list.title}`, list.about, table(list.headings, list.rows.map((row) => row.map((value, index) => (index === 0 ? code(value) : value))))].join('\n\n');
