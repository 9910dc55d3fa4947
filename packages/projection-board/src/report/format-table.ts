import type { PublishedTable } from '../publication/publish-table';
import type { BoardTable } from './board-table';

/** Columns padded to line up in a terminal: the first left-aligned, figures right-aligned. */
export const alignColumns = (rows: ReadonlyArray<ReadonlyArray<string>>): string[] => {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, index) => (widths[index] = Math.max(widths[index] ?? 0, cell.length)));
  return rows.map((row) => row.map((cell, index) => (index === 0 ? cell.padEnd(widths[index] ?? 0) : cell.padStart(widths[index] ?? 0))).join('  ').trimEnd());
};

/** A published table as text, with its totals row and column. */
export const formatPublishedTable = (table: PublishedTable): string[] => [
  table.title,
  ...alignColumns([
    [table.rowHeading, ...table.columns.map((column) => column.label), 'Total'],
    ...table.rows.map((row) => [row.label, ...row.cells.map((cell) => cell.shown), row.total.shown]),
    ...(table.rows.length > 1 ? [['Total', ...table.columnTotals.map((cell) => cell.shown), table.grandTotal.shown]] : []),
  ]).map((line) => `  ${line}`),
];

/** Any board table as text: its title, its rows and its foot lined up, and its note. */
export const formatBoardTable = (table: BoardTable): string[] => [
  table.title,
  ...alignColumns([[table.rowHeading, ...table.columns], ...[...table.rows, ...table.footer].map((row) => [row.label, ...row.cells])]).map((line) => `  ${line}`),
  ...(table.note === undefined ? [] : [`  ${table.note}`]),
];
