import {
  capitalised,
  describeMeeting,
  describeTerm,
  districtName,
  formatCalendarDate,
  staffordshireConfiguration,
  termOrdinal,
  type HubConfiguration,
  type MeetingReference,
} from '@send-hub/core';
import type { DistrictModel, TrackedCase } from '../district-model';
import { cancelledSince, isReviewOverdue } from './review-due';
import { movedInWords } from './moved-in';
import { activeCasesOf, summariseAction, summariseCase, type ActionSummary, type CaseSummary } from './case-summary';

export interface AgendaItem extends CaseSummary {
  /** Why the case is on the agenda, in plain English. */
  readonly reason: string;
}

export interface ReviewItem extends AgendaItem {
  /** The actions to review, agreed at earlier meetings. */
  readonly actions: ReadonlyArray<ActionSummary>;
  /**
   * The review was due at an earlier meeting that was held (or not recorded as
   * cancelled): late. A review due at a cancelled meeting is due at the next one held.
   */
  readonly overdue: boolean;
}

export interface DistrictAgenda {
  readonly meeting: MeetingReference;
  readonly title: string;
  readonly firstDiscussions: ReadonlyArray<AgendaItem>;
  readonly reviewsDue: ReadonlyArray<ReviewItem>;
  readonly awaitingLocalityManagementGroup: ReadonlyArray<AgendaItem>;
  /** Cases the Locality Management Group sent back: to discuss again and agree new actions at this meeting. */
  readonly backFromLocalityManagementGroup: ReadonlyArray<AgendaItem>;
  /** Cases that moved here from another district with no actions open: to discuss and agree actions at this meeting. */
  readonly movedInFromAnotherDistrict: ReadonlyArray<AgendaItem>;
}

/** Half terms between the meeting that agreed an action and this one from which a review is late, when no meeting between was cancelled. */
export const overdueAfterHalfTerms = 2;

const reviewItem = (model: DistrictModel, tracked: TrackedCase, meeting: MeetingReference, configuration: HubConfiguration): ReviewItem | undefined => {
  const due = tracked.openActions.filter((action) => termOrdinal(action.agreedAt) < termOrdinal(meeting));
  const first = due[0];
  if (first === undefined) return undefined;
  const overdue = due.some((action) => isReviewOverdue(model, action.agreedAt, meeting));
  const actions = due.map((action) => summariseAction(tracked, action));
  const cancelled = overdue ? [] : cancelledSince(model, first.agreedAt, meeting);
  const waited =
    cancelled.length === 0 ? '' : ` (the ${cancelled.map((between) => describeTerm(between)).join(' and ')} meeting${cancelled.length === 1 ? ' was' : 's were'} cancelled, so the review is due here)`;
  return {
    ...summariseCase(tracked),
    reason: `${actions.length === 1 ? 'One action' : `${actions.length} actions`} agreed in ${actions[0]?.agreedIn ?? ''} to review${overdue ? ' (overdue)' : waited}.${movedInWords(tracked, configuration)}`,
    actions,
    overdue,
  };
};

/**
 * The agenda of a district hub meeting as the record stands now: consented cases
 * waiting for a first discussion, cases whose actions were agreed at an earlier
 * meeting and are not reviewed yet, cases escalated to the Locality Management
 * Group and still open, cases the group sent back to the hub for new actions, and cases
 * that moved here from another district with no actions open (the new hub discusses them).
 * A case that moved here with actions open is listed for their review; one that moved
 * while escalated waits for this district's group.
 */
export const agendaFor = (model: DistrictModel, meeting: MeetingReference, configuration: HubConfiguration = staffordshireConfiguration): DistrictAgenda => {
  const cases = activeCasesOf(model.cases.values(), meeting.district);
  const firstDiscussions: AgendaItem[] = [];
  const reviewsDue: ReviewItem[] = [];
  const awaitingLocalityManagementGroup: AgendaItem[] = [];
  const backFromLocalityManagementGroup: AgendaItem[] = [];
  const movedInFromAnotherDistrict: AgendaItem[] = [];
  for (const tracked of cases) {
    if (tracked.consent !== 'given') continue;
    if (tracked.stage === 'awaiting-first-discussion') {
      firstDiscussions.push({ ...summariseCase(tracked), reason: `Referred on ${formatCalendarDate(tracked.referredOn)}, consent given; waiting for a first discussion.${movedInWords(tracked, configuration)}` });
    } else if (tracked.stage === 'escalated') {
      const since = tracked.escalatedOn === null ? '' : ` on ${formatCalendarDate(tracked.escalatedOn)}`;
      awaitingLocalityManagementGroup.push({ ...summariseCase(tracked), reason: `Escalated to the Locality Management Group${since}; waiting for it.${movedInWords(tracked, configuration)}` });
    } else if (tracked.stage === 'returned-to-hub') {
      const since = tracked.returnedToHubOn === null ? '' : ` on ${formatCalendarDate(tracked.returnedToHubOn)}`;
      backFromLocalityManagementGroup.push({
        ...summariseCase(tracked),
        reason: `Sent back by the Locality Management Group${since} with its recommendations; to discuss again and agree new actions.${movedInWords(tracked, configuration)}`,
      });
    } else if (tracked.movedIn !== null && tracked.openActions.length === 0) {
      movedInFromAnotherDistrict.push({ ...summariseCase(tracked), reason: `${movedInWords(tracked, configuration).trim()} To discuss and agree actions.` });
    } else {
      const review = reviewItem(model, tracked, meeting, configuration);
      if (review !== undefined) reviewsDue.push(review);
    }
  }
  const title = `Agenda for ${describeMeeting(meeting, districtName(configuration, meeting.district))}`;
  return { meeting: { ...meeting }, title: capitalised(title), firstDiscussions,
    reviewsDue,
    awaitingLocalityManagementGroup,
    backFromLocalityManagementGroup,
    movedInFromAnotherDistrict,
  };
};
