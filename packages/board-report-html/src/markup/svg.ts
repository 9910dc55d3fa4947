import { palette } from '../style/palette';
import { element, type Attributes, type Content, type Markup } from './html';

/** The id of the one hatch pattern every chart fills its withheld figures with. */
export const withheldPatternId = 'withheld-hatch';

/**
 * The hatch pattern, defined once for the whole page in an SVG of no size. Not
 * `display: none`: a browser may then decline to paint the pattern elsewhere.
 */
export const sharedSvgDefinitions = (): Markup =>
  element(
    'svg',
    { class: 'shared-definitions', width: 0, height: 0, 'aria-hidden': 'true', focusable: 'false' },
    element(
      'defs',
      {},
      element(
        'pattern',
        { id: withheldPatternId, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
        element('rect', { width: 6, height: 6, fill: palette.withheldPaper }),
        element('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: palette.hatch, 'stroke-width': 1.4 }),
      ),
    ),
  );

/** A chart: an image to assistive technology, named by its title; the figures themselves are in the table that follows. */
export const chartSvg = (size: { readonly width: number; readonly height: number }, title: string, ...children: Content[]): Markup =>
  element(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${size.width} ${size.height}`, width: size.width, height: size.height, role: 'img', 'aria-label': title, class: 'chart' },
    element('title', {}, title),
    ...children,
  );

/** A shape with a tooltip (and a name for assistive technology) saying what it shows. */
export const titled = (title: string, ...children: Content[]): Markup => element('g', {}, element('title', {}, title), ...children);

export const rect = (attributes: Attributes): Markup => element('rect', attributes);

export const line = (attributes: Attributes): Markup => element('line', attributes);

export const svgText = (attributes: Attributes, text: string): Markup => element('text', attributes, text);

/** A band filled with the hatch, the mark of a withheld figure; its size says nothing about the figure. */
export const withheldBand = (x: number, y: number, width: number, height: number): Markup =>
  rect({ x, y, width, height, fill: `url(#${withheldPatternId})`, stroke: palette.withheldInk, 'stroke-width': 0.8, class: 'withheld-band' });

/** The [c] symbol on a small white tag, readable over the hatch. */
export const symbolTag = (centreX: number, baselineY: number, symbol: string): Markup => {
  const width = symbol.length * 6.2 + 6;
  return element(
    'g',
    { class: 'symbol-tag' },
    rect({ x: centreX - width / 2, y: baselineY - 10, width, height: 13, rx: 2, fill: palette.page, stroke: palette.withheldInk, 'stroke-width': 0.6 }),
    svgText({ x: centreX, y: baselineY, 'text-anchor': 'middle', class: 'symbol' }, symbol),
  );
};

/** Splits a label into lines of about `width` characters, at spaces; SVG text does not wrap by itself. */
export const wrapWords = (text: string, width: number): string[] => {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter((part) => part !== '')) {
    if (current !== '' && current.length + 1 + word.length > width) {
      lines.push(current);
      current = word;
    } else current = current === '' ? word : `${current} ${word}`;
  }
  if (current !== '') lines.push(current);
  return lines.length === 0 ? [''] : lines;
};
