import { CalendarDate, CaseId, ChildReference } from '@send-hub/core';
import { Actor } from '@send-hub/event-store';
import * as t from 'io-ts';
import { AsOf, Instant } from '../replay/as-of';

/** One step of a child's story: an event of one of the child's cases, told as the case's timeline tells it. */
export const StoryStep = t.type(
  {
    caseId: CaseId,
    /** Which of the child's cases, counted from 1 in the order they were referred. */
    caseNumber: t.number,
    occurredOn: CalendarDate,
    recordedAt: Instant,
    /** Whole days between the business date and the recording; null when the recording time is unreadable. */
    daysRecordedAfter: t.union([t.number, t.null]),
    recordedBy: Actor,
    eventType: t.string,
    /** The event's plain-English name ("Consent given"). */
    label: t.string,
    /** One sentence a family can read; names show as erased once the child's personal data is. */
    description: t.string,
    /** Where the case stood afterwards, in one line. */
    afterwards: t.string,
    /** The event's global position, in decimal digits: the order the hub recorded it in. */
    position: t.string,
  },
  'a step of a child’s story',
);
export type StoryStep = t.TypeOf<typeof StoryStep>;

/** One of the child's cases, as it stood at the story's "as of". */
export const StoryCase = t.type(
  {
    caseId: CaseId,
    caseNumber: t.number,
    referredOn: CalendarDate,
    /** The district's name, in words. */
    district: t.string,
    /** Where the case stood, in one line ("Closed: left the area."). */
    standing: t.string,
    /** Its events not shown: later than the "as of", or recorded after it. */
    stepsNotYetKnown: t.number,
    /** Events of the case that could not be read, each in words. */
    gaps: t.array(t.string),
  },
  'a case of a child’s story',
);
export type StoryCase = t.TypeOf<typeof StoryCase>;

/**
 * A child's story: every case of the child (re-referrals included) as one timeline, oldest
 * first, as the hub knows it at the "as of". The codec is the one source of the type.
 */
export const ChildStory = t.type(
  {
    childReference: ChildReference,
    /** The child's name from their latest referral shown, or null once their personal data is erased. */
    childName: t.union([t.string, t.null]),
    /** True when the name is not shown because the child's personal data was erased; false when it is shown, or when the story was told without the hub's keys (`absentPersonalDetails: 'not-held'`). */
    personalDataErased: t.boolean,
    asOf: AsOf,
    cases: t.array(StoryCase),
    /** Cases of the child referred after the "as of" (or recorded after it): not part of the story then. */
    casesNotYetKnown: t.number,
    steps: t.array(StoryStep),
  },
  'a child’s story',
);
export type ChildStory = t.TypeOf<typeof ChildStory>;

export type StoryRefusalCode = 'child-not-found' | 'story-options-invalid';

export interface StoryRefusal {
  readonly _tag: 'StoryRefusal';
  readonly code: StoryRefusalCode;
  readonly message: string;
}

export const refuseStory = (code: StoryRefusalCode, message: string): StoryRefusal => ({ _tag: 'StoryRefusal', code, message });

/** The refusal of a story asked for by something that is not a child reference. */
export const notAChildReference = (childReference: string): StoryRefusal =>
  refuseStory('story-options-invalid', `"${childReference}" is not a child reference: expected 4 to 64 letters, digits or hyphens.`);
