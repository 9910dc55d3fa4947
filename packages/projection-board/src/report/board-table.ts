import type { PublishedCount, PublishedTable } from '../publication/publish-table';

/** One line of a board table: what it is, then each figure as published ("1,234", "45.0%", "[c]"). */
export interface BoardTableRow {
  readonly label: string;
  readonly cells: ReadonlyArray<string>;
  /** A row that adds up the rows above it (a phase after its year groups): shown apart, left out of charts. */
  readonly subtotal?: true;
}

/**
 * Any table of a board report as data, every figure already as it may be shown: what the text
 * report, the CSV file and the web page print when they know nothing more of a table. A table
 * added to a report's `tables` appears in all three with no more work.
 */
export interface BoardTable {
  /** Stable, for a program choosing tables: "referrals-by-phase". */
  readonly key: string;
  readonly title: string;
  /** What the rows are ("Phase of education"). */
  readonly rowHeading: string;
  readonly columns: ReadonlyArray<string>;
  readonly rows: ReadonlyArray<BoardTableRow>;
  /** Totals and shares set apart at the foot of the table. */
  readonly footer: ReadonlyArray<BoardTableRow>;
  /** What a reader should know to read it, in a sentence or two. */
  readonly note?: string;
}

const shown = (counts: ReadonlyArray<PublishedCount>): string[] => counts.map((count) => count.shown);

/**
 * A published table of counts as data: its row totals as a last column and its column totals at
 * the foot, except where they would repeat the table (a table of one column, or of one row).
 */
export const boardTableOf = (key: string, table: PublishedTable, extra: { readonly footer?: ReadonlyArray<BoardTableRow>; readonly note?: string } = {}): BoardTable => {
  const oneColumn = table.columns.length === 1;
  return {
    key,
    title: table.title,
    rowHeading: table.rowHeading,
    columns: [...table.columns.map((column) => column.label), ...(oneColumn ? [] : ['Total'])],
    rows: table.rows.map((row) => ({ label: row.label, cells: oneColumn ? shown(row.cells) : [...shown(row.cells), row.total.shown] })),
    footer: [
      ...(table.rows.length > 1 ? [{ label: 'Total', cells: oneColumn ? [table.grandTotal.shown] : [...shown(table.columnTotals), table.grandTotal.shown] }] : []),
      ...(extra.footer ?? []),
    ],
    ...(extra.note === undefined ? {} : { note: extra.note }),
  };
};
