import type { BoardReport } from './board-report';
import { boardTableOf, type BoardTable } from './board-table';

/**
 * Every table of a report as data, in the order the text report prints them: the measures by
 * half term, the waits, the reviews and actions, the meetings' attendance, the equity tables,
 * then the report's further tables (`BoardReport.tables`).
 */
export const reportTables = (report: BoardReport): BoardTable[] => {
  const where = `${report.place}, ${report.academicYear}`;
  return [
    ...report.measures.map(({ measure, table }) => boardTableOf(`measure: ${measure}`, table)),
    {
      key: 'timeliness',
      title: `Timeliness (days), ${where}`,
      rowHeading: 'Wait',
      columns: ['Cases', 'Median', '90th percentile'],
      rows: report.timeliness.map((row) => ({ label: row.label, cells: [row.cases, row.median, row.percentile90] })),
      footer: [],
    },
    {
      key: 'reviewed-at-next-meeting-over-the-year',
      title: `Agreed actions reviewed at the next meeting held, ${where}`,
      rowHeading: 'Over the year',
      columns: ['Due for review', 'Reviewed at the next meeting held', 'Share'],
      rows: [{ label: 'Agreed actions', cells: [report.reviewedAtNextMeeting.due, report.reviewedAtNextMeeting.asPlanned, report.reviewedAtNextMeeting.share] }],
      footer: [],
    },
    boardTableOf('review-conclusions', report.reviewConclusions),
    boardTableOf('action-outcomes', report.actionOutcomes),
    {
      key: 'multi-agency-working',
      title: `Multi-agency working, ${where}`,
      rowHeading: 'Agency',
      columns: ['Meetings attended', 'Share of meetings held'],
      rows: report.multiAgency.attendance.map((row) => ({ label: row.label, cells: [row.meetings.toLocaleString('en-GB'), row.share] })),
      footer: [
        { label: 'Meetings held', cells: [report.multiAgency.meetingsHeld.toLocaleString('en-GB'), ''] },
        { label: 'Meetings cancelled', cells: [report.multiAgency.meetingsCancelled.toLocaleString('en-GB'), ''] },
      ],
    },
    ...report.equity.map((equity) => ({
      key: `equity: ${equity.rowHeading}`,
      title: equity.title,
      rowHeading: equity.rowHeading,
      columns: ['Referrals', 'Share of referrals', 'Escalations', 'Share of escalations', 'Needs met', 'Share of needs met'],
      rows: equity.rows.map((row) => ({ label: row.label, cells: [row.referrals, row.shareOfReferrals, row.escalations, row.shareOfEscalations, row.needsMet, row.shareOfNeedsMet] })),
      footer: [],
    })),
    ...report.tables,
  ];
};
