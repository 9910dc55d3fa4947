import { describeLMGMeeting } from '../lmg/lmg-meeting-reference';
import { lmgOutcomeEffect, lmgOutcomes } from '../lmg/lmg-outcomes';
import { describeMeeting } from '../meeting/meeting-reference';
import { absentNameInWords, absentWordsInWords, type AbsentPersonalDetails } from '../personal-data/absent-personal-details';
import { isErased } from '../personal-data/personal-field';
import { districtName, staffordshireConfiguration, type HubConfiguration } from '../reference/hub-configuration';
import { nationalCurriculumYears } from '../reference/school-years';
import { needTypes, senProvisions } from '../reference/special-educational-needs';
import { formatCalendarDate } from '../values/calendar-date';
import { uncapitalised } from '../values/sentence-start';
import type { CaseEvent, CaseEventOf, CaseEventType } from './case-events';
import { actionOutcomes, closureReasons, consentForms, consentGivers, reviewConclusions } from './case-vocabulary';
import { consentNotRecordedAtReferral, viewsHolders, waysViewsWereHeard, type ReferredConsent } from './consent-and-views';

/** Plain-English names of the case events, for timelines and the event catalogue. */
export const caseEventLabels: Readonly<Record<CaseEventType, string>> = {
  Referred: 'Referred to the hub',
  ConsentGiven: 'Consent given',
  ConsentWithdrawn: 'Consent withdrawn',
  Discussed: 'Discussed at a hub meeting',
  ActionsAgreed: 'Actions agreed',
  Reviewed: 'Actions reviewed',
  ViewsHeard: 'Views heard',
  EscalatedToLMG: 'Escalated to the Locality Management Group',
  DiscussedAtLMG: 'Discussed by the Locality Management Group',
  ChildMoved: 'Moved school or district',
  CaseClosed: 'Case closed',
  ReferralOvertaken: 'Referral not completed',
};

/** Written text joined into a sentence of ours keeps its words, not its own full stop. */
const withoutFullStop = (text: string): string => text.trim().replace(/\.+$/, '');
const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;

const consentInWords = (consent: ReferredConsent): string =>
  consent === consentNotRecordedAtReferral
    ? ' No consent was recorded with the referral.'
    : ` ${consentGivers.label(consent.givenBy)} had given ${uncapitalised(consentForms.label(consent.form))} consent on ${formatCalendarDate(consent.givenOn)}${
        consent.youngPersonLacksCapacity ? ', the young person lacking capacity to decide' : ''
      }.`;

/** A move in words: which school and district the child left and joined, and which hub now has the case. */
const describeMove = (event: CaseEventOf<'ChildMoved'>, configuration: HubConfiguration): string => {
  const { from, to } = event;
  const yearGroup = nationalCurriculumYears.label(event.yearGroup);
  const fromDistrict = districtName(configuration, from.district);
  const toDistrict = districtName(configuration, to.district);
  if (from.district === to.district) return `Moved from school ${from.school} to school ${to.school}, both in ${toDistrict} (${yearGroup}); the ${toDistrict} hub keeps the case.`;
  const schools = from.school === to.school ? `staying at school ${to.school}` : `from school ${from.school} to school ${to.school}`;
  return `Moved from ${fromDistrict} to ${toDistrict}, ${schools} (${yearGroup}); the ${toDistrict} hub takes the case with its whole history.`;
};

/**
 * One sentence a family or an officer can read, as a line of the case's timeline. `absent`
 * words a personal detail the reader was not given (see `AbsentPersonalDetails`).
 */
export const describeCaseEvent = (event: CaseEvent, configuration: HubConfiguration = staffordshireConfiguration, absent: AbsentPersonalDetails = 'erased'): string => {
  const meetingName = (meeting: { district: string }) => districtName(configuration, meeting.district);
  switch (event.type) {
    case 'Referred': {
      const { referral } = event;
      const primary = referral.needs.find((need) => need.rank === 1);
      const name = isErased(referral.personal.childName) ? `a child ${absentNameInWords[absent]}` : referral.personal.childName;
      return (
        `School ${referral.school} referred ${name} (${nationalCurriculumYears.label(referral.yearGroup)}, ` +
        `${uncapitalised(senProvisions.label(referral.senProvision))}` +
        (primary ? `, primary need: ${uncapitalised(needTypes.label(primary.need))}` : '') +
        `) to the ${districtName(configuration, referral.district)} hub.` +
        consentInWords(event.consent)
      );
    }
    case 'ConsentGiven':
      return `${consentGivers.label(event.givenBy)} gave ${uncapitalised(consentForms.label(event.form))} consent${event.youngPersonLacksCapacity ? ', the young person lacking capacity to decide' : ''}.`;
    case 'ConsentWithdrawn':
      return `${consentGivers.label(event.withdrawnBy)} withdrew consent; the hub stops working on the case.`;
    case 'Discussed':
      return `Discussed at ${describeMeeting(event.meeting, meetingName(event.meeting))}.`;
    case 'ActionsAgreed':
      return `${plural(event.actions.length, 'action')} agreed at ${describeMeeting(event.meeting, meetingName(event.meeting))}: ${event.actions
        .map((action) => `${action.description} (${action.ownerRole})`)
        .join('; ')}.`;
    case 'Reviewed': {
      const counts = new Map<string, number>();
      for (const { outcome } of event.outcomes) counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
      const tally = [...counts].map(([outcome, count]) => `${count} ${uncapitalised(actionOutcomes.label(outcome as keyof typeof actionOutcomes.labels))}`).join(', ');
      return `Actions reviewed at ${describeMeeting(event.meeting, meetingName(event.meeting))} (${tally}); conclusion: ${uncapitalised(reviewConclusions.label(event.conclusion))}.`;
    }
    case 'ViewsHeard': {
      const where = event.meeting === undefined ? '' : ` at ${describeMeeting(event.meeting, meetingName(event.meeting))}`;
      // Words that end their own sentence inside the quotation marks need no full stop after them.
      const said = isErased(event.views) ? absentWordsInWords[absent] : `“${event.views}”${/[.!?…]$/.test(event.views) ? '' : '.'}`;
      return `${viewsHolders.label(event.whose)}’s views were heard${where} (${uncapitalised(waysViewsWereHeard.label(event.how))}): ${said}`;
    }
    case 'EscalatedToLMG':
      return `Escalated to the Locality Management Group: ${event.reason}`;
    case 'DiscussedAtLMG': {
      const effect = lmgOutcomeEffect(event.outcome);
      const recommended = event.recommendations.length === 0 ? '' : ` Recommendations: ${event.recommendations.map(withoutFullStop).join('; ')}.`;
      const after = effect === 'returns-to-hub' ? ' The case goes back to the hub for new actions.' : effect === 'closes-case' ? ' The hub’s work on the case ends.' : '';
      return `Discussed at ${describeLMGMeeting(event.meeting, meetingName(event.meeting))}; outcome: ${uncapitalised(lmgOutcomes.label(event.outcome))}, because ${uncapitalised(withoutFullStop(event.reason))}.${recommended}${after}`;
    }
    case 'ChildMoved':
      return describeMove(event, configuration);
    case 'CaseClosed':
      return `Case closed: ${uncapitalised(closureReasons.label(event.reason))}.`;
    case 'ReferralOvertaken':
      return `The referral begun as this case was never completed: another referral of the child, case ${event.overtakenBy}, went ahead instead.`;
  }
};
