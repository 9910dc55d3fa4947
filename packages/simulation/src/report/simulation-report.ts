import type { AcademicTerm, CalendarDate, CaseId, ClosureReason, DistrictId, LMGOutcome, MeetingReference, ReviewConclusion } from '@send-hub/core';

/** A meeting that took place, and when. */
export interface MeetingHeldOn {
  readonly meeting: MeetingReference;
  readonly heldOn: CalendarDate;
}

/** Cases worth showing in a demonstration (`replay`), when the run produced one of the kind. */
export interface ExampleCases {
  /** Escalated to the Locality Management Group (and closed as passed to it, where one was). */
  readonly escalated: CaseId | undefined;
  readonly closedNeedsMet: CaseId | undefined;
  /** Sent back to the hub by the Locality Management Group, with its recommendations. */
  readonly sentBackByGroup: CaseId | undefined;
  /** A child referred again after an earlier case closed: both cases, earlier first. */
  readonly reReferred: { readonly childReference: string; readonly caseIds: ReadonlyArray<CaseId> } | undefined;
  /** A case with a fact recorded a day or more after it happened, for "as the hub knew it on" replays. */
  readonly recordedLate: CaseId | undefined;
}

/** What the Locality Management Groups did in a run. */
export interface GroupTally {
  readonly meetingsHeld: number;
  readonly meetingsCancelled: number;
  /** Cases discussed (a case kept for another discussion counts each time). */
  readonly discussions: number;
  readonly outcomes: Readonly<Record<LMGOutcome, number>>;
  /** Cases whose outcome ended the hub's work, closing them. */
  readonly casesClosed: number;
  readonly themes: number;
}

/** What one run recorded: every count is of commands the hub accepted and events it stored. */
export interface SimulationReport {
  readonly seed: string;
  readonly districts: ReadonlyArray<DistrictId>;
  readonly firstTerm: AcademicTerm;
  readonly lastTerm: AcademicTerm;
  readonly halfTerms: number;
  /** Commands recorded, and the events they stored (one each, as the deciders stand). */
  readonly commands: number;
  readonly events: number;
  /** Always 0: a refused command stops the run with an error, as it is a bug in the simulation. */
  readonly refusedCommands: number;
  /**
   * Commands decided but dated or recorded after the end of the last half term (a
   * closure weeks after an escalation, minutes written up late): left out, as the hub
   * would not know of them yet.
   */
  readonly notYetRecorded: number;
  readonly referrals: number;
  readonly reReferrals: number;
  /** Different children referred. */
  readonly children: number;
  /** Consents given with a referral or again after a withdrawal. */
  readonly consents: number;
  readonly consentsFromYoungPeople: number;
  readonly withdrawals: number;
  /** Times a child's or young person's own views were heard, and a family's. */
  readonly childViews: number;
  readonly familyViews: number;
  readonly meetingsHeld: number;
  readonly meetingsCancelled: number;
  readonly discussions: number;
  /** Actions agreed (each action once, not each agreement). */
  readonly actionsAgreed: number;
  readonly reviews: Readonly<Record<ReviewConclusion, number>>;
  readonly escalations: number;
  /** Children who moved within an open case: to another school of the same district, and to another district (the case going with them). */
  readonly moves: { readonly withinDistrict: number; readonly toAnotherDistrict: number };
  readonly localityManagementGroup: GroupTally;
  /** Closures by `Close` (cases the group's outcome closed are counted in `localityManagementGroup`). */
  readonly closures: Readonly<Record<ClosureReason, number>>;
  /** Cases referred and not closed by the end of the run. */
  readonly openCases: number;
  /** Events recorded on a later day than the business date they carry. */
  readonly lateRecordings: number;
  /** The last meeting each district held in the run (undefined for a district whose every meeting was cancelled). */
  readonly lastMeetings: ReadonlyArray<{ readonly district: DistrictId; readonly held: MeetingHeldOn | undefined }>;
  /** Each district's next meeting after the run: the half term after the last one simulated. */
  readonly nextMeetings: ReadonlyArray<MeetingReference>;
  readonly examples: ExampleCases;
}

/** How far a run has got, for a progress bar. */
export interface SimulationProgress {
  readonly halfTermsDone: number;
  readonly halfTermsTotal: number;
  /** The half term being simulated (the last one, once done). */
  readonly term: AcademicTerm;
  /** Cases referred so far. */
  readonly cases: number;
  readonly commands: number;
  readonly events: number;
}
