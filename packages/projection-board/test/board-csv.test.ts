import { csvField, csvText } from '@send-hub/projections';
import * as fc from 'fast-check';
import { either as E } from 'fp-ts';
import { hubHistoryArbitrary } from '../../projections/test/support/hub-history-arbitrary';
import { rebuiltFrom } from '../../projections/test/support/rebuild-law';
import { boardCsvHeader, boardProjection, boardReportsCsv, publishBoard, reportTables } from '../src';

/** An RFC 4180 reader, written apart from the writer: quoted fields, doubled quotes, CRLF between records. */
const readCsv = (text: string): string[][] => {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index];
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (character === '"') quoted = false;
      else field += character;
    } else if (character === '"') quoted = true;
    else if (character === ',') {
      record.push(field);
      field = '';
    } else if (character === '\r' && text[index + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      index += 1;
    } else field += character;
  }
  return records;
};

describe('CSV for spreadsheets', () => {
  it('quotes a field with a comma, a quote or a line break, doubles its quotes, and ends every record with CRLF', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('Newcastle, under Lyme')).toBe('"Newcastle, under Lyme"');
    expect(csvField('the "hub"')).toBe('"the ""hub"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvText(['A', 'B'], [['1', 'x,y']])).toBe('A,B\r\n1,"x,y"\r\n');
  });

  it('writes a cell a spreadsheet would run as a formula as text, and leaves numbers alone', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('@sum')).toBe("'@sum");
    expect(csvField('-12')).toBe('-12');
    expect(csvField('12.5%')).toBe('12.5%');
  });

  it('reads back as it was written, field for field', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', ' ', '1') }), { minLength: 2, maxLength: 2 }), { maxLength: 6 }), (records) => {
        const safe = records.map((record) => record.map((field) => field.replace(/^[=+\-@\t\r]/, 'x')));
        expect(readCsv(csvText(['First', 'Second'], safe))).toEqual([['First', 'Second'], ...safe]);
      }),
    );
  });

  it("holds every figure of every report with plain-English headings, [c] where the report shows [c] and never the number", async () => {
    const [history] = fc.sample(hubHistoryArbitrary({ maxCases: 12 }), { numRuns: 1, seed: 5 });
    const model = await rebuiltFrom(boardProjection, history?.events ?? []);
    const publication = publishBoard(model, { academicYears: ['2023/24', '2024/25', '2025/26', '2026/27'] });
    if (E.isLeft(publication)) throw new Error(publication.left.message);
    const { reports } = publication.right;
    const records = readCsv(boardReportsCsv(reports));
    expect(records[0]).toEqual([...boardCsvHeader]);
    expect(records[0]).toEqual(['Academic year', 'Place', 'Table', 'Row heading', 'Row', 'Column', 'Figure']);
    const expected = reports.flatMap((report) =>
      reportTables(report).flatMap((table) =>
        [...table.rows, ...table.footer].flatMap((row) => row.cells.flatMap((cell, column) => (cell === '' ? [] : [[report.academicYear, report.place, table.title, table.rowHeading, row.label, table.columns[column], cell.replace(/^(\d{1,3}(,\d{3})+)$/, (whole) => whole.replace(/,/g, ''))]]))),
      ),
    );
    expect(records.slice(1)).toEqual(expected);
    const figures = records.slice(1).map((record) => record[6] ?? '');
    expect(figures).toContain('[c]');
    // A count from 1 to 5 is never written, in any column of figures counting children.
    const counts = records.slice(1).filter((record) => /^\d+$/.test(record[6] ?? '') && !/Meetings|Multi-agency/.test(`${record[2]} ${record[4]}`));
    for (const record of counts) expect([record[2], record[4], record[5], Number(record[6]) === 0 || Number(record[6]) > 5]).toEqual([record[2], record[4], record[5], true]);
  });
});
