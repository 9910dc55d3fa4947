import { boardMeasures, type BoardReport } from '@send-hub/projection-board';
import { columnPanelsChart } from '../charts/column-panels-chart';
import { halfTermAxis } from '../figures/half-term-axis';
import { figureOfCount } from '../figures/shown-figure';
import { element, type Markup } from '../markup/html';
import { publishedTable } from '../tables/published-table';

/** For the county: each measure as a panel per district on one scale, so districts compare at a glance. */
export const districtVolumesSection = (report: BoardReport): Markup =>
  element(
    'section',
    { class: 'report-part' },
    element('h3', {}, 'Volumes by district'),
    element('p', { class: 'lead' }, 'Each measure by district and half term. Within a measure every district is drawn on the same scale.'),
    report.measures.map(({ measure, table }) =>
      element(
        'div',
        { class: 'measure' },
        element('h4', {}, boardMeasures.label(measure)),
        element(
          'figure',
          {},
          columnPanelsChart(
            table.rows.map((row) => ({
              title: row.label,
              aside: `Year total ${row.total.shown}`,
              points: row.cells.map((cell, index) => ({ ...halfTermAxis(table.columns[index] ?? { key: String(index + 1), label: String(index + 1) }, report.academicYear, false), figure: figureOfCount(cell) })),
            })),
            { name: table.title, sharedScale: true },
          ),
          element('figcaption', {}, 'The figures are in the table below.'),
        ),
        publishedTable(table),
      ),
    ),
  );
