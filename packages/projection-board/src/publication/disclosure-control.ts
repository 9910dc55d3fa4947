/**
 * Which cells of a table of counts to hide so that no small count can be seen or
 * worked out by subtraction from a total.
 *
 * `cells` is the table with its totals: each row ends with the row's total, and the
 * last row holds the column totals and, last of all, the grand total. Every line of
 * cells that adds up (each row with its total, each column with its total, and all
 * the inner cells with the grand total) must hide either none of its cells or at
 * least two: one hidden cell in a line is the line's total minus the others.
 *
 * Primary suppression hides counts from 1 to the threshold, totals included. Then,
 * until nothing changes, each line with exactly one hidden cell hides its smallest
 * other non-zero cell (the least information lost). Zeros are never hidden: a true
 * zero is published. Such a cell always exists: a hidden count is not zero, so its
 * line holds another non-zero cell (its total, or a part of it). Protection against
 * combinations of several lines at once (linear programming audits) is not attempted.
 */
export interface SuppressionPattern {
  readonly primary: ReadonlyArray<ReadonlyArray<boolean>>;
  readonly suppressed: ReadonlyArray<ReadonlyArray<boolean>>;
}

type Cell = readonly [number, number];

/** Every line of cells that adds up, for a table of `rows` × `columns` cells including the totals. */
export const additiveLines = (rows: number, columns: number): ReadonlyArray<ReadonlyArray<Cell>> => {
  const lines: Cell[][] = [];
  for (let row = 0; row < rows; row += 1) lines.push(Array.from({ length: columns }, (_unused, column): Cell => [row, column]));
  for (let column = 0; column < columns; column += 1) lines.push(Array.from({ length: rows }, (_unused, row): Cell => [row, column]));
  const inner: Cell[] = [];
  for (let row = 0; row < rows - 1; row += 1) for (let column = 0; column < columns - 1; column += 1) inner.push([row, column]);
  lines.push([...inner, [rows - 1, columns - 1]]);
  return lines;
};

export const suppressionPattern = (cells: ReadonlyArray<ReadonlyArray<number>>, threshold: number): SuppressionPattern => {
  const rows = cells.length;
  const columns = cells[0]?.length ?? 0;
  const value = ([row, column]: Cell): number => cells[row]?.[column] ?? 0;
  const primary = cells.map((line) => line.map((count) => count >= 1 && count <= threshold));
  const suppressed = primary.map((line) => [...line]);
  const isSuppressed = ([row, column]: Cell): boolean => suppressed[row]?.[column] === true;
  const lines = additiveLines(rows, columns);
  let changed = true;
  while (changed) {
    changed = false;
    for (const line of lines) {
      if (line.filter(isSuppressed).length !== 1) continue;
      let choice: Cell | undefined;
      for (const cell of line) {
        if (isSuppressed(cell) || value(cell) === 0) continue;
        if (choice === undefined || value(cell) < value(choice)) choice = cell;
      }
      if (choice === undefined) throw new Error('A line with one hidden count has no other non-zero cell: its counts do not add up to its total.');
      const [row, column] = choice;
      const target = suppressed[row];
      if (target !== undefined) target[column] = true;
      changed = true;
    }
  }
  return { primary, suppressed };
};
