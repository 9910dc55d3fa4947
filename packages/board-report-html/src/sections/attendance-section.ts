import type { BoardReport } from '@send-hub/projection-board';
import { groupedBarsChart } from '../charts/grouped-bars-chart';
import { figureOfText, type ShownFigure } from '../figures/shown-figure';
import { element, type Markup } from '../markup/html';
import { figureTable } from '../tables/figure-table';

const meetingsFigure = (meetings: number): ShownFigure => ({ kind: 'value', value: meetings, shown: meetings.toLocaleString('en-GB') });

/** Which agencies came to the hub meetings held: a fact about meetings, not children, so never suppressed. */
export const attendanceSection = (report: BoardReport, where: string): Markup => {
  const { meetingsHeld, meetingsCancelled, attendance } = report.multiAgency;
  const plural = (count: number, word: string) => `${count.toLocaleString('en-GB')} ${word}${count === 1 ? '' : 's'}`;
  return element(
    'section',
    { class: 'report-part' },
    element('h3', {}, 'Multi-agency working'),
    element('p', { class: 'lead' }, `${plural(meetingsHeld, 'meeting')} held and ${meetingsCancelled.toLocaleString('en-GB')} cancelled. The share of meetings held that each agency attended:`),
    element(
      'figure',
      {},
      groupedBarsChart(
        attendance.map((row) => ({ label: row.label, bars: [figureOfText(row.share)] })),
        { title: `Share of hub meetings attended by each agency, ${where}, ${report.academicYear}`, series: ['Share of meetings attended'], width: 1100, labelWidth: 210, tickLabel: (share) => `${share}%`, ceiling: 100 },
      ),
    ),
    figureTable({
      caption: `Attendance at hub meetings, ${where}, ${report.academicYear}`,
      rowHeading: 'Attended by',
      columns: ['Meetings attended', 'Share of meetings held'],
      rows: attendance.map((row) => ({ label: row.label, cells: [meetingsFigure(row.meetings), figureOfText(row.share)] })),
    }),
  );
};
