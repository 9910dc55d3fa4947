import type { Side } from './timing';

/**
 * A row of the raw baselines' SELECT, as the driver gives it as an array: position first,
 * the event's data and metadata as JSON text in the seventh and eighth columns.
 */
export type RawEventRow<Position> = readonly [Position, unknown, unknown, unknown, unknown, unknown, string, string];

/**
 * What the raw baselines do with each page they read: JSON.parse of every row's data and
 * metadata. Gives the position of the page's last row, the next page's start: undefined
 * for an empty page, where the read ends.
 */
export const parseRawPage = <Position>(rows: ReadonlyArray<RawEventRow<Position>>): Position | undefined => {
  for (const row of rows) {
    JSON.parse(row[6]);
    JSON.parse(row[7]);
  }
  return rows[rows.length - 1]?.[0];
};

/**
 * A side that times one raw read of the whole history (`read` gives how many events it
 * found) and checks it found `expected`. A read that returns its count at once is timed
 * as it is, with no promise added to the measured section.
 */
export const timedRawRead =
  (expected: number, read: () => number | Promise<number>): Side =>
  async (time) => {
    let count = 0;
    await time(() => {
      const found = read();
      if (typeof found === 'number') {
        count = found;
        return undefined;
      }
      return found.then((counted) => {
        count = counted;
      });
    });
    if (count !== expected) throw new Error(`The raw read found ${count} events, not ${expected}.`);
  };
