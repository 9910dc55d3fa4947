import { fragment, type Markup } from '../markup/html';
import { chartSvg, line, rect, svgText, symbolTag, titled, withheldBand } from '../markup/svg';
import { largestValue, spokenFigure, type ShownFigure } from '../figures/shown-figure';
import { palette, seriesColour } from '../style/palette';
import { niceScale } from './scale';

export interface StackedColumn {
  readonly name: string;
  readonly axisLabel: string;
  /** One figure per series, drawn from the bottom up in the order of the series. */
  readonly segments: ReadonlyArray<ShownFigure>;
  readonly total: ShownFigure;
}

const width = 560;
const height = 290;
const left = 40;
const right = 10;
const top = 44;
const bottom = 30;

const knownSum = (segments: ReadonlyArray<ShownFigure>): number => segments.reduce((sum, figure) => sum + (figure.kind === 'value' ? figure.value : 0), 0);

/**
 * Stacked columns, one per half term. Only published parts are stacked; a column with a
 * withheld part stands in front of a hatched band and is topped by its published total
 * (or [c]), so a missing part is never mistaken for a zero and its size is never drawn.
 */
export const stackedColumnsChart = (title: string, series: ReadonlyArray<string>, columns: ReadonlyArray<StackedColumn>): Markup => {
  const plotHeight = height - top - bottom;
  const baseline = top + plotHeight;
  const scale = niceScale(Math.max(largestValue(columns.map((column) => column.total)), ...columns.map((column) => knownSum(column.segments))), { wholeNumbers: true, least: 4 });
  const band = (width - left - right) / Math.max(1, columns.length);
  const barWidth = band * 0.56;
  const grid = scale.ticks.map((tick) => {
    const y = baseline - scale.position(tick, plotHeight);
    return fragment(
      line({ x1: left, x2: width - right, y1: y, y2: y, stroke: tick === 0 ? palette.muted : palette.grid, 'stroke-width': tick === 0 ? 1 : 0.8 }),
      svgText({ x: left - 5, y: y + 3.5, 'text-anchor': 'end', class: 'tick' }, tick.toLocaleString('en-GB')),
    );
  });
  const drawn = columns.map((column, index) => {
    const x = left + band * index + (band - barWidth) / 2;
    const centre = x + barWidth / 2;
    const hasWithheld = column.segments.some((figure) => figure.kind === 'withheld');
    let stackTop = baseline;
    const segments = column.segments.map((figure, seriesIndex) => {
      const label = `${column.name}, ${series[seriesIndex] ?? ''}: ${spokenFigure(figure)}`;
      if (figure.kind !== 'value' || figure.value === 0) return titled(label);
      const segmentHeight = Math.max(1.5, scale.position(figure.value, plotHeight));
      stackTop -= segmentHeight;
      const fits = segmentHeight >= 14 && figure.shown.length * 6.5 <= barWidth;
      return titled(
        label,
        rect({ x, y: stackTop, width: barWidth, height: segmentHeight, fill: seriesColour(seriesIndex), stroke: palette.page, 'stroke-width': 1 }),
        fits ? svgText({ x: centre, y: stackTop + segmentHeight / 2 + 4, 'text-anchor': 'middle', class: 'value inverse' }, figure.shown) : null,
      );
    });
    const totalLabel = titled(
      `${column.name}, total: ${spokenFigure(column.total)}`,
      svgText({ x: centre, y: stackTop - 5, 'text-anchor': 'middle', class: 'value total' }, column.total.shown),
    );
    return fragment(
      hasWithheld ? titled(`${column.name}: some figures withheld to protect confidentiality`, withheldBand(x - 4, top, barWidth + 8, plotHeight)) : null,
      segments,
      totalLabel,
      hasWithheld ? symbolTag(centre, stackTop - 24, '[c]') : null,
      svgText({ x: centre, y: baseline + 16, 'text-anchor': 'middle', class: 'axis' }, column.axisLabel),
    );
  });
  return chartSvg({ width, height }, title, rect({ x: 0, y: 0, width, height, fill: palette.page }), grid, drawn);
};
