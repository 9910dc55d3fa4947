import type { PublishedTable } from '@send-hub/projection-board';
import type { Markup } from '../markup/html';
import { figureOfCount } from '../figures/shown-figure';
import { figureTable } from './figure-table';

/** A published board table as it stands, totals included: the same cells the text report prints. */
export const publishedTable = (table: PublishedTable, caption = table.title): Markup =>
  figureTable({
    caption,
    rowHeading: table.rowHeading,
    columns: [...table.columns.map((column) => column.label), 'Total'],
    rows: table.rows.map((row) => ({ label: row.label, cells: [...row.cells, row.total].map(figureOfCount) })),
    ...(table.rows.length > 1 ? { footer: { label: 'Total', cells: [...table.columnTotals, table.grandTotal].map(figureOfCount) } } : {}),
  });
