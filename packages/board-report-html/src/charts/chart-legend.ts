import { element, type Markup } from '../markup/html';
import { withheldPatternId } from '../markup/svg';
import { palette } from '../style/palette';

export type Swatch = { readonly colour: string } | 'withheld';

/** A small square of colour or of the withheld hatch, for keys and beside [c] in tables. */
export const swatchSvg = (swatch: Swatch): Markup =>
  element(
    'svg',
    { class: 'swatch', width: 14, height: 14, viewBox: '0 0 14 14', 'aria-hidden': 'true', focusable: 'false' },
    element('rect', {
      x: 0.5,
      y: 0.5,
      width: 13,
      height: 13,
      fill: swatch === 'withheld' ? `url(#${withheldPatternId})` : swatch.colour,
      stroke: swatch === 'withheld' ? palette.withheldInk : 'none',
    }),
  );

/** A key in the order the chart draws its series, each with its colour and its name in words. */
export const chartLegend = (entries: ReadonlyArray<{ readonly label: string; readonly swatch: Swatch }>, heading = 'Key'): Markup =>
  element(
    'ul',
    { class: 'legend', 'aria-label': heading },
    entries.map((entry) => element('li', {}, swatchSvg(entry.swatch), element('span', {}, entry.label))),
  );

export const withheldLegendEntry = { label: '[c] withheld to protect confidentiality', swatch: 'withheld' } as const;
