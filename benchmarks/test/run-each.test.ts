import { runEach, type RanGroup } from '../run';

const ran = (title: string): RanGroup => ({
  issue: 2,
  title,
  settings: {},
  checks: [],
  notes: [],
  met: true,
  seconds: 1,
  memory: { rssAtStartMiB: 1, peakRssMiB: 1, processPeakRssMiB: 1, garbageCollectionExposed: false },
});

describe('running every chosen benchmark group', () => {
  it('names a group that failed with its message, and still runs and reports the groups after it', async () => {
    const said: string[] = [];
    const order: string[] = [];
    const outcome = await runEach(
      ['core', 'http', 'postgresql'],
      async (name) => {
        order.push(name);
        if (name === 'http') throw new Error('The hub service stopped before saying what was asked.');
        return ran(name);
      },
      (line) => said.push(line),
    );
    expect(order).toEqual(['core', 'http', 'postgresql']);
    expect(Object.keys(outcome.groups)).toEqual(['core', 'postgresql']);
    expect(outcome.groups.postgresql?.title).toBe('postgresql');
    expect(outcome.failed).toEqual({ http: 'The hub service stopped before saying what was asked.' });
    expect(said).toContain('The http benchmarks failed: The hub service stopped before saying what was asked. The other groups go on.');
  });

  it('reports no failures when every group ran', async () => {
    const outcome = await runEach(['core'], async (name) => ran(name), () => undefined);
    expect(outcome.failed).toEqual({});
    expect(Object.keys(outcome.groups)).toEqual(['core']);
  });
});
