import type { BoardReport } from '@send-hub/projection-board';
import { placesOf, yearSpan } from './figures/report-places';
import { element, fragment, trustedMarkup, type Markup } from './markup/html';
import { sharedSvgDefinitions } from './markup/svg';
import { aboutSection } from './sections/about-section';
import { reportAnchor, reportSection } from './sections/report-section';
import { placeAnchor, volumesOverTimeSection } from './sections/volumes-over-time-section';
import { stylesheet } from './style/stylesheet';

export interface BoardReportHtmlOptions {
  /** Shown as given under the title, e.g. "12 March 2026": the page reads no clock. */
  readonly generatedOn?: string;
  /** Shown above the title. */
  readonly councilName?: string;
}

const boardName = (): Markup => fragment('Inclusion and ', element('abbr', { title: 'special educational needs and disabilities' }, 'SEND'), ' Partnership Board');

const contents = (reports: ReadonlyArray<BoardReport>): Markup =>
  element(
    'nav',
    { 'aria-labelledby': 'contents-heading' },
    element('h2', { id: 'contents-heading' }, 'Contents'),
    element('ol', {}, element('li', {}, element('a', { href: '#volumes-over-time' }, 'Volumes over time')), reports.map((report, index) => element('li', {}, element('a', { href: `#${reportAnchor(index)}` }, report.title)))),
  );

/**
 * The board reports as one web page that stands alone: styles and SVG charts inline, no
 * script, no font or image fetched. Several reports (years, or the county and its districts)
 * share a view of volumes over time. Only what each report publishes is drawn, and withheld
 * figures are hatched and marked [c], never drawn as a size.
 */
export const renderBoardReportHtml = (reports: ReadonlyArray<BoardReport>, options: BoardReportHtmlOptions = {}): string => {
  const places = placesOf(reports);
  const span = yearSpan(reports);
  const subtitle = reports.length === 0 ? 'No reports were given.' : `${places.map((place) => place.name).join(', ')}${span === '' ? '' : `, ${span}`}`;
  const volumesLink = (report: BoardReport) => placeAnchor(places.findIndex((place) => place.district === report.district));
  const page = element(
    'html',
    { lang: 'en-GB' },
    element(
      'head',
      {},
      element('meta', { charset: 'utf-8' }),
      element('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
      element('title', {}, `Inclusion and SEND Partnership Board report: ${subtitle}`),
      element('style', {}, trustedMarkup(stylesheet)),
    ),
    element(
      'body',
      {},
      sharedSvgDefinitions(),
      element(
        'header',
        { class: 'masthead' },
        element(
          'div',
          { class: 'inner' },
          options.councilName === undefined ? null : element('p', { class: 'council' }, options.councilName),
          element('h1', {}, boardName(), ' report'),
          element('p', { class: 'subtitle' }, subtitle),
          options.generatedOn === undefined ? null : element('p', { class: 'generated' }, `Produced on ${options.generatedOn}`),
        ),
      ),
      element(
        'main',
        {},
        // Said before anything else: a page with small numbers in it must not be passed on.
        reports.some((report) => !report.suppressed)
          ? element('p', { class: 'warning page-warning', role: 'note' }, element('strong', {}, 'Not for publication. '), 'Some figures on this page are not suppressed: small numbers are shown. For the council only.')
          : null,
        reports.length > 1 ? contents(reports) : null,
        reports.length === 0 ? null : aboutSection(reports),
        reports.length === 0 ? null : volumesOverTimeSection(places),
        reports.map((report, index) => reportSection(report, index, volumesLink(report))),
      ),
      element('footer', { class: 'page-footer' }, element('p', {}, 'Produced by send-hub from the hub’s history of events. Every figure is as published through disclosure control unless marked not for publication.')),
    ),
  );
  return `<!DOCTYPE html>\n${page.html}\n`;
};
