import { formatVerificationReport, historyRules, verificationReportToJson, verifyEvents, verifyStore } from '@send-hub/audit';
import { hubUpcast } from '@send-hub/hub';
import { caseStreamId, meetingStreamId, type HubConfiguration } from '@send-hub/core';
import type { EventStore, RecordedEvent } from '@send-hub/event-store';
import { either as E } from 'fp-ts';
import { alexCase, alexReferral, samCase, writeAlexAndSam } from './support/alex-scenario';
import { hubStores } from './support/hub-stores';
import { hubWriter, TestClock } from './support/hub-writer';

const foreignCase = '33333333-3333-4333-8333-333333333333';
let written = 0;

/** Writes events as an older or foreign system might have: straight into the (hash-chained) store, no decider asked. */
const writeForeign = async (store: EventStore, streamId: string, events: ReadonlyArray<{ type: string; data: object; schemaVersion?: number }>) => {
  for (const { type, data, schemaVersion } of events) {
    written += 1;
    const appended = await store.append(
      streamId,
      [{ eventId: `foreign-${written}`, type, schemaVersion: schemaVersion ?? 1, data: { type, ...data }, metadata: { recordedAt: '2025-10-01T08:00:00.000Z', actor: { id: 'legacy-system', role: 'import' }, correlationId: 'migration', causationId: 'migration' } }],
      'any',
    );
    if (E.isLeft(appended)) throw new Error(appended.left.message);
  }
};

const referral = { ...alexReferral, childReference: 'child-foreign', yearGroup: 'Y12' as const, personal: { childName: 'Jo', dateOfBirth: '2009-01-01', narrative: 'Moved from another council.' } };
const tamworthAutumn = { district: 'tamworth', academicYear: '2025/26', halfTerm: 1 as const };

