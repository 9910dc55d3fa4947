import { swatchSvg } from '../charts/chart-legend';
import { element, type Markup } from '../markup/html';
import type { ShownFigure } from '../figures/shown-figure';

export interface FigureRow {
  readonly label: string;
  readonly cells: ReadonlyArray<ShownFigure>;
  /** Adds up the rows above it: set in bold. */
  readonly subtotal?: boolean;
}

export interface FigureTable {
  readonly caption: string;
  readonly rowHeading: string;
  readonly columns: ReadonlyArray<string>;
  readonly rows: ReadonlyArray<FigureRow>;
  /** A totals row (or several: totals, then shares), set apart at the foot. */
  readonly footer?: FigureRow | ReadonlyArray<FigureRow>;
}

const meanings: Readonly<Record<Exclude<ShownFigure['kind'], 'value'>, string>> = {
  withheld: 'withheld to protect confidentiality',
  'not-applicable': 'not applicable',
  'not-available': 'not available',
};

// A withheld cell carries the charts' hatch as a small square: a flat mark, cheap to print (a CSS gradient
// behind every such cell made printing take four times as long).
const cell = (figure: ShownFigure): Markup =>
  figure.kind === 'value'
    ? element('td', { class: 'figure' }, figure.shown)
    : element('td', { class: `figure ${figure.kind}` }, figure.kind === 'withheld' ? swatchSvg('withheld') : null, element('abbr', { title: meanings[figure.kind] }, figure.shown));

const row = (figures: FigureRow): Markup => element('tr', figures.subtotal === true ? { class: 'subtotal' } : {}, element('th', { scope: 'row' }, figures.label), figures.cells.map(cell));

/** A table of figures with its caption and headings scoped, so a screen reader names each cell by its row and column. */
export const figureTable = (table: FigureTable): Markup => {
  return element(
    'div',
    { class: 'table-wrap' },
    element(
      'table',
      {},
      element('caption', {}, table.caption),
      element('thead', {}, element('tr', {}, element('th', { scope: 'col' }, table.rowHeading), table.columns.map((column) => element('th', { scope: 'col' }, column)))),
      element('tbody', {}, table.rows.map(row)),
      table.footer === undefined ? null : element('tfoot', {}, ('label' in table.footer ? [table.footer] : table.footer).map(row)),
    ),
  );
};
