import type { BoardReport } from '@send-hub/projection-board';
import { chartLegend, withheldLegendEntry } from '../charts/chart-legend';
import { groupedBarsChart } from '../charts/grouped-bars-chart';
import { figureOfText } from '../figures/shown-figure';
import { element, type Markup } from '../markup/html';
import { seriesColour } from '../style/palette';
import { figureTable } from '../tables/figure-table';

const series = ['Median wait', 'Nine in ten waited at most (90th percentile)'];

/** How long children waited between the first steps, as the middle wait and the longest usual wait. */
export const timelinessSection = (report: BoardReport, where: string): Markup =>
  element(
    'section',
    { class: 'report-part' },
    element('h3', {}, 'Timeliness'),
    element('p', { class: 'lead' }, 'Days waited, over the cases that took each step this year.'),
    chartLegend([...series.map((label, index) => ({ label, swatch: { colour: seriesColour(index) } })), withheldLegendEntry]),
    element(
      'figure',
      {},
      groupedBarsChart(
        report.timeliness.map((row) => ({ label: row.label, bars: [figureOfText(row.median), figureOfText(row.percentile90)] })),
        { title: `Waits in days, ${where}, ${report.academicYear}`, series, width: 1100, labelWidth: 210, tickLabel: (days) => `${days} days` },
      ),
    ),
    figureTable({
      caption: `Timeliness in days, ${where}, ${report.academicYear}`,
      rowHeading: 'Wait',
      columns: ['Cases', 'Median wait', '90th percentile wait'],
      rows: report.timeliness.map((row) => ({ label: row.label, cells: [row.cases, row.median, row.percentile90].map(figureOfText) })),
    }),
  );
