import {
  capitalised,
  describeLMGMeeting,
  describeLMGMeetingPeriod,
  districtName,
  formatCalendarDate,
  lmgOutcomes,
  staffordshireConfiguration,
  type HubConfiguration,
  type LMGMeetingReference,
  uncapitalised,
} from '@send-hub/core';
import type { DistrictModel, TrackedCase } from '../district-model';
import { activeCasesOf, summariseCase } from './case-summary';
import { movedInWords } from './moved-in';
import type { AgendaItem } from './agenda';

/** What a district's Locality Management Group has before it at one of its meetings. */
export interface LMGAgenda {
  readonly meeting: LMGMeetingReference;
  readonly title: string;
  /** Cases escalated to the group (or kept for another discussion), with consent current: to discuss and decide. */
  readonly toDiscuss: ReadonlyArray<AgendaItem>;
  /** Cases the group sent back to the hub, until the hub has reviewed the new actions: what the group is waiting on. */
  readonly waitingOnHub: ReadonlyArray<AgendaItem>;
}

const discussionItem = (tracked: TrackedCase, configuration: HubConfiguration): AgendaItem => {
  const escalated = tracked.escalatedOn === null ? 'Escalated to the group' : `Escalated to the group on ${formatCalendarDate(tracked.escalatedOn)}`;
  const last = tracked.lastGroupDiscussion;
  const kept = last !== null && last.outcome === 'discuss-again' ? `; kept for another discussion at its meeting of ${describeLMGMeetingPeriod(last.meeting)}` : '';
  return { ...summariseCase(tracked), reason: `${escalated}${kept}; waiting for the group’s discussion and outcome.${movedInWords(tracked, configuration)}` };
};

const waitingItem = (tracked: TrackedCase): AgendaItem => {
  const since = tracked.returnedToHubOn === null ? '' : ` on ${formatCalendarDate(tracked.returnedToHubOn)}`;
  const outcome = tracked.lastGroupDiscussion === null ? '' : ` (${uncapitalised(lmgOutcomes.label(tracked.lastGroupDiscussion.outcome))})`;
  const where =
    tracked.stage === 'returned-to-hub'
      ? 'the hub has not yet discussed it again'
      : tracked.stage === 'actions-agreed'
        ? 'new actions agreed, waiting for their review at the hub'
        : 'the hub has discussed it again, new actions not yet agreed';
  return { ...summariseCase(tracked), reason: `Sent back to the hub${since}${outcome}; ${where}.` };
};

/**
 * The agenda of a district's Locality Management Group meeting as the record stands now:
 * the escalated cases waiting on the group, and the cases it sent back that it is
 * waiting to hear of from the hub. A case whose consent was withdrawn is paused and left out.
 */
export const lmgAgendaFor = (model: DistrictModel, meeting: LMGMeetingReference, configuration: HubConfiguration = staffordshireConfiguration): LMGAgenda => {
  const toDiscuss: AgendaItem[] = [];
  const waitingOnHub: AgendaItem[] = [];
  for (const tracked of activeCasesOf(model.cases.values(), meeting.district)) {
    if (tracked.stage === 'escalated') {
      if (tracked.consent === 'given') toDiscuss.push(discussionItem(tracked, configuration));
    } else if (tracked.returnedToHubOn !== null) waitingOnHub.push(waitingItem(tracked));
  }
  const title = `Agenda for ${describeLMGMeeting(meeting, districtName(configuration, meeting.district))}`;
  return { meeting: { ...meeting }, title: capitalised(title), toDiscuss, waitingOnHub };
};

/** The cases an agenda of the group lists, each once: the names to look up before showing it. */
export const caseIdsOnLMGAgenda = (agenda: LMGAgenda): string[] => [...new Set([...agenda.toDiscuss, ...agenda.waitingOnHub].map((item) => item.caseId))];
