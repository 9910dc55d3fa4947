/** Small pieces of Markdown, written the same way every time so the catalogue is reproducible. */

/** A table cell: pipes escaped and line breaks flattened, so a cell can never break its table. */
const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

export const table = (headings: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string>>): string =>
  [`| ${headings.map(cell).join(' | ')} |`, `| ${headings.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join('\n');

export const code = (text: string): string => `\`${text}\``;

/** The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens. */
export const anchorOf = (heading: string): string =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-');

export const link = (text: string, heading: string): string => `[${text}](#${anchorOf(heading)})`;

/** Blocks joined by blank lines, ending in one newline. */
export const document = (blocks: ReadonlyArray<string>): string => `${blocks.filter((block) => block !== '').join('\n\n')}\n`;
