import { boardMeasures, type BoardReport } from '@send-hub/projection-board';
import { placeName } from '../figures/report-places';
import { swatchSvg } from '../charts/chart-legend';
import { figureOfCount } from '../figures/shown-figure';
import { element, type Markup } from '../markup/html';
import { attendanceSection } from './attendance-section';
import { districtVolumesSection } from './district-volumes-section';
import { equitySection } from './equity-section';
import { furtherTablesSection } from './further-tables-section';
import { reviewSection } from './review-section';
import { timelinessSection } from './timeliness-section';

export const reportAnchor = (index: number): string => `report-${index + 1}`;

/** The year's total of each measure, large, for the reader who only has a minute. */
const yearInNumbers = (report: BoardReport): Markup =>
  element(
    'dl',
    { class: 'totals' },
    report.measures.map(({ measure, table }) => {
      const figure = figureOfCount(table.grandTotal);
      return element(
        'div',
        { class: figure.kind === 'withheld' ? 'total withheld' : 'total' },
        element('dt', {}, boardMeasures.label(measure)),
        element('dd', {}, figure.kind === 'withheld' ? [swatchSvg('withheld'), element('abbr', { title: 'withheld to protect confidentiality' }, figure.shown)] : figure.shown),
      );
    }),
  );

const unsuppressedWarning = (report: BoardReport): Markup =>
  element('p', { class: 'warning', role: 'note' }, element('strong', {}, 'Not for publication. '), report.note);

/** One report: its year in numbers, then every part the board reads, each chart followed by its table. */
export const reportSection = (report: BoardReport, index: number, volumesLink: string): Markup => {
  const where = placeName(report);
  const byDistrict = (report.measures[0]?.table.rows.length ?? 0) > 1;
  return element(
    'section',
    { class: 'report', id: reportAnchor(index), 'aria-labelledby': `${reportAnchor(index)}-heading` },
    element('h2', { id: `${reportAnchor(index)}-heading` }, report.title),
    report.suppressed ? element('p', { class: 'meta' }, `Published with disclosure control: counts from 1 to ${report.threshold} are withheld.`) : unsuppressedWarning(report),
    element('h3', {}, 'The year in numbers'),
    yearInNumbers(report),
    byDistrict
      ? districtVolumesSection(report)
      : element('p', { class: 'meta' }, 'Each measure by half term for this year is shown under ', element('a', { href: `#${volumesLink}` }, `Volumes over time: ${where}`), '.'),
    timelinessSection(report, where),
    reviewSection(report),
    attendanceSection(report, where),
    equitySection(report),
    furtherTablesSection(report),
  );
};
