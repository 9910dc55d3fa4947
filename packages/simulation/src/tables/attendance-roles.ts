import type { Agency } from '@send-hub/core';

/*
 * Who comes to a hub meeting. Education is always there (the coordinating officer and
 * the special educational needs coordinators of the schools bringing cases); social care
 * and health most of the time; another agency now and then.
 */

export interface AgencyAttendance {
  readonly agency: Agency;
  /** How often the agency sends anyone. */
  readonly probability: number;
  /** Roles it may send; one to `maximumAttendees` of them come. */
  readonly roles: ReadonlyArray<string>;
  readonly maximumAttendees: number;
}

export const coordinatorRole = 'Effective Practice Development Officer';
export const schoolCoordinatorRole = 'special educational needs coordinator';
/** How many school coordinators come, at most (they come for their own school's cases). */
export const maximumSchoolCoordinators = 4;

export const agencyAttendance: ReadonlyArray<AgencyAttendance> = [
  { agency: 'education', probability: 1, roles: ['educational psychologist', 'inclusion officer', 'specialist teacher', 'education welfare officer'], maximumAttendees: 2 },
  { agency: 'social-care', probability: 0.8, roles: ['family support worker', 'early help coordinator', 'social worker'], maximumAttendees: 2 },
  { agency: 'health', probability: 0.75, roles: ['school nurse', 'community paediatrician', 'speech and language therapist', 'mental health practitioner'], maximumAttendees: 2 },
  { agency: 'other', probability: 0.25, roles: ['voluntary sector family worker', 'police school liaison officer', 'parent carer forum representative'], maximumAttendees: 1 },
];

/** Why a meeting did not take place. */
export const cancellationReasons: ReadonlyArray<string> = [
  'Too few professionals could attend; the cases are carried to the next meeting.',
  'The venue was closed because of severe weather.',
  'The coordinating officer was ill and no cover could be found.',
  'The meeting clashed with a county training day; the cases wait for the next meeting.',
];
