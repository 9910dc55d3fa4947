import { caseStreamId } from '@send-hub/core';
import { formatTimeline, replayCase, timelineToJson, withHubPersonalDataEncryption } from '@send-hub/audit';
import { either as E } from 'fp-ts';
import { alexCase, alexViews, writeAlexAndSam } from './support/alex-scenario';
import { hubStores } from './support/hub-stores';
import { hubWriter, officer, TestClock } from './support/hub-writer';

const setUp = async () => {
  const stores = hubStores();
  await writeAlexAndSam(hubWriter(stores.readable, new TestClock()));
  return stores;
};

const timelineOf = async (...args: Parameters<typeof replayCase>) => {
  const replayed = await replayCase(...args);
  if (E.isLeft(replayed)) throw new Error(replayed.left.message);
  return replayed.right;
};

describe('replaying a case', () => {
  it('gives every step with its description, who recorded it, both dates and the state after it', async () => {
    const { readable } = await setUp();
    const timeline = await timelineOf(readable, alexCase);
    expect(timeline.steps.map((step) => step.label)).toEqual([
      'Referred to the hub',
      'Views heard',
      'Discussed at a hub meeting',
      'Actions agreed',
      'Actions reviewed',
      'Escalated to the Locality Management Group',
    ]);
    const [referred, , , agreed, reviewed] = timeline.steps;
    expect(referred?.description).toContain('referred Alex Morgan (Year 5');
    expect(referred?.description).toContain('A parent or carer had given written consent on 12 September 2025.');
    expect(referred?.stateAfterDescription).toContain('consent given');
    expect(timeline.steps[1]?.description).toBe(`The child or young person’s views were heard (in person): “${alexViews.views}”`);
    expect(referred?.recordedBy).toEqual(officer);
    expect(referred?.occurredOn).toBe('2025-09-15');
    expect(referred?.recordedAt).toBe('2025-09-15T10:00:00.000Z');
    expect(agreed?.stateAfterDescription).toBe('Open; consent given; actions agreed, waiting for review (2 actions outstanding).');
    expect(reviewed?.daysRecordedAfter).toBe(24);
    expect(timeline.finalState).toMatchObject({ status: 'open', stage: 'escalated' });
    expect(timeline.gaps).toEqual([]);
  });

  it('as of a business date shows what had happened by then, including what was recorded later', async () => {
    const { readable } = await setUp();
    const timeline = await timelineOf(readable, alexCase, { asOf: { occurredOn: '2025-11-30' } });
    expect(timeline.steps.map((step) => step.eventType)).toEqual(['Referred', 'ViewsHeard', 'Discussed', 'ActionsAgreed', 'Reviewed']);
    expect(timeline.stepsNotYetKnown).toBe(1);
    expect(timeline.finalState).toMatchObject({ stage: 'reviewed', lastConclusion: 'not-working' });
  });

  it('as of a recording time shows only what the hub knew then', async () => {
    const { readable } = await setUp();
    const timeline = await timelineOf(readable, alexCase, { asOf: { recordedAt: '2025-12-01T12:00:00Z' } });
    // The review of 26 November was not yet recorded on 1 December.
    expect(timeline.steps.map((step) => step.eventType)).toEqual(['Referred', 'ViewsHeard', 'Discussed', 'ActionsAgreed']);
    expect(timeline.stepsNotYetKnown).toBe(2);
    const both = await timelineOf(readable, alexCase, { asOf: { occurredOn: '2025-10-01', recordedAt: '2025-12-31T00:00:00Z' } });
    expect(both.steps.map((step) => step.eventType)).toEqual(['Referred', 'ViewsHeard']);
  });

  it('reads as a timeline a family can follow, and as JSON with revisions as text', async () => {
    const { readable } = await setUp();
    const timeline = await timelineOf(readable, alexCase);
    const text = formatTimeline(timeline);
    expect(text).toContain(`History of case ${alexCase}: everything recorded.`);
    expect(text).toContain('1. 15 September 2025: Referred to the hub');
    expect(text).toContain('Recorded on 15 September 2025 at 10:00 UTC by officer-7 (hub coordinator, education).');
    expect(text).toContain('5. 26 November 2025: Actions reviewed');
    expect(text).toContain('Recorded on 20 December 2025 at 09:00 UTC (24 days after it happened)');
    expect(text).toContain('Afterwards: Open; consent given; escalated to the Locality Management Group.');
    const json = JSON.parse(timelineToJson(timeline)) as { steps: Array<{ revision: unknown; position: unknown }> };
    expect(json.steps[0]?.revision).toBe('0');
    expect(typeof json.steps[5]?.position).toBe('string');
    const early = formatTimeline(await timelineOf(readable, alexCase, { asOf: { occurredOn: '2025-09-01' } }));
    expect(early).toContain('Nothing had happened in this case by then.');
    expect(early).toContain('6 later events are not shown');
  });

  it('refuses a case that does not exist and options that are not valid, saying why', async () => {
    const { readable } = await setUp();
    const missing = await replayCase(readable, '99999999-9999-4999-8999-999999999999');
    expect(missing).toEqual(E.left(expect.objectContaining({ code: 'case-not-found' })));
    const badDate = await replayCase(readable, alexCase, { asOf: { occurredOn: '30/11/2025' } });
    expect(badDate).toEqual(E.left(expect.objectContaining({ code: 'replay-options-invalid', message: expect.stringContaining('occurredOn: expected a calendar date written YYYY-MM-DD, received "30/11/2025"') })));
    const badTime = await replayCase(readable, alexCase, { asOf: { recordedAt: 'yesterday' } });
    expect(badTime).toEqual(E.left(expect.objectContaining({ code: 'replay-options-invalid' })));
    expect(await replayCase(readable, 'not-a-case')).toEqual(E.left(expect.objectContaining({ code: 'replay-options-invalid' })));
  });

  it('words the personal details a reader is not given as erased, or, read without the keys, as not held here', async () => {
    const { chained, keyStore } = await setUp();
    // A view that gives no personal field, as a reader without the keys sees the history.
    const withheld = withHubPersonalDataEncryption(chained, { keyStore, inClear: {} });
    const describedAs = async (options: Parameters<typeof replayCase>[2]) => (await timelineOf(withheld, alexCase, options)).steps.slice(0, 2).map((step) => step.description);
    const [referredErased, heardErased] = await describedAs({});
    expect(referredErased).toContain('referred a child whose personal details have been erased (Year 5');
    expect(heardErased).toBe('The child or young person’s views were heard (in person): what they said has been erased.');
    const [referredNotHeld, heardNotHeld] = await describedAs({ absentPersonalDetails: 'not-held' });
    expect(referredNotHeld).toContain('referred a child whose personal details are not held here (Year 5');
    expect(heardNotHeld).toBe('The child or young person’s views were heard (in person): what they said is not held here.');
    const bad = await replayCase(withheld, alexCase, { absentPersonalDetails: 'hidden' as never });
    expect(bad).toEqual(E.left(expect.objectContaining({ code: 'replay-options-invalid', message: 'absentPersonalDetails must be "erased" or "not-held", but was "hidden".' })));
  });

  it('lists events it cannot read as gaps instead of failing', async () => {
    const { readable, raw } = await setUp();
    const streamId = caseStreamId(alexCase);
    const stored = await raw.readStream(streamId);
    await raw.append(streamId, [{ eventId: 'foreign-1', type: 'Discussed', schemaVersion: 1, data: { caseId: alexCase, occurredOn: 'soon' }, metadata: stored[0]!.metadata }], 'any');
    const timeline = await timelineOf(readable, alexCase);
    expect(timeline.steps).toHaveLength(6);
    expect(timeline.gaps).toEqual([{ revision: 6n, message: expect.stringContaining('occurredOn: expected a calendar date') }]);
    expect(formatTimeline(timeline)).toContain('Could not show the event at revision 6:');
  });
});
