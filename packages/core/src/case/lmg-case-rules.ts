import { either as E } from 'fp-ts';
import type { LMGMeetingState } from '../lmg/lmg-meeting-decider';
import { describeLMGMeeting, sameLMGMeeting, type LMGMeetingReference } from '../lmg/lmg-meeting-reference';
import { lmgOutcomeEffect, type LMGOutcome } from '../lmg/lmg-outcomes';
import { districtName, type HubConfiguration } from '../reference/hub-configuration';
import { formatCalendarDate, type CalendarDate } from '../values/calendar-date';
import { rejectCase, type CaseRejection, type CaseRejectionCode } from './case-rejections';
import type { ReferredCase } from './case-state';
import { capitalised } from '../values/sentence-start';

type Check = E.Either<CaseRejection, void>;

/** The case rules checked against the group meeting's own stream (`checkAtHeldLMGMeeting`), not by the case decider. */
export const caseRulesOfTheLMGMeeting: ReadonlyArray<CaseRejectionCode> = ['lmg-meeting-not-held', 'lmg-discussion-not-on-meeting-date'];
const pass: Check = E.right(undefined);

export const checkWaitingOnLMG = (state: ReferredCase): Check =>
  state.stage === 'escalated'
    ? pass
    : E.left(
        rejectCase(
          'not-waiting-on-lmg',
          state.caseId,
          state.stage === 'returned-to-hub' ? 'The group has already sent the case back to the hub.' : 'The case has not been escalated to the Locality Management Group.',
        ),
      );

export const checkOwnLMG = (configuration: HubConfiguration, state: ReferredCase, meeting: LMGMeetingReference): Check =>
  meeting.district === state.district
    ? pass
    : E.left(
        rejectCase(
          'lmg-meeting-in-another-district',
          state.caseId,
          `The case belongs to the ${districtName(configuration, state.district)} hub, not the ${districtName(configuration, meeting.district)} hub.`,
        ),
      );

export const checkRecommendations = (state: ReferredCase, outcome: LMGOutcome, recommendations: ReadonlyArray<string>): Check =>
  lmgOutcomeEffect(outcome) !== 'returns-to-hub' || recommendations.length > 0
    ? pass
    : E.left(rejectCase('lmg-recommendations-missing', state.caseId, 'The group sent the case back to the hub without a recommendation.'));

/**
 * The rule the case's own stream cannot check: the group meeting named was held, and the
 * discussion is dated on its date. The meeting's state comes from the meeting's own stream,
 * read before the case is decided; a meeting is recorded once, held or cancelled, and never
 * changes after, so the answer cannot go stale between that read and the case's append.
 */
export const checkAtHeldLMGMeeting = (
  configuration: HubConfiguration,
  caseId: string,
  meeting: LMGMeetingReference,
  occurredOn: CalendarDate,
  meetingState: LMGMeetingState,
): E.Either<CaseRejection, void> => {
  const described = describeLMGMeeting(meeting, districtName(configuration, meeting.district));
  if (meetingState.status !== 'held' || !sameLMGMeeting(meetingState.meeting, meeting)) {
    return E.left(
      rejectCase('lmg-meeting-not-held', caseId, meetingState.status === 'cancelled' ? `${capitalised(described)} was cancelled.` : `${capitalised(described)} has not been recorded as held.`),
    );
  }
  return occurredOn === meetingState.on
    ? pass
    : E.left(rejectCase('lmg-discussion-not-on-meeting-date', caseId, `The discussion is dated ${formatCalendarDate(occurredOn)}, but ${described} was held on ${formatCalendarDate(meetingState.on)}.`));
};
