import { staffordshireConfiguration, type CaseEvent, type HubConfiguration, type MeetingReference } from '@send-hub/core';

/*
 * The hub's rules read over a whole case history, written apart from the decider (no
 * shared state type, no shared checks) so that each can catch the other's mistakes.
 */

interface Reading {
  referral: Extract<CaseEvent, { type: 'Referred' }>['referral'] | undefined;
  caseId: string | undefined;
  lastDate: string | undefined;
  closed: boolean;
  consent: 'none' | 'given' | 'withdrawn';
  consentBy: string | undefined;
  referredOn: string | undefined;
  /** Where the child is schooled now, and the year group last recorded (at the referral or a move) with its date. */
  district: string | undefined;
  school: string | undefined;
  yearGroup: { readonly yearGroup: string; readonly on: string } | undefined;
  /** The child moved district since the case was last discussed or reviewed. */
  movedSinceMeeting: boolean;
  discussed: boolean;
  /** Where actions may be agreed next: the meeting of the latest discussion or review. */
  meetingForActions: MeetingReference | undefined;
  outstanding: string[];
  /** Every action id agreed so far, reviewed or not: an id names one action for good. */
  everyActionId: string[];
  agreedAt: MeetingReference | undefined;
  /** The latest thing the hub did: a review's conclusion, an escalation, the group sending the case back, or some other step. */
  latest: 'not-working' | 'needs-met' | 'other' | 'escalated' | 'returned';
  /** Another referral of the child went ahead before this case's referral was recorded. */
  overtaken: boolean;
}

const ordinal = (meeting: MeetingReference): number => Number(meeting.academicYear.slice(0, 4)) * 6 + meeting.halfTerm;
const same = (left: MeetingReference | undefined, right: MeetingReference): boolean =>
  left !== undefined && left.district === right.district && ordinal(left) === ordinal(right);

const schoolYearOf = (date: string): number => Number(date.slice(0, 4)) - (Number(date.slice(5, 7)) >= 9 ? 0 : 1);
const yearNumbers: Readonly<Record<string, number>> = { N1: -2, N2: -1, R: 0 };
const yearNumberOf = (yearGroup: string): number => yearNumbers[yearGroup] ?? Number(yearGroup.slice(1));

/** The last Friday of June in `year`, counted back day by day from 30 June. */
const lastFridayOfJuneIn = (year: number): string => {
  let day = 30;
  while (new Date(Date.UTC(year, 5, day)).getUTCDay() !== 5) day -= 1;
  return `${year}-06-${String(day)}`;
};

/** Whether the young person consents for themselves on `date`: the end of Year 11 (its last Friday of June) is past, in the year group they are in then. */
const consentsForThemselves = (referral: { yearGroup: string }, referredOn: string, date: string, lacksCapacity: boolean): boolean => {
  const yearOnDate = yearNumberOf(referral.yearGroup) + schoolYearOf(date) - schoolYearOf(referredOn);
  const ofAge = yearOnDate >= 12 || (yearOnDate === 11 && date >= lastFridayOfJuneIn(schoolYearOf(date) + 1));
  return ofAge && !lacksCapacity;
};

const breachesOfNeeds = (referral: Extract<CaseEvent, { type: 'Referred' }>['referral']): string[] => {
  const breaches: string[] = [];
  const needs = referral.needs.map((need) => need.need);
  if (referral.needs.filter((need) => need.rank === 1).length !== 1) breaches.push('the referral does not have exactly one primary need');
  if (new Set(needs).size !== needs.length) breaches.push('the referral names a need twice');
  if (needs.includes('NSA') && referral.senProvision !== 'K') breaches.push('"no specialist assessment" is given without special educational needs support');
  return breaches;
};

