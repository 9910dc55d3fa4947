import type { BoardReport, BoardTable } from '@send-hub/projection-board';
import { chartLegend, withheldLegendEntry } from '../charts/chart-legend';
import { groupedBarsChart } from '../charts/grouped-bars-chart';
import { figureOfText } from '../figures/shown-figure';
import { element, type Content, type Markup } from '../markup/html';
import { seriesColour } from '../style/palette';
import { figureTable } from '../tables/figure-table';

/** More rows than this and a table starts folded: the county lists every school of every district. */
const foldedAfterRows = 60;

/** Any board table as it stands: every cell as the report shows it, its foot and its note. */
export const boardTableMarkup = (table: BoardTable): Markup => {
  const shown = figureTable({
    caption: table.title,
    rowHeading: table.rowHeading,
    columns: table.columns,
    rows: table.rows.map((row) => ({ label: row.label, cells: row.cells.map(figureOfText), subtotal: row.subtotal === true })),
    footer: table.footer.map((row) => ({ label: row.label, cells: row.cells.map(figureOfText) })),
  });
  const note = table.note === undefined ? null : element('p', { class: 'meta' }, table.note);
  if (table.rows.length <= foldedAfterRows) return element('div', { class: 'measure' }, shown, note);
  return element('div', { class: 'measure' }, element('details', {}, element('summary', {}, `${table.title}: ${table.rows.length} rows (open to read)`), shown), note);
};

/**
 * One bar a row for a table of one column of counts (referrals by year group), subtotals left
 * out so every bar is on one footing: withheld bars hatched across the chart, as everywhere on the page.
 */
const oneColumnChart = (table: BoardTable): Markup =>
  element(
    'figure',
    {},
    groupedBarsChart(
      table.rows.filter((row) => row.subtotal !== true).map((row) => ({ label: row.label, bars: [figureOfText(row.cells[0] ?? '[x]')] })),
      { title: table.title, series: [table.columns[0] ?? 'Referrals'], width: 1100, labelWidth: 260, tickLabel: (count) => String(count) },
    ),
  );

const charted = new Set(['referrals-by-phase-and-year-group']);

/**
 * The report's further tables (`BoardReport.tables`), whatever they are: each as a table, and a
 * chart for those drawn as bars. A table a later version adds to the report appears here unasked.
 */
export const furtherTablesSection = (report: BoardReport): Content =>
  report.tables.length === 0
    ? null
    : element(
        'section',
        { class: 'report-part' },
        element('h3', {}, 'Schools, phases and year groups; reviews held as planned'),
        element('p', { class: 'lead' }, 'Which schools refer, and children of which ages; and how often the actions agreed for a child were reviewed at the next meeting the hub held, as the process plans.'),
        report.tables.map((table) =>
          element(
            'div',
            { class: 'measure' },
            element('h4', {}, table.title.replace(/, [^,]+, \d{4}\/\d{2}$/, '')),
            charted.has(table.key) ? [chartLegend([{ label: table.columns[0] ?? 'Referrals', swatch: { colour: seriesColour(0) } }, withheldLegendEntry]), oneColumnChart(table)] : null,
            boardTableMarkup(table),
          ),
        ),
      );
