/**
 * Colours chosen for contrast: every fill is at least 3 to 1 against white (the bar next to
 * the background), and text is darker still. Colour is never the only cue: bars keep a fixed
 * order, carry their figures as labels, and every chart has its table.
 */
export const palette = {
  ink: '#1b2430',
  muted: '#4a5563',
  rule: '#c9d0d8',
  grid: '#e3e7ec',
  page: '#ffffff',
  band: '#f3f5f8',
  accent: '#17406d',
  bar: '#1f5c99',
  withheldInk: '#56606c',
  withheldPaper: '#f1f3f6',
  /** Lighter than the bars, so a hatched band marks a gap without outshouting the figures. */
  hatch: '#8c96a1',
  warning: '#7a3b00',
  warningPaper: '#fff4e0',
  /** In order: deep blue, burnt orange, green, purple, grey; the order of every legend. */
  series: ['#1f5c99', '#b45309', '#2f7d4f', '#6b3fa0', '#5b6470'],
} as const;

export const seriesColour = (index: number): string => palette.series[index % palette.series.length] ?? palette.bar;
