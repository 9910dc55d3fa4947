import {
  ActionId,
  Agency,
  CalendarDate,
  CaseId,
  ChildReference,
  DistrictId,
  LMGMeetingReference,
  LMGOutcome,
  MeetingReference,
  NationalCurriculumYear,
  NeedType,
  SchoolUrn,
  SenProvision,
  ShortText,
} from '@send-hub/core';
import * as t from 'io-ts';

const optional = <C extends t.Mixed>(codec: C) => t.union([codec, t.null]);

/** An action agreed for a case and not reviewed yet. */
export const OpenAction = t.type(
  { actionId: ActionId, description: ShortText, agency: Agency, ownerRole: ShortText, agreedAt: MeetingReference, agreedOn: CalendarDate },
  'an open action',
);
export type OpenAction = t.TypeOf<typeof OpenAction>;

export const TrackedStage = t.keyof(
  { 'awaiting-first-discussion': null, discussed: null, 'actions-agreed': null, reviewed: null, escalated: null, 'returned-to-hub': null },
  'a case stage',
);

/**
 * What a district hub needs to know about one open case. Closed cases leave the
 * model: the hub plans meetings, the board keeps the history. `district`, `school` and
 * `yearGroup` are where the child is now: a move takes the case, with its open actions,
 * to the new district's lists and off the old one's. It holds no personal
 * data: the child is named by reference, and a list that shows names opens them from
 * the event store when it is shown (see `ChildNames`), so erasing a child's data
 * leaves nothing here to purge.
 */
export const TrackedCase = t.type(
  {
    caseId: CaseId,
    childReference: ChildReference,
    district: DistrictId,
    school: SchoolUrn,
    yearGroup: NationalCurriculumYear,
    senProvision: SenProvision,
    primaryNeed: optional(NeedType),
    referredOn: CalendarDate,
    consent: t.keyof({ awaited: null, given: null, withdrawn: null }, 'a consent status'),
    consentGivenOn: optional(CalendarDate),
    /** Whether the child's or young person's own views have been heard (what they said is personal data, never here). */
    childViewsHeard: t.boolean,
    stage: TrackedStage,
    lastMeeting: optional(MeetingReference),
    openActions: t.array(OpenAction),
    escalatedOn: optional(CalendarDate),
    /** The group's latest discussion of the case: where and with what outcome. */
    lastGroupDiscussion: optional(t.type({ meeting: LMGMeetingReference, on: CalendarDate, outcome: LMGOutcome })),
    /** While the group waits on the hub: when it sent the case back, until the hub reviews the new actions. */
    returnedToHubOn: optional(CalendarDate),
    /** The district the case moved from, and when, until its new hub first discusses or reviews it. */
    movedIn: optional(t.type({ from: DistrictId, on: CalendarDate })),
  },
  'a tracked case',
);
export type TrackedCase = t.TypeOf<typeof TrackedCase>;

/** A hub meeting as recorded: held (with the agencies present) or cancelled (with the reason). */
export const MeetingRecord = t.type(
  {
    meeting: MeetingReference,
    status: t.keyof({ held: null, cancelled: null }, 'a meeting status'),
    on: CalendarDate,
    agencies: t.array(Agency),
    attendeeCount: t.number,
    cancellationReason: optional(ShortText),
  },
  'a meeting record',
);
export type MeetingRecord = t.TypeOf<typeof MeetingRecord>;

/** A Locality Management Group meeting as recorded, with the themes it saw across cases (never a child's details). */
export const LMGMeetingRecord = t.type(
  {
    meeting: LMGMeetingReference,
    status: t.keyof({ held: null, cancelled: null }, 'a meeting status'),
    on: CalendarDate,
    agencies: t.array(Agency),
    attendeeCount: t.number,
    cancellationReason: optional(ShortText),
    themes: t.array(ShortText),
  },
  'a Locality Management Group meeting record',
);
export type LMGMeetingRecord = t.TypeOf<typeof LMGMeetingRecord>;

/** The saved form of the model: plain arrays, in the order the model holds them. */
export const DistrictState = t.type(
  { cases: t.array(TrackedCase), meetings: t.array(MeetingRecord), lmgMeetings: t.array(LMGMeetingRecord) },
  'the district hubs read model',
);
export type DistrictState = t.TypeOf<typeof DistrictState>;

/**
 * The district hubs read model, for every district at once (queries pick one).
 * Owned by one runner at a time and changed in place by the reducer: see `Projection`.
 */
export interface DistrictModel {
  readonly cases: Map<string, TrackedCase>;
  /** By meeting stream id. */
  readonly meetings: Map<string, MeetingRecord>;
  /** By group meeting stream id. */
  readonly lmgMeetings: Map<string, LMGMeetingRecord>;
}

export const emptyDistrictModel = (): DistrictModel => ({ cases: new Map(), meetings: new Map(), lmgMeetings: new Map() });
