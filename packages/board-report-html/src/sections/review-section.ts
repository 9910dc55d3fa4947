import type { BoardReport, PublishedCount, PublishedTable } from '@send-hub/projection-board';
import { chartLegend, withheldLegendEntry } from '../charts/chart-legend';
import { stackedColumnsChart } from '../charts/stacked-columns-chart';
import { figureOfCount, notAvailable } from '../figures/shown-figure';
import { element, type Markup } from '../markup/html';
import { seriesColour } from '../style/palette';
import { publishedTable } from '../tables/published-table';

const countOrMissing = (count: PublishedCount | undefined) => (count === undefined ? notAvailable : figureOfCount(count));

/** A table of codes by half term as stacked columns (a column per half term, a segment per code), its key beside it. */
const stackedFigure = (heading: string, table: PublishedTable): Markup => {
  const series = table.rows.map((row) => row.label);
  const chart = stackedColumnsChart(
    table.title,
    series,
    table.columns.map((column, index) => ({
      name: column.label,
      axisLabel: column.label,
      segments: table.rows.map((row) => countOrMissing(row.cells[index])),
      total: countOrMissing(table.columnTotals[index]),
    })),
  );
  return element(
    'div',
    { class: 'measure' },
    element('h4', {}, heading),
    element(
      'figure',
      { class: 'chart-with-key' },
      chart,
      element(
        'figcaption',
        {},
        chartLegend([...series.map((label, index) => ({ label, swatch: { colour: seriesColour(index) } })), withheldLegendEntry], `Key to ${heading.toLowerCase()}`),
        element('p', {}, 'Segments are stacked from the bottom up in the order of the key. The figure above each column is its total.'),
        element('p', {}, 'A hatched column has a part withheld: only its published parts are stacked.'),
      ),
    ),
    publishedTable(table),
  );
};

/** What the reviews concluded and how the agreed actions turned out, half term by half term. */
export const reviewSection = (report: BoardReport): Markup =>
  element('section', { class: 'report-part' }, element('h3', {}, 'Reviews and actions'), stackedFigure('Review conclusions', report.reviewConclusions), stackedFigure('Action outcomes', report.actionOutcomes));