/** Breaches of the rules that depend on what kind of event it is. */
const breachesOfStep = (reading: Reading, event: CaseEvent, configuration: HubConfiguration): string[] => {
  const referral = reading.referral;
  if (event.type === 'ReferralOvertaken') {
    if (reading.overtaken) return ['the referral is overtaken twice'];
    return referral === undefined ? [] : ['the referral is overtaken after the case was referred'];
  }
  if (event.type === 'Referred') {
    const known = configuration.districts.some((district) => district.id === event.referral.district);
    const consent = event.consent === 'not-recorded-at-referral' ? undefined : event.consent;
    const consentBreaches =
      consent === undefined
        ? []
        : [
            ...(consent.givenOn > event.occurredOn ? ['the referral’s consent is dated after the referral'] : []),
            ...(consent.givenBy !== (consentsForThemselves(event.referral, event.occurredOn, consent.givenOn, consent.youngPersonLacksCapacity) ? 'young-person' : 'parent-or-carer')
              ? ['the referral’s consent comes from the wrong person']
              : []),
          ];
    return [
      ...(reading.referral === undefined ? [] : ['the case is referred a second time']),
      ...(reading.overtaken ? ['the case is referred after another referral of the child overtook it'] : []),
      ...(known ? [] : ['the case is referred to an unknown district']),
      ...breachesOfNeeds(event.referral),
      ...consentBreaches,
    ];
  }
  if (referral === undefined) return [`${event.type} happens to a case that was never referred`];
  const needsConsent = ['Discussed', 'ActionsAgreed', 'Reviewed', 'ViewsHeard', 'EscalatedToLMG', 'DiscussedAtLMG', 'ChildMoved'].includes(event.type) && reading.consent !== 'given';
  const breaches = needsConsent ? [`${event.type} happens without current consent`] : [];
  if ('meeting' in event && event.meeting !== undefined && event.meeting.district !== reading.district) breaches.push(`${event.type} happens at a meeting of another district than the case's current one`);
  switch (event.type) {
    case 'ConsentGiven': {
      const recorded = reading.yearGroup ?? { yearGroup: referral.yearGroup, on: reading.referredOn ?? event.occurredOn };
      const selfConsent = consentsForThemselves(recorded, recorded.on, event.occurredOn, event.youngPersonLacksCapacity);
      if (reading.consent === 'given' && reading.consentBy === event.givenBy) breaches.push('consent is given twice by the same person without a withdrawal');
      if (event.givenBy !== (selfConsent ? 'young-person' : 'parent-or-carer')) breaches.push(`consent for a child in ${recorded.yearGroup} on ${recorded.on} comes from the wrong person`);
      break;
    }
    case 'ViewsHeard':
      if (event.childReference !== referral.childReference) breaches.push('views are recorded under another child’s reference');
      break;
    case 'ConsentWithdrawn':
      if (reading.consent !== 'given') breaches.push('consent is withdrawn when it was not given');
      break;
    case 'Discussed': {
      const newHubMayDiscuss = reading.movedSinceMeeting && reading.outstanding.length === 0 && reading.latest !== 'escalated';
      if (reading.discussed && reading.latest !== 'returned' && !newHubMayDiscuss) breaches.push('the case has a second first discussion');
      break;
    }
    case 'ChildMoved':
      if (event.from.school !== reading.school || event.from.district !== reading.district) breaches.push('the move starts from another school or district than the case is in');
      if (event.to.school === reading.school && event.to.district === reading.district) breaches.push('the move changes neither school nor district');
      if (!configuration.districts.some((known) => known.id === event.to.district)) breaches.push('the move is to an unknown district');
      break;
    case 'ActionsAgreed': {
      const ids = event.actions.map((action) => action.actionId);
      if (!same(reading.meetingForActions, event.meeting)) breaches.push('actions are agreed at a meeting that did not discuss or review the case');
      if (reading.latest === 'escalated') breaches.push('actions are agreed after the case was escalated');
      if (reading.latest === 'returned') breaches.push('actions are agreed after the group sent the case back, before the hub discussed it again');
      if (reading.outstanding.length > 0 && !same(reading.agreedAt, event.meeting)) breaches.push('actions are agreed while others from an earlier meeting are still outstanding');
      if (ids.length === 0) breaches.push('no actions are agreed');
      if (new Set([...ids, ...reading.everyActionId]).size !== ids.length + reading.everyActionId.length) breaches.push('an action id is used twice');
      break;
    }
    case 'Reviewed': {
      const reviewed = event.outcomes.map((outcome) => outcome.actionId);
      if (reading.outstanding.length === 0 || reading.agreedAt === undefined) breaches.push('a review happens with no outstanding actions');
      else if (ordinal(event.meeting) <= ordinal(reading.agreedAt)) breaches.push('a review happens at the meeting that agreed the actions or an earlier one');
      const exact = reviewed.length === reading.outstanding.length && new Set(reviewed).size === reviewed.length && reviewed.every((id) => reading.outstanding.includes(id));
      if (!exact) breaches.push('a review does not give exactly one outcome for each outstanding action');
      break;
    }
    case 'EscalatedToLMG':
      if (reading.latest !== 'not-working') breaches.push('the case is escalated when its latest step is not a review concluding "not working"');
      break;
    case 'DiscussedAtLMG':
      if (reading.latest !== 'escalated') breaches.push('the group discusses a case that is not waiting on it');
      if (event.outcome === 'back-to-hub' && event.recommendations.length === 0) breaches.push('the group sends the case back to the hub without a recommendation');
      break;
    case 'CaseClosed':
      if (event.reason === 'needs-met' && reading.latest !== 'needs-met') breaches.push('the case is closed as "needs met" without a review concluding so');
      break;
  }
  return breaches;
};

