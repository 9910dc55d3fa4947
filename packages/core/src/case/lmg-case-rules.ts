import { either as E } from 'fp-ts';
import type { LMGMeetingState } from '../lmg/lmg-meeting-decider';
import { describeLMGMeeting, sameLMGMeeting, type LMGMeetingReference } from '../lmg/lmg-meeting-reference';
import { lmgOutcomeEffect, type LMGOutcome } from '../lmg/lmg-outcomes';
import { districtName, type HubConfiguration } from '../reference/hub-configuration';
import { formatCalendarDate, type CalendarDate } from '../values/calendar-date';
import { rejectCase, type CaseRejection } from './case-rejections';
import type { ReferredCase } from './case-state';
import { capitalised } from '../values/sentence-start';
import { recordedMeetingOf, type RecordedMeeting } from '../meeting/recorded-meeting';

type Check = E.Either<CaseRejection, void>;

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
 * What a group meeting's state tells a discussion that names `meeting`: held on its day,
 * cancelled, or not recorded (a state recorded for another meeting tells nothing of this one).
 */
export const recordedLMGMeetingOf = (state: LMGMeetingState, meeting: LMGMeetingReference): RecordedMeeting =>
  state.status !== 'not-recorded' && !sameLMGMeeting(state.meeting, meeting) ? { status: 'not-recorded' } : recordedMeetingOf(state);

/**
 * The rule the case's own stream cannot check: the group meeting named was held, and the
 * discussion is dated on its date. The decider is told what the meeting's own stream
 * recorded (the hub's case handler reads it before the case is decided); told nothing, it
 * checks nothing. A meeting is recorded once, held or cancelled, and never changes after,
 * so the answer cannot go stale between that read and the case's append.
 */
export const checkAtHeldLMGMeeting = (
  configuration: HubConfiguration,
  caseId: string,
  meeting: LMGMeetingReference,
  occurredOn: CalendarDate,
  recorded: RecordedMeeting | undefined,
): Check => {
  if (recorded === undefined) return pass;
  const described = describeLMGMeeting(meeting, districtName(configuration, meeting.district));
  if (recorded.status !== 'held') {
    return E.left(rejectCase('lmg-meeting-not-held', caseId, recorded.status === 'cancelled' ? `${capitalised(described)} was cancelled.` : `${capitalised(described)} has not been recorded as held.`));
  }
  return occurredOn === recorded.heldOn
    ? pass
    : E.left(rejectCase('lmg-discussion-not-on-meeting-date', caseId, `The discussion is dated ${formatCalendarDate(occurredOn)}, but ${described} was held on ${formatCalendarDate(recorded.heldOn)}.`));
};
