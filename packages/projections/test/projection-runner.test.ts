import type { ReadAllOptions, RecordedEvent, SubscribeOptions } from '@send-hub/event-store';
import type { HubEvent } from '@send-hub/hub';
import type { UndecodableEvent } from '@send-hub/hub';
import { describeProgress, ProjectionRunner, rebuild, type ProjectionProgress, type ProjectionRunnerOptions } from '../src';
import { countingProjection, type CountingModel } from './support/counting-projection';
import { FakeCheckpointStore, FakeEventStore } from './support/in-memory-stores';
import { newEvent, recordHubEvents } from './support/record-hub-events';

const held = (halfTerm: 1 | 2 | 3 | 4 | 5 | 6, district = 'tamworth'): HubEvent => ({
  type: 'MeetingHeld',
  meeting: { district, academicYear: '2025/26', halfTerm },
  heldOn: '2025-09-20',
  attendance: [{ agency: 'education', role: 'officer' }],
});

const setUp = async (events: ReadonlyArray<HubEvent>, saveEvery?: number) => {
  const store = new FakeEventStore();
  const checkpoints = new FakeCheckpointStore();
  await recordHubEvents(store, events);
  const runner = (extra: Partial<ProjectionRunnerOptions<CountingModel>> = {}) =>
    new ProjectionRunner({ store, checkpoints, projection: countingProjection, saveEvery, ...extra });
  return { store, checkpoints, runner };
};