const afterStep = (reading: Reading, event: CaseEvent): Reading => {
  const next: Reading = { ...reading, lastDate: reading.lastDate === undefined || event.occurredOn > reading.lastDate ? event.occurredOn : reading.lastDate };
  switch (event.type) {
    case 'Referred':
      return reading.referral === undefined
        ? {
            ...next,
            referral: event.referral,
            caseId: event.caseId,
            referredOn: event.occurredOn,
            district: event.referral.district,
            school: event.referral.school,
            yearGroup: { yearGroup: event.referral.yearGroup, on: event.occurredOn },
            ...(event.consent === 'not-recorded-at-referral' ? {} : { consent: 'given' as const, consentBy: event.consent.givenBy }),
          }
        : next;
    case 'ConsentGiven':
      return { ...next, consent: 'given', consentBy: event.givenBy };
    case 'ViewsHeard':
      return next;
    case 'ConsentWithdrawn':
      return { ...next, consent: 'withdrawn' };
    case 'Discussed':
      return { ...next, discussed: true, meetingForActions: event.meeting, latest: 'other', movedSinceMeeting: false };
    case 'ActionsAgreed':
    {
      const ids = event.actions.map((action) => action.actionId);
      return { ...next, outstanding: [...reading.outstanding, ...ids], everyActionId: [...reading.everyActionId, ...ids], agreedAt: event.meeting, latest: 'other' };
    }
    case 'Reviewed': {
      const latest = event.conclusion === 'continue-with-new-actions' ? 'other' : event.conclusion;
      return { ...next, outstanding: [], meetingForActions: event.meeting, latest, movedSinceMeeting: false };
    }
    case 'EscalatedToLMG':
      return { ...next, latest: 'escalated' };
    case 'ChildMoved':
      return {
        ...next,
        district: event.to.district,
        school: event.to.school,
        yearGroup: { yearGroup: event.yearGroup, on: event.occurredOn },
        movedSinceMeeting: reading.movedSinceMeeting || event.to.district !== reading.district,
      };
    case 'DiscussedAtLMG':
      if (event.outcome === 'back-to-hub') return { ...next, latest: 'returned' };
      return event.outcome === 'discuss-again' ? next : { ...next, closed: true };
    case 'CaseClosed':
      return { ...next, closed: true };
    case 'ReferralOvertaken':
      return { ...next, overtaken: true };
  }
};

/**
 * Every rule of the hub a case history breaks, in plain English, each with the number
 * of the event that breaks it; empty for a lawful history. For the property "the
 * decider never produces a history its rules forbid", and for checking imported data.
 */
export const caseHistoryBreaches = (history: ReadonlyArray<CaseEvent>, configuration: HubConfiguration = staffordshireConfiguration): string[] => {
  let reading: Reading = {
    referral: undefined, caseId: undefined, lastDate: undefined, closed: false, consent: 'none', consentBy: undefined, referredOn: undefined,
    district: undefined, school: undefined, yearGroup: undefined, movedSinceMeeting: false, discussed: false,
    meetingForActions: undefined, outstanding: [], everyActionId: [], agreedAt: undefined, latest: 'other', overtaken: false,
  };
  const breaches: string[] = [];
  history.forEach((event, index) => {
    const general = [
      ...(index === 0 && event.type !== 'Referred' && event.type !== 'ReferralOvertaken' ? ['the history does not start with a referral'] : []),
      ...(reading.caseId !== undefined && event.caseId !== reading.caseId ? ['the event belongs to another case'] : []),
      ...(reading.closed ? [`${event.type} happens after the case was closed`] : []),
      ...(reading.lastDate !== undefined && event.occurredOn < reading.lastDate ? [`the business date ${event.occurredOn} goes back before ${reading.lastDate}`] : []),
    ];
    for (const breach of [...general, ...breachesOfStep(reading, event, configuration)]) breaches.push(`event ${index + 1} (${event.type}): ${breach}`);
    reading = afterStep(reading, event);
  });
  return breaches;
};
