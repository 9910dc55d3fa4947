import type { MetadataChoice, ReadAllOptions } from '@send-hub/event-store';
import type { HubEvent } from '@send-hub/hub';
import { combineProjections, ProjectionRunner, rebuild, type Projection } from '../src';
import { countingProjection } from './support/counting-projection';
import { FakeCheckpointStore, FakeEventStore } from './support/in-memory-stores';
import { recordHubEvents } from './support/record-hub-events';

const cancelled = (halfTerm: 1 | 2): HubEvent => ({
  type: 'MeetingCancelled',
  meeting: { district: 'stafford', academicYear: '2025/26', halfTerm },
  cancelledOn: '2025-10-01',
  reason: 'Snow.',
});

describe('combined projections', () => {
  const both = combineProjections({ first: countingProjection, second: { ...countingProjection, name: 'counting-again' } });

  it('feeds every part from one pass, and saves and reads them back together', async () => {
    const store = new FakeEventStore();
    await recordHubEvents(store, [cancelled(1), cancelled(2)]);
    const { model } = await rebuild(store, both);
    expect(both.name).toBe('counting+counting-again');
    expect(model.first.counts).toEqual({ MeetingCancelled: 2 });
    expect(model.second.order).toEqual(model.first.order);
    const restored = both.deserialise(both.serialise(model));
    expect(restored._tag === 'Right' && restored.right.second.counts).toEqual({ MeetingCancelled: 2 });
  });

  it('saves each part as its own text, unescaped, after a list of the parts and their lengths', () => {
    const model = { first: { counts: { MeetingCancelled: 1 }, order: ['"quoted"\nline'] }, second: countingProjection.initial() };
    const saved = both.serialise(model);
    const [mark, header, ...rest] = saved.split('\n');
    expect(mark).toBe('combined read models, format 2');
    const parts = JSON.parse(header ?? '') as Array<[string, number]>;
    expect(parts.map(([key]) => key)).toEqual(['first', 'second']);
    expect(rest.join('\n')).toBe(countingProjection.serialise(model.first) + countingProjection.serialise(model.second));
    const restored = both.deserialise(saved);
    expect(restored._tag === 'Right' && restored.right.first.order).toEqual(['"quoted"\nline']);
  });

  it('still reads a state saved in the first format, a JSON object of the parts\' texts', () => {
    const model = { first: { counts: { MeetingCancelled: 2 }, order: ['a'] }, second: countingProjection.initial() };
    const first = JSON.stringify({ first: countingProjection.serialise(model.first), second: countingProjection.serialise(model.second) });
    const restored = both.deserialise(first);
    expect(restored._tag === 'Right' && restored.right.first.counts).toEqual({ MeetingCancelled: 2 });
  });

  it('refuses a state of format 2 that is cut short or whose list of parts is broken, saying which', () => {
    const saved = both.serialise({ first: countingProjection.initial(), second: countingProjection.initial() });
    const refusal = (text: string) => {
      const read = both.deserialise(text);
      return read._tag === 'Left' ? read.left.message : 'read';
    };
    expect(refusal(saved.slice(0, -1))).toMatch(/it is not whole: its read models should take [\d,]+ characters?, and [\d,]+ characters? were saved/);
    expect(refusal('combined read models, format 2\n[["first"')).toContain('its list of parts is cut short');
    expect(refusal('combined read models, format 2\n[["first", 2\n{}')).toContain('its list of parts is not JSON');
    expect(refusal('combined read models, format 2\n[["first", -2]]\n')).toContain('not a list of names and lengths');
    const firstOnly = countingProjection.serialise(countingProjection.initial());
    expect(refusal(`combined read models, format 2\n[["first", ${firstOnly.length}]]\n${firstOnly}`)).toContain('it holds no saved state for "counting-again"');
  });

  it('refuses a saved state that lacks a part, naming it', () => {
    const broken = both.deserialise(JSON.stringify({ first: JSON.stringify({ counts: {}, order: [] }) }));
    expect(broken._tag === 'Left' && broken.left.message).toContain('it holds no saved state for "counting-again"');
    expect(both.deserialise('nonsense')._tag).toBe('Left');
  });

  describe('metadata', () => {
    const blind = { ...countingProjection, name: 'blind', readsMetadata: false };
    /** What each whole-history read asked for, from a rebuild and from a runner's catch-up. */
    const choicesOf = async <Model>(projection: Projection<Model>): Promise<Array<MetadataChoice | undefined>> => {
      const store = new FakeEventStore();
      await recordHubEvents(store, [cancelled(1)]);
      const choices: Array<MetadataChoice | undefined> = [];
      const readAll = store.readAll.bind(store);
      store.readAll = (options?: ReadAllOptions) => {
        choices.push(options?.metadata);
        return readAll(options);
      };
      await rebuild(store, projection);
      const runner = new ProjectionRunner({ store, checkpoints: new FakeCheckpointStore(), projection });
      await runner.start();
      await runner.stop();
      return choices;
    };

    it('is skipped only when no part reads it', async () => {
      expect(combineProjections({ first: blind, second: { ...blind, name: 'blind-again' } }).readsMetadata).toBe(false);
      expect(combineProjections({ first: blind, second: countingProjection }).readsMetadata).toBe(true);
      expect(await choicesOf(blind)).toEqual(['skip', 'skip']);
      expect(await choicesOf(combineProjections({ first: blind, second: countingProjection }))).toEqual(['read', 'read']);
      expect(await choicesOf(countingProjection)).toEqual(['read', 'read']);
    });
  });
});
