import { either as E } from 'fp-ts';
import { withTotals, type CountTable, type TableHeading } from './count-table';
import { suppressionPattern } from './disclosure-control';

/** Government Statistical Service symbols. */
export const statisticalSymbols = {
  confidential: '[c]',
  notAvailable: '[x]',
  notApplicable: '[z]',
} as const;

export type PublishedCount =
  | { readonly kind: 'count'; readonly value: number; readonly shown: string }
  /** The value is left out altogether, so a published table cannot leak it. */
  | { readonly kind: 'suppressed'; readonly reason: 'small-count' | 'could-be-worked-out'; readonly shown: typeof statisticalSymbols.confidential };

export interface PublishedRow extends TableHeading {
  readonly cells: ReadonlyArray<PublishedCount>;
  readonly total: PublishedCount;
}

export interface PublishedTable {
  readonly title: string;
  readonly rowHeading: string;
  readonly columns: ReadonlyArray<TableHeading>;
  readonly rows: ReadonlyArray<PublishedRow>;
  readonly columnTotals: ReadonlyArray<PublishedCount>;
  readonly grandTotal: PublishedCount;
  /** Counts from 1 to this are hidden. */
  readonly threshold: number;
  readonly note: string;
}

export interface PublicationOptions {
  /** Counts from 1 to this many are suppressed; default 5 (the Department for Education's practice). */
  readonly threshold?: number;
}

export const defaultSuppressionThreshold = 5;

export interface TableRejection {
  readonly _tag: 'TableRejection';
  readonly code: 'table-invalid';
  readonly message: string;
}

const reject = (table: CountTable, particulars: string): E.Either<TableRejection, never> =>
  E.left({ _tag: 'TableRejection', code: 'table-invalid', message: `The table "${table.title}" cannot be published: ${particulars}.` });

const checkTable = (table: CountTable, threshold: number): E.Either<TableRejection, CountTable> => {
  if (!Number.isInteger(threshold) || threshold < 0) return reject(table, `the threshold ${threshold} is not a whole number of zero or more`);
  if (table.counts.length !== table.rows.length) return reject(table, `it has ${table.rows.length} row headings but ${table.counts.length} rows of counts`);
  for (const [index, row] of table.counts.entries()) {
    const heading = table.rows[index]?.label ?? String(index + 1);
    if (row.length !== table.columns.length) return reject(table, `the row "${heading}" has ${row.length} counts for ${table.columns.length} columns`);
    const bad = row.find((count) => !Number.isInteger(count) || count < 0);
    if (bad !== undefined) return reject(table, `the row "${heading}" holds ${bad}, which is not a count (a whole number of zero or more)`);
  }
  return E.right(table);
};

/**
 * Makes a board table fit to publish: totals added, counts from 1 to the threshold
 * shown as [c], and further cells hidden wherever a hidden count could be worked out
 * from a total (see `suppressionPattern`). Every figure that is shown is the true count.
 */
export const publishTable = (table: CountTable, options: PublicationOptions = {}): E.Either<TableRejection, PublishedTable> => {
  const threshold = options.threshold ?? defaultSuppressionThreshold;
  return E.map((checked: CountTable): PublishedTable => {
    const cells = withTotals(checked.counts, checked.columns.length);
    const { primary, suppressed } = suppressionPattern(cells, threshold);
    const publish = (row: number, column: number): PublishedCount => {
      const value = cells[row]?.[column] ?? 0;
      if (suppressed[row]?.[column] !== true) return { kind: 'count', value, shown: value.toLocaleString('en-GB') };
      return { kind: 'suppressed', reason: primary[row]?.[column] === true ? 'small-count' : 'could-be-worked-out', shown: statisticalSymbols.confidential };
    };
    const columns = checked.columns.length;
    const last = checked.rows.length;
    return {
      title: checked.title,
      rowHeading: checked.rowHeading,
      columns: checked.columns.map((heading) => ({ ...heading })),
      rows: checked.rows.map((heading, row) => ({ ...heading, cells: checked.columns.map((_heading, column) => publish(row, column)), total: publish(row, columns) })),
      columnTotals: checked.columns.map((_heading, column) => publish(last, column)),
      grandTotal: publish(last, columns),
      threshold,
      note: `[c] marks a figure withheld to protect confidentiality: counts from 1 to ${threshold}, and other figures that would let them be worked out from a total.`,
    };
  })(checkTable(table, threshold));
};
