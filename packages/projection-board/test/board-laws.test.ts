import * as fc from 'fast-check';
import { hubHistoryArbitrary } from '../../projections/test/support/hub-history-arbitrary';
import { assertRebuildLaw, rebuiltFrom } from '../../projections/test/support/rebuild-law';
import { boardFigures, boardProjection } from '../src';

describe('the Partnership Board read model', () => {
  it('is the same followed live with stops, restarts and crashes as rebuilt from zero', () => assertRebuildLaw(boardProjection));

  it('is unchanged by erasing personal data: it holds none', async () => {
    await fc.assert(
      fc.asyncProperty(hubHistoryArbitrary(), async ({ events }) => {
        const withErasures = await rebuiltFrom(boardProjection, events);
        const without = await rebuiltFrom(boardProjection, events.filter((event) => event.type !== 'PersonalDataErased'));
        expect(boardProjection.serialise(withErasures)).toBe(boardProjection.serialise(without));
        for (const event of events) {
          if (event.type === 'Referred' && typeof event.referral.personal.childName === 'string') {
            expect(boardProjection.serialise(withErasures)).not.toContain(`"${event.referral.personal.childName}"`);
          }
        }
      }),
      { numRuns: 30 },
    );
  });

  it('reads back what it saves, and refuses a saved state it cannot read', async () => {
    await fc.assert(
      fc.asyncProperty(hubHistoryArbitrary(), async ({ events }) => {
        const model = await rebuiltFrom(boardProjection, events);
        const saved = boardProjection.serialise(model);
        const restored = boardProjection.deserialise(saved);
        expect(restored._tag === 'Right' && boardProjection.serialise(restored.right)).toBe(saved);
        if (restored._tag === 'Right') expect(boardFigures(restored.right, { academicYear: '2025/26' })).toEqual(boardFigures(model, { academicYear: '2025/26' }));
      }),
      { numRuns: 20 },
    );
    const broken = boardProjection.deserialise(JSON.stringify({ version: 4, state: { cases: [], meetings: [{ district: 'Not A Slug' }], referredChildren: [] } }));
    expect(broken._tag === 'Left' && broken.left.message).toContain('meetings.0.district: expected a district id');
    // A model saved by version 3 knew nothing of moves: it is rebuilt rather than read.
    expect(boardProjection.deserialise(JSON.stringify({ version: 3, state: { cases: [], meetings: [], referredChildren: [] } }))).toMatchObject({ _tag: 'Left' });
  });
});
