import { verifyEvents } from '@send-hub/audit';
import type { RecordedEvent } from '@send-hub/event-store';
import * as fc from 'fast-check';
import { historyArbitrary, writeHistory } from './support/generated-history';
import { hubStores } from './support/hub-stores';
import { hubWriter, TestClock } from './support/hub-writer';
import { tamper, type TamperingKind } from './support/tampering';

const writtenHistory = async (scripts: Parameters<typeof writeHistory>[1]): Promise<RecordedEvent[]> => {
  const stores = hubStores();
  await writeHistory(hubWriter(stores.readable, new TestClock()), scripts);
  const events: RecordedEvent[] = [];
  for await (const event of stores.raw.readAll()) events.push(event);
  return events;
};

const kinds: ReadonlyArray<TamperingKind> = ['edit', 'delete', 'swap', 'insert', 'edit-and-rehash'];

describe('verifying generated histories', () => {
  it('finds nothing wrong with a history the hub wrote, and every event passes rule replay', async () => {
    await fc.assert(
      fc.asyncProperty(historyArbitrary(), async (scripts) => {
        const report = await verifyEvents(await writtenHistory(scripts));
        expect(report.problems).toEqual([]);
        expect(report).toMatchObject({ verified: true, problemCount: 0, ruleBreaches: {} });
      }),
      { numRuns: 40 },
    );
  });

  it.each(kinds)('detects an event %s, at the stream and revision where it shows', async (kind) => {
    await fc.assert(
      fc.asyncProperty(historyArbitrary(), fc.nat(), async (scripts, pick) => {
        const original = await writtenHistory(scripts);
        const untampered = await verifyEvents(original);
        const tampered = tamper(original, kind, pick % original.length);
        fc.pre(tampered !== undefined);
        const published = [{ position: untampered.headPosition ?? 0n, headHash: untampered.headHash }];
        const report = await verifyEvents(tampered.events, { publishedHeads: published });
        expect(report.verified).toBe(false);
        expect(report.problems).toContainEqual(expect.objectContaining(tampered.expected));
      }),
      { numRuns: 25 },
    );
  });
});
