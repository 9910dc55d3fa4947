import { lmgOutcomeEffect, nextTerm, termOrdinal, type CaseEvent, type ChildEvent, type ClosureReason, type ReviewConclusion } from '@send-hub/core';
import { childHistoryBreaches } from '@send-hub/testing';
import { asLocalOperator, type Hub } from '@send-hub/application';
import type { SimulationReport } from '../src';
import { caseEventsOf, simulateInMemory, storedEvents, verifiedAsOperator, type StoredHubEvent } from './support/simulated-hub';

describe('a simulated history', () => {
  let hub: Hub;
  let report: SimulationReport;
  let events: StoredHubEvent[];

  beforeAll(async () => {
    ({ hub, report } = await simulateInMemory({ seed: 'recorded history', halfTerms: 8, referralsPerDistrictPerHalfTerm: 8 }));
    events = await storedEvents(hub);
  });

  it('passes verification: every event decodes, the hash chain is whole and today’s rules accept every event', async () => {
    const verification = await verifiedAsOperator(hub);
    expect(verification.problems).toEqual([]);
    expect(verification.verified).toBe(true);
    expect(verification.eventsVerified).toBe(events.length);
  });

  it('refers a child again only once their case is closed, each referral started on the child’s own stream', () => {
    const steps = events.flatMap(({ event }) => (event.type === 'ReferralStarted' || 'caseId' in event ? [event as CaseEvent | ChildEvent] : []));
    expect(childHistoryBreaches(steps, { referralsStarted: true })).toEqual([]);
    expect(report.reReferrals).toBeGreaterThan(0);
  });

  it('reports counts that match the events actually stored, and no refused command', () => {
    const count = (type: string) => events.filter(({ event }) => event.type === type).length;
    expect(report.refusedCommands).toBe(0);
    expect(report.events).toBe(events.length);
    // Views heard with a referral or a discussion are events of their own, and a referral is started on the child's own stream
    // first (decision 40): the only commands that record more than one event.
    const viewsWithCommands = caseEventsOf(events, 'ViewsHeard').length;
    expect(report.commands).toBe(events.length - viewsWithCommands - count('ReferralStarted'));
    expect(report.referrals).toBe(count('Referred'));
    // The county refers a child again only once their case is closed: every referral started went ahead, none was overtaken.
    expect(count('ReferralStarted')).toBe(count('Referred'));
    expect(count('ReferralOvertaken')).toBe(0);
    // The county consents at referral: every referral carries its consent; ConsentGiven is consent given again after a withdrawal.
    const referrals = caseEventsOf(events, 'Referred');
    expect(referrals.every((referred) => referred.consent !== 'not-recorded-at-referral')).toBe(true);
    const consents = [
      ...referrals.flatMap((referred) => (referred.consent === 'not-recorded-at-referral' ? [] : [referred.consent.givenBy])),
      ...caseEventsOf(events, 'ConsentGiven').map((event) => event.givenBy),
    ];
    expect(report.consents).toBe(consents.length);
    expect(report.consentsFromYoungPeople).toBe(consents.filter((giver) => giver === 'young-person').length);
    expect(report.childViews).toBe(caseEventsOf(events, 'ViewsHeard').filter((event) => event.whose === 'child-or-young-person').length);
    expect(report.familyViews).toBe(caseEventsOf(events, 'ViewsHeard').filter((event) => event.whose === 'family').length);
    expect(report.childViews).toBeGreaterThan(0);
    expect(report.familyViews).toBeGreaterThan(report.childViews / 2);
    expect(report.withdrawals).toBe(count('ConsentWithdrawn'));
    expect(report.meetingsHeld).toBe(count('MeetingHeld'));
    expect(report.meetingsCancelled).toBe(count('MeetingCancelled'));
    expect(report.discussions).toBe(count('Discussed'));
    expect(report.actionsAgreed).toBe(caseEventsOf(events, 'ActionsAgreed').reduce((total, event) => total + event.actions.length, 0));
    expect(report.escalations).toBe(count('EscalatedToLMG'));
    const reviews = caseEventsOf(events, 'Reviewed');
    for (const conclusion of Object.keys(report.reviews) as ReviewConclusion[]) {
      expect(report.reviews[conclusion]).toBe(reviews.filter((event) => event.conclusion === conclusion).length);
    }
    const closures = caseEventsOf(events, 'CaseClosed');
    for (const reason of Object.keys(report.closures) as ClosureReason[]) expect(report.closures[reason]).toBe(closures.filter((event) => event.reason === reason).length);
    const groupDiscussions = caseEventsOf(events, 'DiscussedAtLMG');
    const closedByGroup = groupDiscussions.filter((event) => lmgOutcomeEffect(event.outcome) === 'closes-case').length;
    expect(report.localityManagementGroup).toMatchObject({ discussions: groupDiscussions.length, casesClosed: closedByGroup, meetingsHeld: count('LMGMeetingHeld'), meetingsCancelled: count('LMGMeetingCancelled') });
    expect(report.openCases).toBe(report.referrals - closures.length - closedByGroup);
    const children = new Set(caseEventsOf(events, 'Referred').map((event) => event.referral.childReference));
    expect(report.children).toBe(children.size);
    expect(report.reReferrals).toBe(report.referrals - children.size);
  });

  it('records in order of recording time, each event on or after the business date it carries', () => {
    const times = events.map(({ recorded }) => Date.parse(recorded.metadata.recordedAt));
    expect(times.every((time, index) => index === 0 || time >= (times[index - 1] ?? 0))).toBe(true);
    for (const { recorded, event } of events) {
      if (event.type === 'LMGThemesRecorded') continue;
      const businessDate = 'occurredOn' in event ? event.occurredOn : event.type === 'MeetingHeld' || event.type === 'LMGMeetingHeld' ? event.heldOn : event.cancelledOn;
      expect(recorded.metadata.recordedAt.slice(0, 10) >= businessDate).toBe(true);
    }
  });

  it('names example cases whose histories show what they say', async () => {
    const { escalated, closedNeedsMet, reReferred, recordedLate } = report.examples;
    const typesOf = (caseId: string | undefined) => events.filter(({ event }) => 'caseId' in event && event.caseId === caseId).map(({ event }) => event.type);
    expect(typesOf(escalated)).toContain('EscalatedToLMG');
    expect(caseEventsOf(events, 'CaseClosed').find((event) => event.caseId === closedNeedsMet)?.reason).toBe('needs-met');
    expect(reReferred?.caseIds.length).toBeGreaterThanOrEqual(2);
    const referredAgain = caseEventsOf(events, 'Referred').filter((event) => reReferred?.caseIds.includes(event.caseId));
    expect(new Set(referredAgain.map((event) => event.referral.childReference))).toEqual(new Set([reReferred?.childReference]));
    expect(typesOf(recordedLate).length).toBeGreaterThan(0);
    const timeline = await hub.replay(escalated ?? '', asLocalOperator(hub.configuration));
    expect(timeline._tag).toBe('Right');
  });

  it('names each district’s last held meeting and its next meeting, the half term after the run', () => {
    const held = events.map(({ event }) => event).filter((event) => event.type === 'MeetingHeld');
    for (const { district, held: last } of report.lastMeetings) {
      const latest = held.filter((event) => event.meeting.district === district).sort((left, right) => termOrdinal(right.meeting) - termOrdinal(left.meeting))[0];
      expect(last).toEqual(latest === undefined ? undefined : { meeting: latest.meeting, heldOn: latest.heldOn });
    }
    const after = nextTerm(report.lastTerm);
    expect(report.nextMeetings).toEqual(report.districts.map((district) => ({ district, ...after })));
  });
});
