import { readKindLabels, type AccessLogEntry } from '@send-hub/access';
import { formatInstant } from '@send-hub/audit';
import { element, fragment, trustedMarkup, type Markup } from '@send-hub/board-report-html';
import { caseSection, describeActor } from './case-sections';
import type { SubjectAccessReport } from './subject-access-report';

const stylesheet = `
  body { font-family: system-ui, sans-serif; line-height: 1.5; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #1b1b1b; }
  h1 { font-size: 1.8rem; } h2 { margin-top: 2.5rem; border-top: 3px solid #1d5b8f; padding-top: 1rem; } h4 { margin: 0; font-size: 1rem; }
  table { border-collapse: collapse; width: 100%; margin: 1rem 0; } caption { text-align: left; font-weight: bold; padding: 0.5rem 0; }
  th, td { border: 1px solid #9a9a9a; padding: 0.4rem 0.6rem; text-align: left; vertical-align: top; } th { background: #eef3f8; }
  ol.steps li { margin-bottom: 1rem; } .recorded, .reference { color: #4a4a4a; font-size: 0.9rem; } .gaps { color: #8a1c1c; }
  @media print { h2 { break-before: page; } }
`;

const readRow = (report: SubjectAccessReport, entry: AccessLogEntry): Markup =>
  element(
    'tr',
    {},
    element('td', {}, formatInstant(entry.at)),
    element('td', {}, describeActor(report, entry.actor)),
    element('td', {}, readKindLabels[entry.read]),
    element('td', {}, entry.purpose),
    element('td', {}, entry.caseId ?? 'All the child’s cases'),
  );

const readsSection = (report: SubjectAccessReport): Markup =>
  element(
    'section',
    { 'aria-labelledby': 'reads' },
    element('h2', { id: 'reads' }, 'Who has read the record'),
    element('p', {}, 'Every time someone opened the child’s personal details (a timeline, the names on an agenda, a report like this one), the hub logged who it was, when, and why.'),
    report.reads.length === 0
      ? element('p', {}, 'No one has read the record.')
      : element(
          'table',
          {},
          element('caption', {}, `${report.reads.length} read${report.reads.length === 1 ? '' : 's'} of the record`),
          element('thead', {}, element('tr', {}, ...['When', 'Who', 'What they read', 'Why', 'Case'].map((heading) => element('th', { scope: 'col' }, heading)))),
          element('tbody', {}, ...report.reads.map((entry) => readRow(report, entry))),
        ),
    report.unreadableReads === 0 ? fragment() : element('p', { class: 'gaps' }, `${report.unreadableReads} entries of the log about this child could not be read; the council has been asked to check the log.`),
  );

/**
 * Everything the hub holds about one child as one self-contained page, in plain English,
 * ready to hand to the family: the details held, every step of every case with who
 * recorded it, the actions and their outcomes, and who has read the record. All text
 * from the record is escaped; the page loads nothing from elsewhere.
 */
export const renderSubjectAccessHtml = (report: SubjectAccessReport): string => {
  const cases = report.cases.length;
  const page = element(
    'html',
    { lang: 'en-GB' },
    element('head', {}, element('meta', { charset: 'utf-8' }), element('title', {}, `What the hub holds about ${report.childReference}`), element('style', {}, trustedMarkup(stylesheet))),
    element(
      'body',
      {},
      element(
        'header',
        {},
        element('h1', {}, `What ${report.councilName}’s Special Educational Needs and Disabilities (SEND) and Inclusion Hub holds about this child`),
        element(
          'p',
          {},
          `This is a copy of everything the hub holds about the child with the reference ${report.childReference}, as the law gives a family the right to see it. ` +
            `It was prepared on ${formatInstant(report.preparedAt)} by ${describeActor(report, report.preparedBy)}.`,
        ),
        element('p', {}, cases === 0 ? 'The hub holds no case for this child.' : cases === 1 ? 'The hub holds one case for this child, shown in full below.' : `The hub holds ${cases} cases for this child, each shown in full below.`),
      ),
      ...report.cases.map((timeline, index) => caseSection(report, timeline, index)),
      readsSection(report),
    ),
  );
  return `<!DOCTYPE html>${page.html}`;
};
