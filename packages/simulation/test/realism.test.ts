import {
  academicYearOf,
  academicYearStart,
  daysBetween,
  halfTermDates,
  isWithinHalfTerm,
  isOfConsentAge,
  yearGroupOn,
  nationalCurriculumYears,
  staffordshireConfiguration,
  termOrdinal,
  type NeedType,
  type CaseEventOf,
  type ReferralDetails,
} from '@send-hub/core';
import type { SimulationReport } from '../src';
import { caseEventsOf, simulateInMemory, storedEvents, type StoredHubEvent } from './support/simulated-hub';

const tally = <Key extends string>(keys: ReadonlyArray<Key>): Map<Key, number> => {
  const counts = new Map<Key, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
};

const ranked = <Key extends string>(counts: Map<Key, number>): Key[] => [...counts.entries()].sort((left, right) => right[1] - left[1]).map(([key]) => key);

describe('a medium simulated county (8 districts, two academic years)', () => {
  let report: SimulationReport;
  let events: StoredHubEvent[];
  let referrals: Array<CaseEventOf<'Referred'>>;

  beforeAll(async () => {
    let hub;
    ({ hub, report } = await simulateInMemory({ seed: 'realism', halfTerms: 12, referralsPerDistrictPerHalfTerm: 12 }));
    events = await storedEvents(hub);
    referrals = caseEventsOf(events, 'Referred');
  });

  it('refers more boys than girls, well over three boys for every two girls', () => {
    const sexes = tally(referrals.map(({ referral }) => referral.sex));
    expect((sexes.get('M') ?? 0) / (sexes.get('F') ?? 1)).toBeGreaterThan(1.6);
  });

  it('has social, emotional and mental health, speech and language, and autism as the commonest primary needs', () => {
    const primaries = tally(referrals.map(({ referral }) => referral.needs.find((need) => need.rank === 1)?.need as NeedType));
    expect(new Set(ranked(primaries).slice(0, 3))).toEqual(new Set(['SEMH', 'SLCN', 'ASD']));
    expect(ranked(primaries)[0]).toBe('SEMH');
  });

  it('keeps codes as the rules and the census have them: mostly SEN support, NSA only with it, a secondary need sometimes', () => {
    const provisions = tally(referrals.map(({ referral }) => referral.senProvision));
    expect(ranked(provisions)[0]).toBe('K');
    expect(provisions.get('E')).toBeGreaterThan(0);
    expect(provisions.get('N')).toBeGreaterThan(0);
    for (const { referral } of referrals) {
      if (referral.needs.some((need) => need.need === 'NSA')) expect(referral.senProvision).toBe('K');
      expect(referral.school).toMatch(/^\d{6}$/);
    }
    const withSecondary = referrals.filter(({ referral }) => referral.needs.length === 2).length / referrals.length;
    expect(withSecondary).toBeGreaterThan(0.2);
    expect(withSecondary).toBeLessThan(0.5);
  });

  it('weights year groups to primary and early secondary, and ethnicity like an English county', () => {
    const position = (year: string) => nationalCurriculumYears.codes.indexOf(year as ReferralDetails['yearGroup']);
    const bands = tally(referrals.map(({ referral }) => (position(referral.yearGroup) <= position('Y6') ? 'primary or younger' : position(referral.yearGroup) <= position('Y9') ? 'early secondary' : 'older')));
    expect(ranked(bands)).toEqual(['primary or younger', 'early secondary', 'older']);
    const ethnicities = tally(referrals.map(({ referral }) => referral.ethnicity));
    expect((ethnicities.get('WBRI') ?? 0) / referrals.length).toBeGreaterThan(0.65);
    expect(ethnicities.size).toBeGreaterThan(8);
    const pupilPremium = referrals.filter(({ referral }) => referral.pupilPremium).length / referrals.length;
    expect(pupilPremium).toBeGreaterThan(0.3);
    expect(pupilPremium).toBeLessThan(0.45);
  });

  it('spreads referrals across many schools per district, each school in one district only', () => {
    const districtsOfSchool = new Map<string, Set<string>>();
    for (const { referral } of referrals) districtsOfSchool.set(referral.school, (districtsOfSchool.get(referral.school) ?? new Set()).add(referral.district));
    expect([...districtsOfSchool.values()].every((districts) => districts.size === 1)).toBe(true);
    for (const { id } of staffordshireConfiguration.districts) {
      expect(new Set(referrals.filter(({ referral }) => referral.district === id).map(({ referral }) => referral.school)).size).toBeGreaterThan(20);
    }
  });

  it('gives each child a name and a date of birth that fits the year group on the referral date', () => {
    for (const { referral, occurredOn } of referrals) {
      const { childName, dateOfBirth } = referral.personal;
      expect(childName).toMatch(/^\S+ \S+$/);
      // Reception is the academic year a child turns five: five academic years after the one of their birth.
      const academicYearsSinceBirth = academicYearStart(academicYearOf(occurredOn)) - academicYearStart(academicYearOf(dateOfBirth as string));
      expect(academicYearsSinceBirth - 5).toBe(nationalCurriculumYears.codes.indexOf(referral.yearGroup) - nationalCurriculumYears.codes.indexOf('R'));
    }
  });

  it('refers with consent from the young person from the end of Year 11, from a parent or carer before that or when they lack capacity, given days to weeks before', () => {
    const delays: number[] = [];
    for (const referred of referrals) {
      const { consent } = referred;
      if (consent === 'not-recorded-at-referral') throw new Error(`The referral of ${referred.caseId} came without consent.`);
      const atReferral = { yearGroup: referred.referral.yearGroup, referredOn: referred.occurredOn };
      const ofAge = isOfConsentAge(yearGroupOn(atReferral, consent.givenOn), consent.givenOn);
      expect(consent.givenBy).toBe(ofAge && !consent.youngPersonLacksCapacity ? 'young-person' : 'parent-or-carer');
      delays.push(daysBetween(consent.givenOn, referred.occurredOn));
    }
    expect(referrals.some((referred) => referred.consent !== 'not-recorded-at-referral' && referred.consent.givenBy === 'young-person')).toBe(true);
    const sorted = [...delays].sort((left, right) => left - right);
    expect(sorted[0]).toBeGreaterThanOrEqual(0);
    expect(sorted[Math.floor(sorted.length / 2)]).toBeGreaterThan(2);
    expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThan(21);
  });

  it('holds (or, rarely, cancels) a meeting in every district every half term, attended by education and mostly by social care and health', () => {
    const meetings = events.map(({ event }) => event).filter((event) => event.type === 'MeetingHeld' || event.type === 'MeetingCancelled');
    for (let ordinal = termOrdinal(report.firstTerm); ordinal <= termOrdinal(report.lastTerm); ordinal += 1) {
      for (const district of report.districts) {
        expect(meetings.filter((event) => event.meeting.district === district && termOrdinal(event.meeting) === ordinal)).toHaveLength(1);
      }
    }
    const held = meetings.filter((event) => event.type === 'MeetingHeld');
    expect(report.meetingsCancelled).toBeLessThan(held.length / 10);
    const share = (agency: string) => held.filter((meeting) => meeting.attendance.some((attendee) => attendee.agency === agency)).length / held.length;
    expect(share('education')).toBe(1);
    expect(share('social-care')).toBeGreaterThan(0.6);
    expect(share('health')).toBeGreaterThan(0.6);
    expect(share('other')).toBeLessThan(0.5);
  });

  it('has every part of the journey: reviews of every kind, escalations, closures for every reason, withdrawals, re-referrals, late recordings', () => {
    expect(report.discussions).toBeGreaterThan(report.referrals / 2);
    expect(Object.values(report.reviews).every((count) => count > 0)).toBe(true);
    expect(report.escalations).toBeGreaterThan(0);
    expect(report.escalations).toBeLessThanOrEqual(report.reviews['not-working']);
    // Cases the group takes close by its outcome, not by a `Close` as passed to it or for another reason.
    expect(Object.entries(report.closures).filter(([reason]) => reason !== 'passed-to-locality-management-group' && reason !== 'other').every(([, count]) => count > 0)).toBe(true);
    expect(report.closures['needs-met']).toBe(Math.max(...Object.values(report.closures)));
    expect(report.withdrawals).toBeGreaterThan(0);
    expect(report.reReferrals).toBeGreaterThan(0);
    expect(report.lateRecordings).toBeGreaterThan(0);
    expect(report.lateRecordings).toBeLessThan(report.events / 5);
  });

  it('meets inside the term dates, never in a holiday, and cancels a few meetings, whose reviews wait for the next meeting held', () => {
    const calendar = staffordshireConfiguration.halfTermCalendar;
    const meetings = events.map(({ event }) => event).filter((event) => event.type === 'MeetingHeld' || event.type === 'MeetingCancelled');
    for (const event of meetings) {
      if (event.type === 'MeetingHeld') expect(isWithinHalfTerm(calendar, event.meeting, event.heldOn)).toBe(true);
      else expect(event.cancelledOn <= halfTermDates(calendar, event.meeting).lastDay).toBe(true);
    }
    expect(report.meetingsCancelled).toBeGreaterThan(0);
    const cancelled = new Set(meetings.filter((event) => event.type === 'MeetingCancelled').map((event) => `${event.meeting.district} ${termOrdinal(event.meeting)}`));
    const agreedAt = new Map<string, number>();
    let reviewsAfterCancellation = 0;
    for (const { event } of events) {
      if (event.type === 'ActionsAgreed') agreedAt.set(event.caseId, termOrdinal(event.meeting));
      if (event.type !== 'Reviewed') continue;
      const agreed = agreedAt.get(event.caseId) ?? Infinity;
      if (cancelled.has(`${event.meeting.district} ${agreed + 1}`) && termOrdinal(event.meeting) === agreed + 2) reviewsAfterCancellation += 1;
    }
    expect(reviewsAfterCancellation).toBeGreaterThan(0);
  });

  it('takes escalated cases to the district’s Locality Management Group, which decides every kind of outcome and sends some back round the hub’s cycle', () => {
    const group = report.localityManagementGroup;
    expect(group.meetingsHeld).toBeGreaterThan(0);
    expect(Object.values(group.outcomes).every((count) => count > 0)).toBe(true);
    expect(group.themes).toBeGreaterThanOrEqual(group.meetingsHeld);
    const heldOn = new Map(events.map(({ event }) => event).filter((event) => event.type === 'LMGMeetingHeld').map((event) => [JSON.stringify(event.meeting), event.heldOn]));
    for (const event of caseEventsOf(events, 'DiscussedAtLMG')) expect(heldOn.get(JSON.stringify(event.meeting))).toBe(event.occurredOn);
    const sentBack = new Set(caseEventsOf(events, 'DiscussedAtLMG').filter((event) => event.outcome === 'back-to-hub').map((event) => event.caseId));
    const discussedTwice = new Set(caseEventsOf(events, 'Discussed').filter((event, index, all) => all.findIndex((other) => other.caseId === event.caseId) !== index).map((event) => event.caseId));
    expect([...discussedTwice].every((caseId) => sentBack.has(caseId))).toBe(true);
    expect(discussedTwice.size).toBeGreaterThan(0);
  });

  it('moves a few children a year within their open case, mostly to another school in the district, some to another district whose hub takes the case on', () => {
    const moves = caseEventsOf(events, 'ChildMoved');
    expect(moves.length).toBe(report.moves.withinDistrict + report.moves.toAnotherDistrict);
    expect(report.moves.withinDistrict).toBeGreaterThan(report.moves.toAnotherDistrict);
    expect(report.moves.toAnotherDistrict).toBeGreaterThan(0);
    // A few per cent of open cases a year: over two years, fewer moves than a tenth of the referrals, and some.
    expect(moves.length).toBeGreaterThan(report.referrals / 100);
    expect(moves.length).toBeLessThan(report.referrals / 10);
    const districtOf = new Map(referrals.map((event) => [event.caseId, event.referral.district]));
    for (const { event } of events) {
      if (event.type === 'ChildMoved') districtOf.set(event.caseId, event.to.district);
      else if ((event.type === 'Discussed' || event.type === 'Reviewed' || event.type === 'DiscussedAtLMG') && event.caseId !== undefined) expect(event.meeting.district).toBe(districtOf.get(event.caseId));
    }
  });

  it('refers a child who moved school again from the school they moved to, never from the one they left', () => {
    const schoolOf = new Map<string, string>();
    const latestCaseOf = new Map<string, string>();
    const moved = new Set<string>();
    const afterAMove: Array<{ readonly movedTo: string; readonly referredBy: string; readonly left: string }> = [];
    const referredBy = new Map(referrals.map((event) => [event.caseId, event.referral.school]));
    for (const { event } of events) {
      if (event.type === 'Referred') {
        const earlier = latestCaseOf.get(event.referral.childReference);
        if (earlier !== undefined && moved.has(earlier)) afterAMove.push({ movedTo: schoolOf.get(earlier) ?? '', referredBy: event.referral.school, left: referredBy.get(earlier) ?? '' });
        latestCaseOf.set(event.referral.childReference, event.caseId);
        schoolOf.set(event.caseId, event.referral.school);
      } else if (event.type === 'ChildMoved') {
        moved.add(event.caseId);
        schoolOf.set(event.caseId, event.to.school);
      }
    }
    expect(afterAMove.length).toBeGreaterThan(0);
    expect(afterAMove.filter(({ movedTo, referredBy: school, left }) => school === left && school !== movedTo)).toEqual([]);
  });

  it('discusses a case at a meeting of its own district and reviews it at a later one, dated on the meeting day', () => {
    const heldOn = new Map(events.map(({ event }) => event).filter((event) => event.type === 'MeetingHeld').map((event) => [JSON.stringify(event.meeting), event.heldOn]));
    for (const event of [...caseEventsOf(events, 'Discussed'), ...caseEventsOf(events, 'Reviewed'), ...caseEventsOf(events, 'ActionsAgreed')]) {
      expect(heldOn.get(JSON.stringify(event.meeting))).toBe(event.occurredOn);
    }
  });
});
