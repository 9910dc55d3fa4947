import { element, fragment, type Markup } from '../markup/html';
import { chartSvg, line, rect, svgText, symbolTag, titled, withheldBand } from '../markup/svg';
import { largestValue, spokenFigure, type ShownFigure } from '../figures/shown-figure';
import { palette } from '../style/palette';
import { niceScale, type Scale } from './scale';

export interface ColumnPoint {
  readonly figure: ShownFigure;
  /** Innermost first, e.g. ["1", "Autumn", "2025/26"]: neighbours with the same outer label share it. */
  readonly axisLabels: ReadonlyArray<string>;
  /** The point in words for its tooltip, e.g. "Autumn 1 2025/26". */
  readonly name: string;
}

export interface ColumnPanel {
  readonly title: string;
  /** A figure for the panel as a whole, e.g. "Year total 1,234". */
  readonly aside?: string;
  readonly points: ReadonlyArray<ColumnPoint>;
}

const left = 38;
const right = 8;
const top = 18;
const plotHeight = 118;
const tierHeight = 13;

/** Consecutive points with the same label at this tier (and the tiers outside it) share one label. */
const spansAt = (points: ReadonlyArray<ColumnPoint>, tier: number): Array<{ readonly label: string; readonly first: number; readonly count: number }> => {
  const spans: Array<{ label: string; first: number; count: number }> = [];
  const keyOf = (point: ColumnPoint | undefined) => (point?.axisLabels.slice(tier) ?? []).join('\u0000');
  points.forEach((point, index) => {
    const last = spans[spans.length - 1];
    if (last !== undefined && keyOf(points[index - 1]) === keyOf(point)) last.count += 1;
    else spans.push({ label: point.axisLabels[tier] ?? '', first: index, count: 1 });
  });
  return spans;
};

const panelSvg = (panel: ColumnPanel, scale: Scale, chartName: string): Markup => {
  const count = panel.points.length;
  const band = count <= 6 ? 38 : count <= 12 ? 24 : 18;
  const tiers = Math.max(1, ...panel.points.map((point) => point.axisLabels.length));
  const width = left + band * count + right;
  const height = top + plotHeight + tiers * tierHeight + 8;
  const baseline = top + plotHeight;
  const barWidth = Math.max(6, band * 0.66);
  const labelled = panel.points.every((point) => point.figure.shown.length * 6 <= band);
  const grid = scale.ticks.map((tick) => {
    const y = baseline - scale.position(tick, plotHeight);
    return fragment(
      line({ x1: left, x2: width - right, y1: y, y2: y, stroke: tick === 0 ? palette.muted : palette.grid, 'stroke-width': tick === 0 ? 1 : 0.8 }),
      svgText({ x: left - 5, y: y + 3.5, 'text-anchor': 'end', class: 'tick' }, tick.toLocaleString('en-GB')),
    );
  });
  const columns = panel.points.map((point, index) => {
    const centre = left + band * index + band / 2;
    const title = `${panel.title}, ${point.name}: ${spokenFigure(point.figure)}`;
    const { figure } = point;
    if (figure.kind === 'withheld') return titled(title, withheldBand(centre - barWidth / 2, top, barWidth, plotHeight), symbolTag(centre, baseline - 6, figure.shown));
    if (figure.kind !== 'value') return titled(title, svgText({ x: centre, y: baseline - 4, 'text-anchor': 'middle', class: 'symbol' }, figure.shown));
    // A count above zero always shows as a bar, however small next to the largest.
    const barHeight = figure.value === 0 ? 0 : Math.max(1.5, scale.position(figure.value, plotHeight));
    return titled(
      title,
      figure.value === 0 ? null : rect({ x: centre - barWidth / 2, y: baseline - barHeight, width: barWidth, height: barHeight, fill: palette.bar }),
      labelled ? svgText({ x: centre, y: baseline - barHeight - 4, 'text-anchor': 'middle', class: 'value' }, figure.shown) : null,
    );
  });
  const axis = Array.from({ length: tiers }, (_unused, tier) =>
    spansAt(panel.points, tier).map((span) => {
      const x = left + band * span.first;
      const y = baseline + tierHeight * (tier + 1);
      return fragment(
        svgText({ x: x + (band * span.count) / 2, y, 'text-anchor': 'middle', class: tier === 0 ? 'axis' : 'axis outer' }, span.label),
        tier > 0 && span.first > 0 ? line({ x1: x, x2: x, y1: baseline, y2: y + 2, stroke: palette.rule, 'stroke-width': 0.8 }) : null,
      );
    }),
  );
  return chartSvg({ width, height }, `${chartName}: ${panel.title}`, rect({ x: 0, y: 0, width, height, fill: palette.page }), grid, columns, axis);
};

/**
 * Small multiples: one column chart per panel (per district, or per measure), on one scale
 * when the panels count the same thing so that their heights compare.
 */
export const columnPanelsChart = (panels: ReadonlyArray<ColumnPanel>, options: { readonly name: string; readonly sharedScale: boolean }): Markup => {
  const shared = niceScale(largestValue(panels.flatMap((panel) => panel.points.map((point) => point.figure))), { wholeNumbers: true, least: 4 });
  const widest = Math.max(0, ...panels.map((panel) => panel.points.length));
  return element(
    'div',
    { class: 'panels', style: `--panel-width: ${widest <= 6 ? 250 : widest <= 12 ? 340 : 440}px` },
    panels.map((panel) =>
      element(
        'div',
        { class: 'panel' },
        element('p', { class: 'panel-title' }, element('span', { class: 'panel-name' }, panel.title), panel.aside === undefined ? null : element('span', { class: 'panel-aside' }, panel.aside)),
        panelSvg(panel, options.sharedScale ? shared : niceScale(largestValue(panel.points.map((point) => point.figure)), { wholeNumbers: true, least: 4 }), options.name),
      ),
    ),
  );
};
