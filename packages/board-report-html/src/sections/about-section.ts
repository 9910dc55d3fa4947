import type { BoardReport } from '@send-hub/projection-board';
import { chartLegend } from '../charts/chart-legend';
import { element, type Markup } from '../markup/html';
import { palette } from '../style/palette';

/** How to read the page: the symbols, the hatch, and the disclosure control each report was published under. */
export const aboutSection = (reports: ReadonlyArray<BoardReport>): Markup =>
  element(
    'section',
    { class: 'about', 'aria-labelledby': 'about-heading' },
    element('h2', { id: 'about-heading' }, 'Reading these figures'),
    [...new Set(reports.map((report) => report.note))].map((note) => element('p', {}, note)),
    chartLegend(
      [
        { label: 'A published count or share', swatch: { colour: palette.bar } },
        { label: '[c] withheld: the hatch fills the whole column or row, whatever the figure', swatch: 'withheld' },
      ],
      'Key to the charts',
    ),
    element(
      'p',
      {},
      'A zero is a true zero: it has no bar and is labelled 0. Every chart is followed by a table of the same figures. ',
      element('abbr', { title: 'special educational needs and disabilities' }, 'SEND'),
      ' stands for special educational needs and disabilities.',
    ),
  );
