import { copyOfLMGMeeting, lmgMeetingStreamId, lmgOutcomeEffect, type ActionReview, type CaseEvent, type LMGMeetingEvent } from '@send-hub/core';
import type { HubEnvelope } from '@send-hub/hub';
import { keepMeetingOnce } from '@send-hub/projections';
import type { DistrictModel, OpenAction } from './district-model';

/** A review names few actions: scanning its outcomes costs less than building a set for every review. */
const leftOpenAfter = (open: ReadonlyArray<OpenAction>, outcomes: ReadonlyArray<ActionReview>): OpenAction[] =>
  open.filter((action) => !outcomes.some((outcome) => outcome.actionId === action.actionId));

const applyCaseEvent = (model: DistrictModel, event: CaseEvent): void => {
  if (event.type === 'Referred') {
    if (model.cases.has(event.caseId)) return;
    const { referral } = event;
    model.cases.set(event.caseId, {
      caseId: event.caseId,
      childReference: referral.childReference,
      district: referral.district,
      school: referral.school,
      yearGroup: referral.yearGroup,
      senProvision: referral.senProvision,
      primaryNeed: referral.needs.find((need) => need.rank === 1)?.need ?? null,
      referredOn: event.occurredOn,
      consent: event.consent === 'not-recorded-at-referral' ? 'awaited' : 'given',
      consentGivenOn: event.consent === 'not-recorded-at-referral' ? null : event.consent.givenOn,
      childViewsHeard: false,
      stage: 'awaiting-first-discussion',
      lastMeeting: null,
      openActions: [],
      escalatedOn: null,
      lastGroupDiscussion: null,
      returnedToHubOn: null,
      movedIn: null,
    });
    return;
  }
  // Events of cases that are closed (or were never referred) change nothing here.
  const tracked = model.cases.get(event.caseId);
  if (tracked === undefined) return;
  switch (event.type) {
    case 'ConsentGiven':
      tracked.consent = 'given';
      tracked.consentGivenOn = event.occurredOn;
      return;
    case 'ConsentWithdrawn':
      tracked.consent = 'withdrawn';
      return;
    case 'ViewsHeard':
      if (event.whose === 'child-or-young-person') tracked.childViewsHeard = true;
      return;
    case 'Discussed':
      tracked.stage = 'discussed';
      tracked.lastMeeting = event.meeting;
      tracked.movedIn = null;
      return;
    case 'ActionsAgreed':
      tracked.stage = 'actions-agreed';
      // Fields named rather than spread: every open action gets one shape, and keeps only what the model describes.
      for (const { actionId, description, agency, ownerRole } of event.actions) {
        tracked.openActions.push({ actionId, description, agency, ownerRole, agreedAt: event.meeting, agreedOn: event.occurredOn });
      }
      return;
    case 'Reviewed':
      tracked.stage = 'reviewed';
      tracked.lastMeeting = event.meeting;
      tracked.openActions = leftOpenAfter(tracked.openActions, event.outcomes);
      tracked.returnedToHubOn = null;
      tracked.movedIn = null;
      return;
    case 'EscalatedToLMG':
      tracked.stage = 'escalated';
      tracked.escalatedOn = event.occurredOn;
      return;
    case 'DiscussedAtLMG': {
      tracked.lastGroupDiscussion = { meeting: copyOfLMGMeeting(event.meeting), on: event.occurredOn, outcome: event.outcome };
      const effect = lmgOutcomeEffect(event.outcome);
      if (effect === 'closes-case') model.cases.delete(tracked.caseId);
      else if (effect === 'returns-to-hub') {
        tracked.stage = 'returned-to-hub';
        tracked.returnedToHubOn = event.occurredOn;
      }
      return;
    }
    case 'ChildMoved':
      // The case, its open actions and any escalation go with the child: the old district's lists no longer show it.
      if (event.to.district !== tracked.district) tracked.movedIn = { from: tracked.district, on: event.occurredOn };
      tracked.district = event.to.district;
      tracked.school = event.to.school;
      tracked.yearGroup = event.yearGroup;
      return;
    case 'CaseClosed':
      model.cases.delete(tracked.caseId);
      return;
  }
};

/** A group meeting is recorded once, held or cancelled; themes join a meeting recorded as held. */
const applyLMGMeetingEvent = (model: DistrictModel, event: LMGMeetingEvent): void => {
  const key = lmgMeetingStreamId(event.meeting);
  const recorded = model.lmgMeetings.get(key);
  if (event.type === 'LMGThemesRecorded') {
    if (recorded?.status === 'held') recorded.themes.push(...event.themes);
    return;
  }
  if (recorded !== undefined) return;
  const held = event.type === 'LMGMeetingHeld';
  model.lmgMeetings.set(key, {
    meeting: copyOfLMGMeeting(event.meeting),
    status: held ? 'held' : 'cancelled',
    on: held ? event.heldOn : event.cancelledOn,
    agencies: held ? [...new Set(event.attendance.map((attendee) => attendee.agency))] : [],
    attendeeCount: held ? event.attendance.length : 0,
    cancellationReason: held ? null : event.reason,
    themes: [],
  });
};

/**
 * Folds one hub event into the district model, changing it in place (see `Projection`
 * for why that stays pure from the outside).
 */
export const applyDistrictEvent = (model: DistrictModel, { event }: HubEnvelope): DistrictModel => {
  switch (event.type) {
    case 'MeetingHeld':
    case 'MeetingCancelled':
      keepMeetingOnce(model.meetings, event, (facts) => ({
        meeting: facts.meeting,
        status: facts.held ? 'held' : 'cancelled',
        on: facts.on,
        agencies: facts.agencies,
        attendeeCount: facts.attendeeCount,
        cancellationReason: facts.cancellationReason,
      }));
      return model;
    case 'LMGMeetingHeld':
    case 'LMGMeetingCancelled':
    case 'LMGThemesRecorded':
      applyLMGMeetingEvent(model, event);
      return model;
    case 'PersonalDataErased':
      // The model holds no personal data, so there is nothing to purge.
      return model;
    case 'ReferralStarted':
      // The child's stream says which cases a child has had; the case's own events say the rest.
      return model;
    default:
      applyCaseEvent(model, event);
      return model;
  }
};
