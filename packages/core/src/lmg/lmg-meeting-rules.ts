/** Every rule the Locality Management Group's meeting decider enforces, by stable code, in plain English. */
export const lmgMeetingRules = {
  'lmg-meeting-already-recorded': 'Each Locality Management Group meeting is recorded once, as held or as cancelled.',
  'district-unknown': 'Each of the council’s districts has its Locality Management Group; there is none for another district.',
  'lmg-meeting-off-cadence': 'A Locality Management Group meeting is named by its half term or its month, as the council’s cadence says.',
  'lmg-meeting-date-outside-period': 'A Locality Management Group meeting is held or cancelled within its own half term or month, on a school day under the council’s term dates, never in a holiday.',
  'no-attendance': 'A meeting records at least one attending professional.',
  'themes-at-meeting-not-held': 'Themes are recorded for a Locality Management Group meeting that was held.',
  'themes-invalid': 'At least one theme is recorded, and no theme twice at one meeting.',
} as const;

export type LMGMeetingRejectionCode = keyof typeof lmgMeetingRules;

export interface LMGMeetingRejection {
  readonly _tag: 'LMGMeetingRejection';
  readonly code: LMGMeetingRejectionCode;
  readonly message: string;
  readonly meetingId: string;
}
