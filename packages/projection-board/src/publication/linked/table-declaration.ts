import { withTotals, type CountTable } from '../count-table';
import type { LinkedDeclaration, LinkedFigure, LinkedTotal } from './linked-figures';

/**
 * The key of each figure of a table with totals: `cell(row, column)` for the counts,
 * `rowTotal(row)`, `columnTotal(column)` and `grandTotal`. Two tables that show the same
 * count give it the same key, so it is one figure of the linked set.
 */
export interface TableKeys {
  readonly cell: (row: number, column: number) => string;
  readonly rowTotal: (row: number) => string;
  readonly columnTotal: (column: number) => string;
  readonly grandTotal: string;
}

/** The key of the figure at `[row][column]` of the table laid out with its totals (as `withTotals` lays it). */
export const keyAt = (keys: TableKeys, rows: number, columns: number, row: number, column: number): string => {
  if (row === rows) return column === columns ? keys.grandTotal : keys.columnTotal(column);
  return column === columns ? keys.rowTotal(row) : keys.cell(row, column);
};

/** A table of counts with its row, column and grand totals, as figures of a linked set and the sums between them. */
export const tableDeclaration = (table: CountTable, keys: TableKeys): LinkedDeclaration => {
  const rows = table.rows.length;
  const columns = table.columns.length;
  const cells = withTotals(table.counts, columns);
  const figures: LinkedFigure[] = cells.flatMap((line, row) => line.map((value, column) => ({ key: keyAt(keys, rows, columns, row, column), value })));
  const rowIndexes = Array.from({ length: rows }, (_unused, row) => row);
  const columnIndexes = Array.from({ length: columns }, (_unused, column) => column);
  const totals: LinkedTotal[] = [
    ...rowIndexes.map((row) => ({ total: keys.rowTotal(row), parts: columnIndexes.map((column) => keys.cell(row, column)) })),
    ...columnIndexes.map((column) => ({ total: keys.columnTotal(column), parts: rowIndexes.map((row) => keys.cell(row, column)) })),
    { total: keys.grandTotal, parts: rowIndexes.map(keys.rowTotal) },
    { total: keys.grandTotal, parts: columnIndexes.map(keys.columnTotal) },
  ];
  return { figures, totals };
};
