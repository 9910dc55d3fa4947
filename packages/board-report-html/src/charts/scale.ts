/** A value axis from zero: round steps (1, 2 or 5 times a power of ten) so the gridlines read easily. */
export interface Scale {
  readonly maximum: number;
  readonly ticks: ReadonlyArray<number>;
  /** Length along the axis, from 0 to `length`. */
  readonly position: (value: number, length: number) => number;
}

export const niceScale = (largest: number, options: { readonly wholeNumbers?: boolean; readonly least?: number; readonly tickCount?: number } = {}): Scale => {
  // An axis with nothing to show still needs a height: `least` keeps zeros looking like zeros.
  const top = Math.max(largest, options.least ?? 1);
  const rough = top / (options.tickCount ?? 4);
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  let step = [1, 2, 5, 10].map((factor) => factor * magnitude).find((candidate) => candidate >= rough) ?? 10 * magnitude;
  if (options.wholeNumbers === true) step = Math.max(1, Math.round(step));
  const maximum = Math.ceil(top / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let tick = 0; tick <= maximum + step / 2; tick += step) ticks.push(Math.round(tick * 1000) / 1000);
  return { maximum, ticks, position: (value, length) => (maximum === 0 ? 0 : (Math.min(value, maximum) / maximum) * length) };
};