describe('the projection runner', () => {
  it('catches up with every stored event, then saves the model with its checkpoint', async () => {
    const { store, checkpoints, runner } = await setUp([held(1), held(2), held(3)]);
    const running = runner();
    await running.start();
    expect(running.query((model) => model.counts['MeetingHeld'])).toBe(3);
    expect(checkpoints.saved.get('counting')?.position).toBe(await store.headPosition());
    await running.stop();
  });

  it('follows events appended after it caught up', async () => {
    const { store, runner } = await setUp([held(1)]);
    const running = runner();
    await running.start();
    await recordHubEvents(store, [held(2), held(3)]);
    await running.waitFor((await store.headPosition()) ?? 0n);
    expect(running.query((model) => model.order.length)).toBe(3);
    await running.stop();
  });

  it('resumes from its checkpoint after a stop, applying no event twice', async () => {
    const { store, checkpoints, runner } = await setUp([held(1), held(2)]);
    const first = runner();
    await first.start();
    await first.stop();
    await recordHubEvents(store, [held(3)]);
    const second = runner();
    await second.start();
    expect(second.query((model) => model.order)).toEqual(store.events.map((event) => `${event.streamId}@0`));
    await second.stop();
    expect(checkpoints.saved.get('counting')?.position).toBe(store.events[2]?.position);
  });

  it('never applies an event at or below its position, even when the store delivers it again', async () => {
    const { store, checkpoints, runner } = await setUp([held(1), held(2), held(3)]);
    const replaying = Object.create(store) as FakeEventStore;
    // A subscription that ignores the checkpoint and starts from the beginning every time.
    replaying.subscribeToAll = () => store.subscribeToAll({});
    const first = runner();
    await first.start();
    await first.stop();
    const second = new ProjectionRunner({ store: replaying, checkpoints, projection: countingProjection });
    await second.start();
    expect(second.query((model) => model.counts['MeetingHeld'])).toBe(3);
    await second.stop();
  });

  it('reports an event it cannot read by stream and revision, and goes on with the others', async () => {
    const { store, runner } = await setUp([held(1)]);
    await store.append('meeting-tamworth-2025-26-2', [{ ...newEvent(held(2)), data: { meeting: 'not a meeting' } }], 'any');
    await store.append('case-x', [{ ...newEvent(held(3)), type: 'SomethingElse' }], 'any');
    await store.append('case-y', [{ ...newEvent(held(4)), data: undefined, corruption: 'the payload is not JSON' } as never], 'any');
    await recordHubEvents(store, [held(5)]);
    const reported: UndecodableEvent[] = [];
    const running = runner({ onUndecodable: (problem) => reported.push(problem) });
    await running.start();
    expect(running.query((model) => model.counts['MeetingHeld'])).toBe(2);
    expect(reported.map((problem) => [problem.streamId, problem.revision])).toEqual([
      ['meeting-tamworth-2025-26-2', 0n],
      ['case-x', 0n],
      ['case-y', 0n],
    ]);
    expect(running.undecodable).toEqual(reported);
    expect(reported[0]?.message).toContain('meeting');
    expect(reported[2]?.message).toContain('the payload is not JSON');
    await running.stop();
  });

  it('saves every N events while catching up', async () => {
    const { checkpoints, runner } = await setUp([held(1), held(2), held(3), held(4), held(5)], 2);
    const running = runner({ now: () => 0 });
    await running.start();
    // After events 2 and 4, and once more when caught up at event 5.
    expect(checkpoints.saves).toBe(3);
    await running.stop();
    expect(checkpoints.saves).toBe(3);
  });

  it('puts a save off while saving would take more than a fortieth of its time', async () => {
    const { checkpoints, runner } = await setUp([held(1), held(2), held(3), held(4), held(5), held(6)], 1);
    // Each reading of the clock is 1 ms later, so each save appears to take 1 ms and must wait 39 ms.
    let clock = 0;
    const running = runner({ now: () => (clock += 1) });
    await running.start();
    expect(checkpoints.saves).toBeLessThan(6);
    expect(checkpoints.saves).toBeGreaterThanOrEqual(2);
    expect(checkpoints.saved.get('counting')?.position).toBe(60n);
    await running.stop();
  });

  it('keeps saving to about a fortieth of its time while a catch-up makes the model grow', async () => {
    // 400 events; a save takes one tick of the clock for every 10 characters of state, folding an event one tick.
    const halfTerms = [1, 2, 3, 4, 5, 6] as const;
    const events = Array.from({ length: 400 }, (_, index) => held(halfTerms[index % 6] ?? 1));
    const { checkpoints, runner } = await setUp(events, 1);
    let clock = 0;
    let saving = 0;
    const save = checkpoints.save.bind(checkpoints);
    checkpoints.save = async (projection, snapshot) => {
      const took = snapshot.state.length / 10;
      clock += took;
      saving += took;
      return save(projection, snapshot);
    };
    const running = runner({ now: () => clock, onProgress: () => (clock += 1), progressEvery: 1 });
    await running.start();
    expect(checkpoints.saved.get('counting')?.position).toBe(4000n);
    // The caught-up save is the one a catch-up cannot put off; before it, at most a fortieth.
    const lastSave = (checkpoints.saved.get('counting')?.state.length ?? 0) / 10;
    expect(saving - lastSave).toBeLessThanOrEqual(0.03 * (clock - lastSave));
    await running.stop();
  });

  it('rebuilds from zero on demand, reporting progress against the head of the store', async () => {
    const { store, runner } = await setUp([held(1), held(2), held(3), held(4)]);
    const progress: ProjectionProgress[] = [];
    let clock = 0;
    const running = runner({ onProgress: (report) => progress.push(report), progressEvery: 2, now: () => (clock += 250) });
    await running.start();
    progress.length = 0;
    await running.rebuild();
    expect(running.query((model) => model.order.length)).toBe(4);
    expect(progress.map((report) => report.eventsDone)).toEqual([2, 4, 4]);
    const last = progress[progress.length - 1];
    expect(last).toMatchObject({ caughtUp: true, position: await store.headPosition(), headPosition: await store.headPosition() });
    expect(last?.eventsPerSecond).toBeGreaterThan(0);
    expect(describeProgress(last!)).toMatch(/^counting: 4 events, at position 40 of 40 \(\d+ a second\), caught up\.$/);
    await running.stop();
  });

  it('rebuilds from zero when its saved state cannot be read', async () => {
    const { checkpoints, runner } = await setUp([held(1), held(2)]);
    await checkpoints.save('counting', { position: 10n, state: '{ not json' });
    const problems: string[] = [];
    const running = runner({ onUnreadableState: (problem) => problems.push(problem.code) });
    await running.start();
    expect(problems).toEqual(['unreadable-projection-state']);
    expect(running.query((model) => model.order.length)).toBe(2);
    await running.stop();
  });

  it('reports a checkpoint store that fails, and throws its error when stopped', async () => {
    const { store, checkpoints, runner } = await setUp([held(1)]);
    const failures: unknown[] = [];
    const running = runner({ saveEvery: 1, now: () => 0, onFailure: (error) => failures.push(error) });
    await running.start();
    checkpoints.save = () => Promise.reject(new Error('The disk is full.'));
    await recordHubEvents(store, [held(2)]);
    await expect(running.waitFor((await store.headPosition()) ?? 0n)).resolves.toBeUndefined();
    await recordHubEvents(store, [held(3)]);
    await expect(running.waitFor(1_000n)).rejects.toThrow('The disk is full.');
    expect(failures).toEqual([new Error('The disk is full.')]);
    await expect(running.stop()).rejects.toThrow('The disk is full.');
  });

  it('refuses a query while stopped, and stops twice without harm', async () => {
    const { runner } = await setUp([held(1)]);
    const running = runner();
    expect(() => running.query((model) => model)).toThrow('not running');
    await running.start();
    await running.stop();
    await running.stop();
  });

  it("catches up through the store's pages, then subscribes from where they left off", async () => {
    const { store, runner } = await setUp([held(1), held(2), held(3)]);
    const pagesRead: number[] = [];
    const subscribedAfter: Array<bigint | undefined> = [];
    const paged = Object.assign(Object.create(store) as FakeEventStore, {
      readAllPages: async function* (options?: ReadAllOptions) {
        const events: RecordedEvent[] = [];
        for await (const event of store.readAll(options)) events.push(event);
        for (let start = 0; start < events.length; start += 2) {
          pagesRead.push(start);
          yield events.slice(start, start + 2);
        }
      },
      subscribeToAll: (options?: SubscribeOptions) => {
        subscribedAfter.push(options?.after);
        return store.subscribeToAll(options);
      },
    });
    const running = runner({ store: paged });
    await running.start();
    expect(pagesRead).toEqual([0, 2]);
    expect(subscribedAfter).toEqual([await store.headPosition()]);
    await recordHubEvents(store, [held(4)]);
    await running.waitFor((await store.headPosition()) ?? 0n);
    expect(running.query((model) => model.counts['MeetingHeld'])).toBe(4);
    await running.stop();
  });

  it('gives the same model as a plain rebuild from readAll', async () => {
    const { store, runner } = await setUp([held(1), held(2, 'lichfield'), held(3)]);
    const running = runner();
    await running.start();
    const rebuilt = await rebuild(store, countingProjection);
    expect(countingProjection.serialise(rebuilt.model)).toBe(running.query(countingProjection.serialise));
    expect(rebuilt.position).toBe(running.position);
    await running.stop();
  });
});
