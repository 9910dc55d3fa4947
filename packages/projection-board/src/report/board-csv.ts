import { csvText } from '@send-hub/projections';
import type { BoardReport } from './board-report';
import { reportTables } from './report-tables';

/** The columns of the board's CSV file, one figure to a line. */
export const boardCsvHeader = ['Academic year', 'Place', 'Table', 'Row heading', 'Row', 'Column', 'Figure'] as const;

/** A count as a spreadsheet reads a number ("1234", not "1,234"); every other figure as the report shows it. */
const csvFigure = (shown: string): string => (/^\d{1,3}(,\d{3})+$/.test(shown) ? shown.replace(/,/g, '') : shown);

/**
 * Every figure of every report, one to a line, in one file: a spreadsheet filters or pivots it by
 * year, place, table, row and column. A withheld figure is written `[c]`, as in the text report,
 * never its number; `[x]` and `[z]` are written as they are shown.
 */
export const boardReportsCsv = (reports: ReadonlyArray<BoardReport>): string =>
  csvText(
    boardCsvHeader,
    reports.flatMap((report) => {
      return reportTables(report).flatMap((table) =>
        [...table.rows, ...table.footer].flatMap((row) =>
          row.cells.flatMap((cell, column) => (cell === '' ? [] : [[report.academicYear, report.place, table.title, table.rowHeading, row.label, table.columns[column] ?? '', csvFigure(cell)]])),
        ),
      );
    }),
  );
