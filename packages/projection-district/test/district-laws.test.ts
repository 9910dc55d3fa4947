import { erasedPersonalData } from '@send-hub/core';
import type { HubEvent } from '@send-hub/hub';
import * as fc from 'fast-check';
import { hubHistoryArbitrary } from '../../projections/test/support/hub-history-arbitrary';
import { assertRebuildLaw, rebuiltFrom } from '../../projections/test/support/rebuild-law';
import { agendaFor, districtProjection } from '../src';

describe('the district hubs read model', () => {
  it('is the same followed live with stops, restarts and crashes as rebuilt from zero', () => assertRebuildLaw(districtProjection));

  it('holds no personal data: it is the same built from events whose personal fields are all withheld', async () => {
    await fc.assert(
      fc.asyncProperty(hubHistoryArbitrary(), async ({ events }) => {
        const withheld = events.map((event): HubEvent => {
          if (event.type !== 'Referred') return event;
          const personal = Object.fromEntries(Object.keys(event.referral.personal).map((field) => [field, erasedPersonalData]));
          return { ...event, referral: { ...event.referral, personal: personal as typeof event.referral.personal } };
        });
        const inClear = districtProjection.serialise(await rebuiltFrom(districtProjection, events));
        expect(districtProjection.serialise(await rebuiltFrom(districtProjection, withheld))).toBe(inClear);
      }),
      { numRuns: 40 },
    );
  });

  it('reads back what it saves, and refuses a saved state it cannot read, naming the problem', async () => {
    await fc.assert(
      fc.asyncProperty(hubHistoryArbitrary(), async ({ events }) => {
        const model = await rebuiltFrom(districtProjection, events);
        const saved = districtProjection.serialise(model);
        const restored = districtProjection.deserialise(saved);
        expect(restored._tag).toBe('Right');
        if (restored._tag === 'Right') {
          expect(districtProjection.serialise(restored.right)).toBe(saved);
          expect(agendaFor(restored.right, { district: 'tamworth', academicYear: '2025/26', halfTerm: 3 })).toEqual(agendaFor(model, { district: 'tamworth', academicYear: '2025/26', halfTerm: 3 }));
        }
      }),
      { numRuns: 20 },
    );
    const broken = districtProjection.deserialise(JSON.stringify({ version: 5, state: { cases: [{ caseId: 'nope' }], meetings: [], lmgMeetings: [] } }));
    expect(broken).toMatchObject({ _tag: 'Left', left: { code: 'unreadable-projection-state' } });
    expect(broken._tag === 'Left' && broken.left.message).toContain('cases.0.caseId: expected a case id');
    expect(districtProjection.deserialise(JSON.stringify({ version: 0, state: {} }))).toMatchObject({ _tag: 'Left' });
    // A model saved by version 1, whose cases held children's names, is rebuilt rather than read.
    expect(districtProjection.deserialise(JSON.stringify({ version: 1, state: { cases: [], meetings: [] } }))).toMatchObject({ _tag: 'Left' });
    // A model saved by version 2 or 3 knew nothing of the Locality Management Group: it is rebuilt too.
    expect(districtProjection.deserialise(JSON.stringify({ version: 2, state: { cases: [], meetings: [] } }))).toMatchObject({ _tag: 'Left' });
    expect(districtProjection.deserialise(JSON.stringify({ version: 3, state: { cases: [], meetings: [] } }))).toMatchObject({ _tag: 'Left' });
    // A model saved by version 4 kept each case in the district that referred it, whatever moves followed: rebuilt.
    expect(districtProjection.deserialise(JSON.stringify({ version: 4, state: { cases: [], meetings: [], lmgMeetings: [] } }))).toMatchObject({ _tag: 'Left' });
  });
});
