import type { EventMetadata, NewEvent, RecordedEvent } from '@send-hub/event-store';
import { appended, collect, contractMetadata, newEvent, uniquePrefix, uniqueStreamId } from './contract-events';
import type { ContractContext } from './contract-store';
import { jestGlobals } from './jest-globals';

/** About a megabyte of varied text, in a thousand blocks. */
const largeData = (): { blocks: Array<{ index: number; text: string }> } => ({
  blocks: Array.from({ length: 1000 }, (_, index) => ({
    index,
    text: `${index.toString(36)}:`.padEnd(1000, `block ${index} of a large payload, with punctuation ,.;:!? and digits 0123456789 `),
  })),
});

const unicodeData = {
  emoji: 'Family 👩‍👩‍👧‍👦, flags 🇬🇧 🏳️‍🌈, skin tones 👋🏽, beyond the basic plane 𝄞 😀',
  rightToLeft: 'مرحبا بالعالم — שלום עולם — mixed with left-to-right text 123',
  combiningMarks: 'e\u0301 n\u0303 a\u030a Zoe\u0308 (decomposed) and Zoë (composed) must both stay as written',
  scripts: '漢字 かな 한국어 Ελληνικά Кириллица हिन्दी ไทย',
  escapes: 'quotes " \' backslash \\ newline \n tab \t and \u2028 line separator',
  'клю́ч 🔑': 'unicode in a key',
};

/** The parts of a recorded event that a writer supplied. */
const asWritten = ({ eventId, type, schemaVersion, data, metadata }: RecordedEvent): NewEvent => ({ eventId, type, schemaVersion, data, metadata });

/** Payloads come back exactly as written: large ones, every kind of text, every JSON shape, and the whole envelope. */
export const describePayloads = ({ store }: ContractContext): void => {
  const { describe, expect, it } = jestGlobals();
  /** Writes the events to a stream of their own and reads them back, by stream and in global order. */
  const roundTrip = async (events: ReadonlyArray<NewEvent>): Promise<{ byStream: NewEvent[]; inOrder: NewEvent[] }> => {
    const prefix = uniquePrefix('payload');
    const after = await store().headPosition();
    appended(await store().append(`${prefix}stream`, events, 'no_stream'));
    const byStream = (await store().readStream(`${prefix}stream`)).map(asWritten);
    const inOrder = (await collect(store().readAll({ after, streamPrefix: prefix }))).map(asWritten);
    return { byStream, inOrder };
  };

  describe('payloads', () => {
    it('keeps a payload of about a megabyte intact', async () => {
      const event = newEvent(largeData());
      expect(JSON.stringify(event.data).length).toBeGreaterThan(1_000_000);
      const { byStream, inOrder } = await roundTrip([event]);
      expect(byStream).toEqual([event]);
      expect(inOrder).toEqual([event]);
    });

    it('keeps emoji, right-to-left text, combining marks and other scripts exactly as written', async () => {
      const metadata: EventMetadata = contractMetadata({ actor: { id: 'officier-Zoë-👩‍🏫', role: 'coordinatrice', agency: 'تعليم' } });
      const event = { ...newEvent(unicodeData, 'UnicodeRecorded'), metadata };
      const { byStream, inOrder } = await roundTrip([event]);
      expect(byStream).toEqual([event]);
      expect(inOrder).toEqual([event]);
      const data = byStream[0]?.data as typeof unicodeData;
      expect(data.combiningMarks).toBe(unicodeData.combiningMarks);
      expect([...data.emoji]).toEqual([...unicodeData.emoji]);
    });

    it('keeps every JSON shape of data: objects, lists, text, numbers, true and false, null', async () => {
      const events = [
        { nested: { list: [1, -2.5, 0, 1e21, 'two', null, true, false, { deep: [[]] }] }, empty: {} },
        [],
        'plain text',
        '{"looks": "like JSON"}',
        42,
        false,
        null,
      ].map((data) => newEvent(data));
      const { byStream, inOrder } = await roundTrip(events);
      expect(byStream).toEqual(events);
      expect(inOrder).toEqual(events);
    });

    it('keeps the metadata envelope, hash included, and the event id (any text), type and schema version', async () => {
      const metadata: EventMetadata = {
        recordedAt: '2026-03-31T23:59:59.999Z',
        actor: { id: 'system-importer', role: 'system' },
        correlationId: 'correlation-of-a-request',
        causationId: 'the-command-that-caused-it',
        hash: { previous: '0'.repeat(64), current: 'f'.repeat(64) },
      };
      const event: NewEvent = { eventId: uniqueStreamId('writer-chosen-event-id'), type: 'MetadataRecorded', schemaVersion: 7, data: { kept: true }, metadata };
      const { byStream, inOrder } = await roundTrip([event, newEvent()]);
      expect(byStream[0]).toEqual(event);
      expect(inOrder[0]).toEqual(event);
      expect(byStream[0]?.metadata.actor).not.toHaveProperty('agency');
    });
  });
};
