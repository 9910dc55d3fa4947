import { lmgOutcomeEffect, lmgOutcomes, termOrdinal, type CaseEvent, type CaseId, type ClosureReason, type DistrictId, type LMGMeetingEvent, type LMGOutcome, type MeetingEvent, type ReviewConclusion } from '@send-hub/core';
import type { ExampleCases, GroupTally, MeetingHeldOn } from './simulation-report';

const zeroConclusions = (): Record<ReviewConclusion, number> => ({ 'needs-met': 0, 'continue-with-new-actions': 0, 'not-working': 0 });
const zeroClosures = (): Record<ClosureReason, number> => ({
  'needs-met': 0,
  'consent-withdrawn': 0,
  'left-the-area': 0,
  'passed-to-locality-management-group': 0,
  other: 0,
});

/** The report's counts, kept from the events the hub actually stored (never from what the simulation meant to do). */
export class SimulationTally {
  commands = 0;
  events = 0;
  referrals = 0;
  reReferrals = 0;
  consents = 0;
  consentsFromYoungPeople = 0;
  withdrawals = 0;
  /** Moves of school within a district, and moves to another district's school. */
  schoolMoves = 0;
  districtMoves = 0;
  childViews = 0;
  familyViews = 0;
  meetingsHeld = 0;
  meetingsCancelled = 0;
  discussions = 0;
  actionsAgreed = 0;
  escalations = 0;
  lateRecordings = 0;
  readonly reviews = zeroConclusions();
  readonly closures = zeroClosures();
  private readonly groupOutcomes = Object.fromEntries(lmgOutcomes.codes.map((code) => [code, 0])) as Record<LMGOutcome, number>;
  private groupMeetingsHeld = 0;
  private groupMeetingsCancelled = 0;
  private groupThemes = 0;
  /** Cases the group's outcome closed, without a `Close`. */
  private closedByGroup = 0;
  private sentBackByGroup: CaseId | undefined;
  readonly lastMeetings = new Map<DistrictId, MeetingHeldOn>();
  private readonly casesOfChild = new Map<string, CaseId[]>();
  private readonly escalated = new Set<CaseId>();
  private firstEscalated: CaseId | undefined;
  private escalatedAndPassedOn: CaseId | undefined;
  private closedNeedsMet: CaseId | undefined;
  private reReferredChild: string | undefined;
  private recordedLate: CaseId | undefined;

  get children(): number {
    return this.casesOfChild.size;
  }

  get closed(): number {
    return Object.values(this.closures).reduce((total, count) => total + count, 0) + this.closedByGroup;
  }

  command(storedEvents: number): void {
    this.commands += 1;
    this.events += storedEvents;
  }

  caseEvent(event: CaseEvent, recordedOn: string): void {
    if (recordedOn > event.occurredOn) {
      this.lateRecordings += 1;
      this.recordedLate ??= event.caseId;
    }
    switch (event.type) {
      case 'Referred': {
        this.referrals += 1;
        if (event.consent !== 'not-recorded-at-referral') {
          this.consents += 1;
          if (event.consent.givenBy === 'young-person') this.consentsFromYoungPeople += 1;
        }
        const earlier = this.casesOfChild.get(event.referral.childReference);
        if (earlier === undefined) this.casesOfChild.set(event.referral.childReference, [event.caseId]);
        else {
          earlier.push(event.caseId);
          this.reReferrals += 1;
          this.reReferredChild ??= event.referral.childReference;
        }
        return;
      }
      case 'ConsentGiven':
        this.consents += 1;
        if (event.givenBy === 'young-person') this.consentsFromYoungPeople += 1;
        return;
      case 'ConsentWithdrawn':
        this.withdrawals += 1;
        return;
      case 'ViewsHeard':
        if (event.whose === 'family') this.familyViews += 1;
        else this.childViews += 1;
        return;
      case 'Discussed':
        this.discussions += 1;
        return;
      case 'ActionsAgreed':
        this.actionsAgreed += event.actions.length;
        return;
      case 'Reviewed':
        this.reviews[event.conclusion] += 1;
        return;
      case 'EscalatedToLMG':
        this.escalations += 1;
        this.escalated.add(event.caseId);
        this.firstEscalated ??= event.caseId;
        return;
      case 'DiscussedAtLMG':
        this.groupOutcomes[event.outcome] += 1;
        if (lmgOutcomeEffect(event.outcome) === 'closes-case') this.closedByGroup += 1;
        if (event.outcome === 'back-to-hub') this.sentBackByGroup ??= event.caseId;
        return;
      case 'ChildMoved':
        if (event.from.district === event.to.district) this.schoolMoves += 1;
        else this.districtMoves += 1;
        return;
      case 'CaseClosed':
        this.closures[event.reason] += 1;
        if (event.reason === 'needs-met') this.closedNeedsMet ??= event.caseId;
        if (event.reason === 'passed-to-locality-management-group' && this.escalated.has(event.caseId)) this.escalatedAndPassedOn ??= event.caseId;
        return;
    }
  }

  meetingEvent(event: MeetingEvent, recordedOn: string): void {
    if (recordedOn > (event.type === 'MeetingHeld' ? event.heldOn : event.cancelledOn)) this.lateRecordings += 1;
    if (event.type === 'MeetingCancelled') {
      this.meetingsCancelled += 1;
      return;
    }
    this.meetingsHeld += 1;
    // Minutes written up late may be recorded after a later meeting's: keep the latest meeting, not the latest recorded.
    const known = this.lastMeetings.get(event.meeting.district);
    if (known === undefined || termOrdinal(known.meeting) < termOrdinal(event.meeting)) this.lastMeetings.set(event.meeting.district, { meeting: event.meeting, heldOn: event.heldOn });
  }

  lmgMeetingEvent(event: LMGMeetingEvent): void {
    if (event.type === 'LMGMeetingHeld') this.groupMeetingsHeld += 1;
    else if (event.type === 'LMGMeetingCancelled') this.groupMeetingsCancelled += 1;
    else this.groupThemes += event.themes.length;
  }

  localityManagementGroup(): GroupTally {
    return {
      meetingsHeld: this.groupMeetingsHeld,
      meetingsCancelled: this.groupMeetingsCancelled,
      discussions: Object.values(this.groupOutcomes).reduce((total, count) => total + count, 0),
      outcomes: { ...this.groupOutcomes },
      casesClosed: this.closedByGroup,
      themes: this.groupThemes,
    };
  }

  examples(): ExampleCases {
    const child = this.reReferredChild;
    return {
      escalated: this.escalatedAndPassedOn ?? this.firstEscalated,
      closedNeedsMet: this.closedNeedsMet,
      sentBackByGroup: this.sentBackByGroup,
      reReferred: child === undefined ? undefined : { childReference: child, caseIds: [...(this.casesOfChild.get(child) ?? [])] },
      recordedLate: this.recordedLate,
    };
  }
}
