import { check, type Baseline, type Check } from './benchmark-result';

/**
 * The two read checks every store's group reports: readAll with decoding (the goal:
 * at least 70% of the raw read) and without it, to show what the decoding costs.
 */
export const readChecks = (figures: { readonly decoded: number; readonly undecoded: number; readonly raw: Baseline }): ReadonlyArray<Check> => [
  check({
    name: 'read and decode',
    measures: 'store.readAll with decodeHubEvent (io-ts) on every event',
    unit: 'events/s',
    figure: figures.decoded,
    baseline: figures.raw,
    goal: { on: 'ratio', atLeast: 0.7, text: 'at least 70% of raw SELECT + JSON.parse' },
  }),
  check({
    name: 'read without decoding',
    measures: 'store.readAll alone (rows to RecordedEvent, JSON.parse), to show what the decoding costs',
    unit: 'events/s',
    figure: figures.undecoded,
    baseline: figures.raw,
  }),
];
