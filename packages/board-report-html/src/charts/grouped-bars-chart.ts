import { fragment, type Markup } from '../markup/html';
import { chartSvg, line, rect, svgText, symbolTag, titled, withheldBand, wrapWords } from '../markup/svg';
import { largestValue, spokenFigure, type ShownFigure } from '../figures/shown-figure';
import { palette, seriesColour } from '../style/palette';
import { niceScale } from './scale';

export interface BarGroup {
  readonly label: string;
  /** One figure per series, drawn top to bottom in the order of the series. */
  readonly bars: ReadonlyArray<ShownFigure>;
}

export interface GroupedBarsOptions {
  readonly title: string;
  readonly series: ReadonlyArray<string>;
  readonly width: number;
  readonly labelWidth: number;
  /** How a tick on the value axis reads, e.g. "25%" or "30 days". */
  readonly tickLabel: (value: number) => string;
  /** Shares go up to 100 at most. */
  readonly ceiling?: number;
}

const top = 26;
const lineHeight = 14;
const valueRoom = 120;

/**
 * Horizontal bars, a group per row (a wait, an agency, a group of children) and a bar per
 * series in a fixed order. A withheld figure is a hatched band the length of the axis with
 * [c] on it: its length is the chart's, never the figure's.
 */
export const groupedBarsChart = (groups: ReadonlyArray<BarGroup>, options: GroupedBarsOptions): Markup => {
  const seriesCount = Math.max(1, options.series.length);
  const barHeight = seriesCount === 1 ? 18 : 12;
  const barGap = 3;
  const plotLeft = options.labelWidth + 12;
  const plotWidth = options.width - plotLeft - valueRoom;
  const largest = largestValue(groups.flatMap((group) => group.bars));
  const scale = niceScale(options.ceiling === undefined ? largest : Math.min(options.ceiling, largest), { least: 4 });
  const layout = groups.map((group) => {
    const lines = wrapWords(group.label, Math.floor(options.labelWidth / 6.6));
    return { group, lines, height: Math.max(seriesCount * (barHeight + barGap) - barGap, lines.length * lineHeight) + 14 };
  });
  const height = top + layout.reduce((sum, row) => sum + row.height, 0) + 6;
  const grid = scale.ticks.map((tick) => {
    const x = plotLeft + scale.position(tick, plotWidth);
    return fragment(
      line({ x1: x, x2: x, y1: top - 4, y2: height - 6, stroke: tick === 0 ? palette.muted : palette.grid, 'stroke-width': tick === 0 ? 1 : 0.8 }),
      svgText({ x, y: top - 10, 'text-anchor': 'middle', class: 'tick' }, options.tickLabel(tick)),
    );
  });
  let y = top;
  const rows = layout.map(({ group, lines, height: rowHeight }, rowIndex) => {
    const rowTop = y;
    y += rowHeight;
    const barsTop = rowTop + 7 + (rowHeight - 14 - (seriesCount * (barHeight + barGap) - barGap)) / 2;
    const labelTop = rowTop + 7 + (rowHeight - 14 - lines.length * lineHeight) / 2 + 11;
    const labelLines = lines.map((text, index) => svgText({ x: options.labelWidth, y: labelTop + index * lineHeight, 'text-anchor': 'end', class: 'row-label' }, text));
    const bars = group.bars.map((figure, seriesIndex) => {
      const barTop = barsTop + seriesIndex * (barHeight + barGap);
      const middle = barTop + barHeight / 2 + 4;
      const name = `${group.label}${options.series.length > 1 ? `, ${options.series[seriesIndex] ?? ''}` : ''}: ${spokenFigure(figure)}`;
      if (figure.kind === 'withheld') return titled(name, withheldBand(plotLeft, barTop, plotWidth, barHeight), symbolTag(plotLeft + 16, middle, figure.shown));
      if (figure.kind !== 'value') return titled(name, svgText({ x: plotLeft + 6, y: middle, class: 'symbol' }, `${figure.shown} ${figure.kind === 'not-applicable' ? 'not applicable' : 'not available'}`));
      const length = figure.value === 0 ? 0 : Math.max(1.5, scale.position(figure.value, plotWidth));
      return titled(
        name,
        length === 0 ? null : rect({ x: plotLeft, y: barTop, width: length, height: barHeight, fill: seriesColour(seriesIndex) }),
        svgText({ x: plotLeft + length + 5, y: middle, class: 'value' }, figure.shown),
      );
    });
    const divider = rowIndex === 0 ? null : line({ x1: 0, x2: options.width, y1: rowTop, y2: rowTop, stroke: palette.grid, 'stroke-width': 0.8 });
    return fragment(divider, labelLines, bars);
  });
  return chartSvg({ width: options.width, height }, options.title, rect({ x: 0, y: 0, width: options.width, height, fill: palette.page }), grid, rows);
};
