/** A row or column of a table: a stable key and what a person reads. */
export interface TableHeading {
  readonly key: string;
  readonly label: string;
}

/** Any board table of counts: rows × columns, totals left to the publisher so they always add up. */
export interface CountTable {
  readonly title: string;
  /** What the rows are, for the top-left cell ("District", "Sex"). */
  readonly rowHeading: string;
  readonly rows: ReadonlyArray<TableHeading>;
  readonly columns: ReadonlyArray<TableHeading>;
  /** `counts[row][column]`: whole numbers, zero or more. */
  readonly counts: ReadonlyArray<ReadonlyArray<number>>;
}

/** The table with its totals appended: each row's total last, then the column totals and the grand total. */
export const withTotals = (counts: ReadonlyArray<ReadonlyArray<number>>, columns: number): number[][] => {
  const inner = counts.map((row) => [...row, row.reduce((sum, count) => sum + count, 0)]);
  const totals = Array.from({ length: columns + 1 }, (_unused, column) => inner.reduce((sum, row) => sum + (row[column] ?? 0), 0));
  return [...inner, totals];
};
