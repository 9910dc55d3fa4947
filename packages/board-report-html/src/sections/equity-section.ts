import type { BoardReport, PublishedEquity } from '@send-hub/projection-board';
import { chartLegend, withheldLegendEntry } from '../charts/chart-legend';
import { groupedBarsChart } from '../charts/grouped-bars-chart';
import { figureOfText } from '../figures/shown-figure';
import { element, type Markup } from '../markup/html';
import { seriesColour } from '../style/palette';
import { figureTable } from '../tables/figure-table';

const series = ['Share of referrals', 'Share of escalations', 'Share of cases closed with needs met'];

const equityFigure = (equity: PublishedEquity): Markup =>
  element(
    'div',
    { class: 'measure' },
    element('h4', {}, equity.rowHeading),
    element(
      'figure',
      {},
      groupedBarsChart(
        equity.rows.map((row) => ({ label: row.label, bars: [row.shareOfReferrals, row.shareOfEscalations, row.shareOfNeedsMet].map(figureOfText) })),
        { title: equity.title, series, width: 1100, labelWidth: 300, tickLabel: (share) => `${share}%`, ceiling: 100 },
      ),
    ),
    figureTable({
      caption: equity.title,
      rowHeading: equity.rowHeading,
      columns: ['Referrals', 'Share of referrals', 'Escalations', 'Share of escalations', 'Closed with needs met', 'Share of needs met'],
      rows: equity.rows.map((row) => ({
        label: row.label,
        cells: [row.referrals, row.shareOfReferrals, row.escalations, row.shareOfEscalations, row.needsMet, row.shareOfNeedsMet].map(figureOfText),
      })),
    }),
  );

/** Whether some groups of children fare differently: a group escalated more, or met less, than its share of referrals. */
export const equitySection = (report: BoardReport): Markup =>
  element(
    'section',
    { class: 'report-part' },
    element('h3', {}, 'Equity'),
    element(
      'p',
      { class: 'lead' },
      "Each group's share of the year's referrals, set against its share of escalations and of cases closed with needs met. A group whose share of escalations is well above its share of referrals may be faring worse.",
    ),
    chartLegend([...series.map((label, index) => ({ label, swatch: { colour: seriesColour(index) } })), withheldLegendEntry]),
    report.equity.map(equityFigure),
  );
