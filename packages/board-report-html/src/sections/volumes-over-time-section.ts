import { boardMeasures } from '@send-hub/projection-board';
import { columnPanelsChart } from '../charts/column-panels-chart';
import { chartLegend, withheldLegendEntry } from '../charts/chart-legend';
import { halfTermAxis } from '../figures/half-term-axis';
import { yearSpan, type Place } from '../figures/report-places';
import { figureOfCount, notAvailable } from '../figures/shown-figure';
import { element, type Markup } from '../markup/html';
import { palette } from '../style/palette';
import { figureTable } from '../tables/figure-table';

export const placeAnchor = (index: number): string => `place-${index + 1}`;

/** One place: a panel per measure over every half term of its reports, then the same figures as a table. */
const placeVolumes = (place: Place, index: number): Markup => {
  const severalYears = place.reports.length > 1;
  const span = yearSpan(place.reports);
  const panels = boardMeasures.codes.map((measure) => {
    const tables = place.reports.map((report) => ({ report, table: report.measures.find((entry) => entry.measure === measure)?.table }));
    return {
      title: boardMeasures.label(measure),
      aside: severalYears ? undefined : `Year total ${tables[0]?.table?.grandTotal.shown ?? ''}`,
      points: tables.flatMap(({ report, table }) =>
        (table?.columns ?? []).map((column, columnIndex) => {
          const total = table?.columnTotals[columnIndex];
          return { ...halfTermAxis(column, report.academicYear, severalYears), figure: total === undefined ? notAvailable : figureOfCount(total) };
        }),
      ),
    };
  });
  // A table per academic year: one table over several years grows too wide to read.
  const tables = place.reports.map((report) =>
    figureTable({
      caption: `Each measure by half term, ${place.name}, ${report.academicYear}`,
      rowHeading: 'Measure',
      columns: [...(report.measures[0]?.table.columns ?? []).map((column) => column.label), 'Year total'],
      rows: report.measures.map(({ measure, table }) => ({ label: boardMeasures.label(measure), cells: [...table.columnTotals, table.grandTotal].map(figureOfCount) })),
    }),
  );
  return element(
    'section',
    { class: 'place', id: placeAnchor(index), 'aria-labelledby': `${placeAnchor(index)}-heading` },
    element('h3', { id: `${placeAnchor(index)}-heading` }, `${place.name}, ${span}`),
    element('figure', {}, columnPanelsChart(panels, { name: `Each measure by half term, ${place.name}`, sharedScale: false }), element('figcaption', {}, `Each panel has its own scale. The figures are in the ${tables.length === 1 ? 'table' : 'tables'} below.`)),
    tables,
  );
};

/** Every measure over time for each place the reports cover: the page's first view. */
export const volumesOverTimeSection = (places: ReadonlyArray<Place>): Markup =>
  element(
    'section',
    { class: 'overview', id: 'volumes-over-time', 'aria-labelledby': 'volumes-over-time-heading' },
    element('h2', { id: 'volumes-over-time-heading' }, 'Volumes over time'),
    element(
      'p',
      { class: 'lead' },
      'How many children reached each step of the hub in each half term.',
      places.some((place) => place.district === undefined) ? ' For the county these are the totals across all its districts.' : null,
    ),
    chartLegend([{ label: 'Published count', swatch: { colour: palette.bar } }, withheldLegendEntry]),
    places.map(placeVolumes),
  );
