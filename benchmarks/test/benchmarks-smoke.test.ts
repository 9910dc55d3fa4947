import { tmpdir } from 'node:os';
import type { Check } from '../support/benchmark-result';
import { benchmarkGroups, runGroup } from '../run';

// Each group at a tiny scale: the shape of the result and figures that are real
// numbers, never timing goals (a shared test machine would make those flaky).
const tiny = { events: 300, historyEvents: 300, rounds: 1, folder: tmpdir(), quick: true };

const expectPositiveFinite = (value: unknown, what: string): void => {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) throw new Error(`${what} is ${String(value)}, not a positive finite number.`);
};

const expectWellFormed = (measured: Check): void => {
  expect(typeof measured.name).toBe('string');
  expect(typeof measured.measures).toBe('string');
  expect(typeof measured.unit).toBe('string');
  expectPositiveFinite(measured.figure, `${measured.name}: figure`);
  if (measured.baseline === null) {
    expect(measured.ratio).toBeNull();
  } else {
    expectPositiveFinite(measured.baseline.figure, `${measured.name}: baseline`);
    expectPositiveFinite(measured.ratio, `${measured.name}: ratio`);
  }
  if (measured.goal === null) {
    expect(measured.met).toBeNull();
  } else {
    expect(['figure', 'ratio']).toContain(measured.goal.on);
    expectPositiveFinite(measured.goal.atLeast ?? measured.goal.below, `${measured.name}: goal`);
    expect(typeof measured.met).toBe('boolean');
  }
};

describe.each(Object.entries(benchmarkGroups))('the %s benchmark group', (_name, group) => {
  it('returns JSON with figures, baselines, ratios, goals and whether they were met', async () => {
    const result = await runGroup(group, tiny, () => undefined);
    if (result.skipped !== undefined) {
      // A group that needs a server it could not reach says so; under CI=true it throws instead.
      process.stdout.write(`${result.skipped}\n`);
      expect(result.checks).toEqual([]);
      return;
    }
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(typeof result.title).toBe('string');
    expect(result.checks.length).toBeGreaterThan(0);
    result.checks.forEach(expectWellFormed);
    expect(result.met).toBe(result.checks.every((measured) => measured.met !== false));
    expectPositiveFinite(result.memory.peakRssMiB, 'peak memory');
    expectPositiveFinite(result.seconds, 'seconds');
    // The http group starts the example service in processes of its own (compiled from source at each start):
    // on a busy two-core machine that alone can take most of a minute.
  }, 180_000);
});
