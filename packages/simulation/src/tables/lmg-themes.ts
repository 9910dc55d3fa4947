/** Themes a Locality Management Group records across cases: about needs and services, never about one child. */
export const lmgThemes: ReadonlyArray<string> = [
  'Rising anxiety-based school avoidance in Years 8 and 9',
  'Long waits for speech and language therapy advice',
  'Moving from primary to secondary school is hard for autistic pupils',
  'Too few places for specialist outreach support',
  'Exclusions of pupils with social, emotional and mental health needs',
  'Families waiting for early help assessments',
];

export const lmgCancellationReasons: ReadonlyArray<string> = ['Too few members could attend.', 'The chair was taken ill.', 'Combined with the next meeting.'];
