import { either as E } from 'fp-ts';
import { withTotals, type CountTable, type TableHeading } from './count-table';
import { linkFigures } from './linked/linked-figures';
import { suppressLinkedSet, type LinkedSuppression, type WithheldReason } from './linked/linked-suppression';
import { keyAt, tableDeclaration, type TableKeys } from './linked/table-declaration';

/** Government Statistical Service symbols. */
export const statisticalSymbols = {
  confidential: '[c]',
  notAvailable: '[x]',
  notApplicable: '[z]',
} as const;

export type PublishedCount =
  | { readonly kind: 'count'; readonly value: number; readonly shown: string }
  /** The value is left out altogether, so a published table cannot leak it. */
  | { readonly kind: 'suppressed'; readonly reason: WithheldReason; readonly shown: typeof statisticalSymbols.confidential };

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

/** The threshold must be a whole number of zero or more (0 publishes every count). */
export const thresholdRejection = (threshold: number): TableRejection => ({
  _tag: 'TableRejection',
  code: 'table-invalid',
  message: `The figures cannot be published: the threshold ${threshold} is not a whole number of zero or more.`,
});

export const checkCountTable = (table: CountTable, threshold: number): E.Either<TableRejection, CountTable> => {
  if (!Number.isInteger(threshold) || threshold < 0) return E.left(thresholdRejection(threshold));
  if (table.counts.length !== table.rows.length) return reject(table, `it has ${table.rows.length} row headings but ${table.counts.length} rows of counts`);
  for (const [index, row] of table.counts.entries()) {
    const heading = table.rows[index]?.label ?? String(index + 1);
    if (row.length !== table.columns.length) return reject(table, `the row "${heading}" has ${row.length} counts for ${table.columns.length} columns`);
    const bad = row.find((count) => !Number.isInteger(count) || count < 0);
    if (bad !== undefined) return reject(table, `the row "${heading}" holds ${bad}, which is not a count (a whole number of zero or more)`);
  }
  return E.right(table);
};

/** A figure as published: the count, or [c] with no value at all when the linked set withholds it. */
export const publishedCountOf = (suppression: LinkedSuppression, key: string, value: number): PublishedCount => {
  const reason = suppression.withheld.get(key);
  return reason === undefined ? { kind: 'count', value, shown: value.toLocaleString('en-GB') } : { kind: 'suppressed', reason, shown: statisticalSymbols.confidential };
};

export const suppressionNote = (threshold: number): string =>
  `[c] marks a figure withheld to protect confidentiality: counts from 1 to ${threshold}, and other figures that would let them be worked out from the totals and tables published with them.`;

/** A table of counts with its totals, each figure shown or withheld as the linked set it belongs to decided. */
export const publishLinkedTable = (table: CountTable, keys: TableKeys, suppression: LinkedSuppression): PublishedTable => {
  const columns = table.columns.length;
  const last = table.rows.length;
  const cells = withTotals(table.counts, columns);
  const publish = (row: number, column: number): PublishedCount => publishedCountOf(suppression, keyAt(keys, last, columns, row, column), cells[row]?.[column] ?? 0);
  return {
    title: table.title,
    rowHeading: table.rowHeading,
    columns: table.columns.map((heading) => ({ ...heading })),
    rows: table.rows.map((heading, row) => ({ ...heading, cells: table.columns.map((_heading, column) => publish(row, column)), total: publish(row, columns) })),
    columnTotals: table.columns.map((_heading, column) => publish(last, column)),
    grandTotal: publish(last, columns),
    threshold: suppression.threshold,
    note: suppressionNote(suppression.threshold),
  };
};

const standAloneKeys: TableKeys = {
  cell: (row, column) => `cell ${row} ${column}`,
  rowTotal: (row) => `row ${row} total`,
  columnTotal: (column) => `column ${column} total`,
  grandTotal: 'grand total',
};

/**
 * Makes one board table fit to publish on its own: a linked set of one table (see
 * `suppressLinkedSet`). Tables published together go through `suppressLinkedSet` as one set
 * instead, as the board's reports do. Every figure that is shown is the true count.
 */
export const publishTable = (table: CountTable, options: PublicationOptions = {}): E.Either<TableRejection, PublishedTable> => {
  const threshold = options.threshold ?? defaultSuppressionThreshold;
  return E.chain((checked: CountTable): E.Either<TableRejection, PublishedTable> => {
    const set = linkFigures([tableDeclaration(checked, standAloneKeys)]);
    if (E.isLeft(set)) return reject(checked, set.left.message);
    return E.right(publishLinkedTable(checked, standAloneKeys, suppressLinkedSet(set.right, threshold)));
  })(checkCountTable(table, threshold));
};
