import { boardMeasures } from '../tables/half-term-table';
import type { BoardReport } from './board-report';
import { alignColumns, formatBoardTable, formatPublishedTable } from './format-table';

const timelinessLines = (report: BoardReport): string[] =>
  alignColumns([['Wait', 'Cases', 'Median', '90th percentile'], ...report.timeliness.map((row) => [row.label, row.cases, row.median, row.percentile90])]).map((line) => `  ${line}`);

const attendanceLines = (report: BoardReport): string[] => [
  `Multi-agency working: ${report.multiAgency.meetingsHeld} meetings held, ${report.multiAgency.meetingsCancelled} cancelled. Share of meetings attended by:`,
  ...alignColumns(report.multiAgency.attendance.map((row) => [row.label, `${row.meetings} meetings`, row.share])).map((line) => `  ${line}`),
];

const reviewedAtNextMeetingLine = ({ reviewedAtNextMeeting: reviewed }: BoardReport): string =>
  `Agreed actions reviewed at the next meeting held: ${reviewed.share} (${reviewed.asPlanned} of ${reviewed.due} due for review).`;

/** The year at a glance: each measure's total, the waits, and who came to the meetings. */
export const formatBoardSummary = (report: BoardReport): string => {
  const totals = report.measures.map(({ measure, table }) => [boardMeasures.label(measure), table.grandTotal.shown]);
  const lines = [
    report.title,
    '',
    'The year in numbers',
    ...alignColumns(totals).map((line) => `  ${line}`),
    '',
    'Timeliness (days)',
    ...timelinessLines(report),
    `  ${reviewedAtNextMeetingLine(report)}`,
    '',
    ...attendanceLines(report),
    '',
    report.note,
  ];
  return `${lines.join('\n')}\n`;
};

/** Every table of the report, as text. */
export const formatBoardReport = (report: BoardReport): string => {
  const lines = [report.title, '', report.note, ''];
  for (const { table } of report.measures) lines.push(...formatPublishedTable(table), '');
  lines.push('Timeliness (days)', ...timelinessLines(report), `  ${reviewedAtNextMeetingLine(report)}`, '');
  lines.push(...formatPublishedTable(report.reviewConclusions), '', ...formatPublishedTable(report.actionOutcomes), '');
  lines.push(...formatPublishedTable(report.lmgOutcomes), '');
  lines.push(...attendanceLines(report), '');
  for (const equity of report.equity) {
    lines.push(
      equity.title,
      ...alignColumns([
        [equity.rowHeading, 'Referrals', 'Share', 'Escalations', 'Share', 'Needs met', 'Share'],
        ...equity.rows.map((row) => [row.label, row.referrals, row.shareOfReferrals, row.escalations, row.shareOfEscalations, row.needsMet, row.shareOfNeedsMet]),
      ]).map((line) => `  ${line}`),
      '',
    );
  }
  for (const table of report.tables) lines.push(...formatBoardTable(table), '');
  return `${lines.join('\n').trimEnd()}\n`;
};
