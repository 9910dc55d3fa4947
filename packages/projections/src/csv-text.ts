/**
 * Text for spreadsheets, as RFC 4180 writes it: fields separated by commas, records ended by
 * CRLF, and a field holding a comma, a double quote or a line break quoted, its quotes doubled.
 */

/**
 * A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` as a formula: such a cell is
 * written with a leading apostrophe, which spreadsheets show as text. A plain number is left alone.
 */
const formulaStart = /^[=+\-@\t\r]/;
const plainNumber = /^-?\d+(\.\d+)?%?$/;

export const csvField = (value: string): string => {
  const safe = formulaStart.test(value) && !plainNumber.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** A header record and the records under it, every record as long as the header. */
export const csvText = (header: ReadonlyArray<string>, records: Iterable<ReadonlyArray<string>>): string => {
  const lines = [header.map(csvField).join(',')];
  for (const record of records) {
    if (record.length !== header.length) throw new Error(`A CSV record has ${record.length} fields for a header of ${header.length}.`);
    lines.push(record.map(csvField).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
};
