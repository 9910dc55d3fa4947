import type { HubEvent } from '@send-hub/hub';
import { combineProjections, rebuild } from '../src';
import { countingProjection } from './support/counting-projection';
import { FakeEventStore } from './support/in-memory-stores';
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

  it('refuses a saved state that lacks a part, naming it', () => {
    const broken = both.deserialise(JSON.stringify({ first: JSON.stringify({ counts: {}, order: [] }) }));
    expect(broken._tag === 'Left' && broken.left.message).toContain('it holds no saved state for "counting-again"');
    expect(both.deserialise('nonsense')._tag).toBe('Left');
  });
});