describe('rule replay over histories written by other systems', () => {
  it('reports a second referral of a child whose first case is still open, from histories with no child stream, and none once it is closed', async () => {
    const { chained, raw } = hubStores();
    const secondCase = '44444444-4444-4444-8444-444444444444';
    const thirdCase = '55555555-5555-4555-8555-555555555555';
    const consent = { givenBy: 'young-person', form: 'written', givenOn: '2025-09-01', youngPersonLacksCapacity: false };
    await writeForeign(chained, caseStreamId(foreignCase), [{ type: 'Referred', schemaVersion: 2, data: { caseId: foreignCase, occurredOn: '2025-09-01', referral, consent } }]);
    await writeForeign(chained, caseStreamId(secondCase), [{ type: 'Referred', schemaVersion: 2, data: { caseId: secondCase, occurredOn: '2025-10-01', referral, consent: { ...consent, givenOn: '2025-10-01' } } }]);
    await writeForeign(chained, caseStreamId(foreignCase), [{ type: 'CaseClosed', data: { caseId: foreignCase, occurredOn: '2025-10-02', reason: 'left-the-area' } }]);
    await writeForeign(chained, caseStreamId(secondCase), [{ type: 'CaseClosed', data: { caseId: secondCase, occurredOn: '2025-10-02', reason: 'left-the-area' } }]);
    await writeForeign(chained, caseStreamId(thirdCase), [{ type: 'Referred', schemaVersion: 2, data: { caseId: thirdCase, occurredOn: '2025-11-03', referral, consent: { ...consent, givenOn: '2025-11-03' } } }]);
    const report = await verifyStore(raw);
    expect(report.problems.map((problem) => [problem.code, 'rule' in problem ? problem.rule : undefined, problem.message])).toEqual([
      [
        'rule-broken',
        'child-has-open-case',
        `The event at revision 0 of "${caseStreamId(secondCase)}": today's rules refuse it. The child already has an open case: case ${foreignCase}, referred on 1 September 2025 to the Tamworth hub. A child has one open case at a time: a child is referred again only once their open case is closed.`,
      ],
    ]);
  });

  it('reports each event the rules refuse, with the rule, stream and revision, and counts breaches per rule', async () => {
    const { chained, raw } = hubStores();
    const streamId = caseStreamId(foreignCase);
    await writeForeign(chained, streamId, [
      { type: 'Referred', data: { caseId: foreignCase, occurredOn: '2025-09-01', referral } },
      { type: 'Discussed', data: { caseId: foreignCase, occurredOn: '2025-09-10', meeting: tamworthAutumn } },
      { type: 'ConsentGiven', data: { caseId: foreignCase, occurredOn: '2025-09-09', givenBy: 'parent-or-carer', form: 'verbal', youngPersonLacksCapacity: false } },
      { type: 'EscalatedToLMG', data: { caseId: foreignCase, occurredOn: '2025-09-12', reason: 'Urgent.' } },
    ]);
    const report = await verifyStore(raw);
    // The referral is of schema version 1, from before consent came with a referral: counted as a rule of its own.
    expect(report.problems.map((problem) => [problem.code, 'rule' in problem ? problem.rule : undefined, 'revision' in problem ? problem.revision : undefined])).toEqual([
      ['rule-broken', 'referral-without-consent', 0n],
      ['rule-broken', 'consent-required', 1n],
      ['rule-broken', 'date-before-previous-event', 2n],
      ['rule-broken', 'escalation-without-failed-review', 3n],
    ]);
    expect(report.problems[1]?.message).toBe(
      `The event at revision 1 of "${streamId}": today's rules refuse it. Consent has not been recorded yet. Nothing is discussed, agreed, reviewed, escalated or moved to another school or district without current consent (given and not withdrawn).`,
    );
    expect(report.ruleBreaches).toEqual({ 'referral-without-consent': 1, 'consent-required': 1, 'date-before-previous-event': 1, 'escalation-without-failed-review': 1 });
    expect(report).toMatchObject({ verified: false, eventsVerified: 4, streamsVerified: 1, problemCount: 4, problemsByCode: { 'rule-broken': 4 } });
    expect(formatVerificationReport(report)).toContain(`- 1 event: ${historyRules['referral-without-consent']}`);
  });

  it('reads an old referral and its later consent through the upcaster, reporting only that consent came after the referral', async () => {
    const { chained, raw } = hubStores();
    const streamId = caseStreamId(foreignCase);
    const parentReferral = { ...referral, yearGroup: 'Y9' as const };
    await writeForeign(chained, streamId, [
      { type: 'Referred', data: { caseId: foreignCase, occurredOn: '2025-09-01', referral: parentReferral } },
      { type: 'ConsentGiven', data: { caseId: foreignCase, occurredOn: '2025-09-05', givenBy: 'parent-or-carer', form: 'written', youngPersonLacksCapacity: false } },
      { type: 'Discussed', data: { caseId: foreignCase, occurredOn: '2025-10-08', meeting: tamworthAutumn } },
    ]);
    const report = await verifyStore(raw);
    expect(report.problems.map((problem) => ('rule' in problem ? problem.rule : problem.code))).toEqual(['referral-without-consent']);
    expect(report.ruleBreaches).toEqual({ 'referral-without-consent': 1 });
  });

  it('reports events with fields no schema defines, events in the wrong stream, and meetings recorded twice', async () => {
    const { chained, raw } = hubStores();
    await writeForeign(chained, caseStreamId(foreignCase), [{ type: 'Referred', data: { caseId: foreignCase, occurredOn: '2025-09-01', referral, priority: 'high' } }]);
    await writeForeign(chained, caseStreamId(samCase), [{ type: 'CaseClosed', data: { caseId: foreignCase, occurredOn: '2025-09-02', reason: 'other' } }]);
    const held = { meeting: tamworthAutumn, heldOn: '2025-10-08', attendance: [{ agency: 'education', role: 'teacher' }] };
    await writeForeign(chained, meetingStreamId(tamworthAutumn), [{ type: 'MeetingHeld', data: held }, { type: 'MeetingHeld', data: held }]);
    const report = await verifyStore(raw);
    expect(report.problems).toEqual([
      expect.objectContaining({ code: 'undecodable-event', revision: 0n, message: expect.stringContaining('priority: not a field of a Referred event. Later events of this stream are not checked') }),
      expect.objectContaining({ code: 'event-in-wrong-stream', streamId: caseStreamId(samCase), message: expect.stringContaining(`belongs in "${caseStreamId(foreignCase)}"`) }),
      expect.objectContaining({ code: 'rule-broken', rule: 'meeting-already-recorded', revision: 1n }),
    ]);
  });

  it('holds decisions to what their meeting had recorded: a discussion at a cancelled meeting, actions dated off the meeting’s day, a meeting in the holidays', async () => {
    const { chained, raw } = hubStores();
    const tamworthSpring = { ...tamworthAutumn, halfTerm: 3 as const };
    await writeForeign(chained, meetingStreamId(tamworthAutumn), [{ type: 'MeetingCancelled', data: { meeting: tamworthAutumn, cancelledOn: '2025-10-01', reason: 'Snow.' } }]);
    await writeForeign(chained, meetingStreamId(tamworthSpring), [{ type: 'MeetingHeld', data: { meeting: tamworthSpring, heldOn: '2026-02-17', attendance: [{ agency: 'education', role: 'teacher' }] } }]);
    await writeForeign(chained, caseStreamId(foreignCase), [
      // A referral of today's schema, with its consent: only the meetings' rules are at issue here.
      { type: 'Referred', schemaVersion: 2, data: { caseId: foreignCase, occurredOn: '2025-09-08', referral, consent: { givenBy: 'young-person', form: 'verbal', givenOn: '2025-09-08', youngPersonLacksCapacity: false } } },
      { type: 'Discussed', data: { caseId: foreignCase, occurredOn: '2025-10-08', meeting: tamworthAutumn } },
    ]);
    const report = await verifyStore(raw);
    expect(report.problems.map((problem) => ('rule' in problem ? problem.rule : problem.code))).toEqual(['meeting-date-outside-half-term', 'meeting-cancelled']);
  });

  it('holds histories to the configuration given: a district the council does not have is refused', async () => {
    const stores = hubStores();
    await writeAlexAndSam(hubWriter(stores.readable, new TestClock()));
    const withoutTamworth: HubConfiguration = { councilName: 'Another council', districts: [{ id: 'lichfield', name: 'Lichfield' }] } as HubConfiguration;
    const report = await verifyStore(stores.raw, { configuration: withoutTamworth });
    expect(report.ruleBreaches).toMatchObject({ 'district-unknown': 3 });
  });

  it('reports undecodable events, reads old versions through the upcaster, and stops rule checks after an unreadable event', async () => {
    const { chained, raw } = hubStores();
    const streamId = caseStreamId(foreignCase);
    await writeForeign(chained, streamId, [
      { type: 'Referred', data: { caseId: foreignCase, occurredOn: '2025-09-01', referral } },
      { type: 'Teleported', data: { caseId: foreignCase } },
      { type: 'Discussed', data: { caseId: foreignCase, occurredOn: '2025-09-02', meeting: tamworthAutumn } },
    ]);
    await writeForeign(chained, caseStreamId(alexCase), [
      { type: 'Referred', data: { caseId: alexCase, occurredOn: '2025-09-01', referral: alexReferral } },
      // Version 0 of CaseClosed also held a closing date, which version 1 left to occurredOn.
      { type: 'CaseClosed', data: { caseId: alexCase, occurredOn: '2025-09-03', reason: 'other', closedOn: '2025-09-03' }, schemaVersion: 0 },
    ]);
    const plain = await verifyStore(raw);
    expect(plain.problems).toEqual([
      expect.objectContaining({ rule: 'referral-without-consent', revision: 0n, streamId }),
      expect.objectContaining({ code: 'undecodable-event', revision: 1n, message: expect.stringContaining('"Teleported" is not an event type this library knows. Later events of this stream are not checked') }),
      expect.objectContaining({ rule: 'referral-without-consent', revision: 0n, streamId: caseStreamId(alexCase) }),
      expect.objectContaining({ code: 'undecodable-event', streamId: caseStreamId(alexCase), message: expect.stringContaining('CaseClosed has schema version 0, but versions are whole numbers from 1') }),
    ]);
    // A council's own upcaster for its own old versions, falling back to the hub's for the rest.
    const upcast = (type: string, version: number, data: unknown) => (type === 'CaseClosed' && version === 0 ? E.right({ ...(data as object), closedOn: undefined }) : hubUpcast(type, version, data));
    const upcasted = await verifyStore(raw, { upcast });
    expect(upcasted.problems.map((problem) => problem.code)).toEqual(['rule-broken', 'undecodable-event', 'rule-broken']);
  });

  it('reports stored events that cannot be read at all, and never stops at them', async () => {
    const stores = hubStores();
    await writeAlexAndSam(hubWriter(stores.readable, new TestClock()));
    const events: RecordedEvent[] = [];
    for await (const event of stores.raw.readAll()) events.push(event);
    const [first, ...rest] = events;
    const report = await verifyEvents([{ ...first!, data: undefined, corruption: 'The stored data is not valid JSON.' }, ...rest]);
    expect(report.problems.map((problem) => problem.code)).toEqual(['unreadable-event', 'undecodable-event']);
    expect(report.eventsVerified).toBe(events.length);
  });

  it('reads as a report for people and as JSON, and lists only as many problems as asked', async () => {
    const { chained, raw } = hubStores();
    const streamId = caseStreamId(foreignCase);
    await writeForeign(chained, streamId, [
      { type: 'Referred', data: { caseId: foreignCase, occurredOn: '2025-09-01', referral } },
      ...Array.from({ length: 3 }, () => ({ type: 'Discussed', data: { caseId: foreignCase, occurredOn: '2025-09-10', meeting: tamworthAutumn } })),
    ]);
    const report = await verifyStore(raw, { maxProblemsListed: 2 });
    expect(report).toMatchObject({ problemCount: 4, problemsNotListed: 2 });
    expect(report.problems).toHaveLength(2);
    const text = formatVerificationReport(report);
    expect(text).toContain('Problems found: 4 problems in 4 events (1 stream).');
    expect(text).toContain(`Running hash of the whole store up to position 4: ${report.headHash}`);
    expect(text).toContain('- 3 events: Nothing is discussed, agreed, reviewed, escalated or moved to another school or district without current consent (given and not withdrawn).');
    expect(text).toContain('- and 2 more problems not listed.');
    expect(JSON.parse(verificationReportToJson(report))).toMatchObject({ headPosition: '4', problems: [{ revision: '0' }, { revision: '1' }] });
    const clean = hubStores();
    await writeAlexAndSam(hubWriter(clean.readable, new TestClock()));
    expect(formatVerificationReport(await verifyStore(clean.raw))).toMatch(/^Verified: 10 events in 3 streams, no problems found\.\n/);
  });
});
