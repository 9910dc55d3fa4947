/**
 * The words generated records are made of: children's names, schools' narratives, and
 * the actions a hub agrees with their owners. Shared so that a seeded generator of
 * one's own (the benchmarks' journeys) writes records that read like the arbitraries'.
 */
export const sampleFirstNames: ReadonlyArray<string> = ['Amelia', 'Oliver', 'Priya', 'Kai', 'Jordan', 'Zainab', 'Harry', 'Maja', 'Tomasz', 'Ellie', 'Ravi', 'Chloe'];

export const sampleFamilyNames: ReadonlyArray<string> = ['Smith', 'Khan', 'Jones', 'Nowak', 'Patel', 'Taylor', "O'Neill", 'Okafor', 'Brown', 'Wright'];

export const sampleNarratives: ReadonlyArray<string> = [
  'Finds transitions between lessons very hard and has left class several times this half term.',
  'Struggles with reading and spelling despite two cycles of targeted support.',
  'Anxious about attending school; attendance has fallen to 70 per cent.',
  'Limited speech; uses signs and pictures to communicate.',
  'Hearing aids fitted last year; still misses instructions in a noisy classroom.',
];

export const sampleActionDescriptions: ReadonlyArray<string> = [
  'Weekly emotional literacy support sessions with a trained assistant.',
  'Visual timetable and a quiet space to use at transitions.',
  'Referral to the speech and language therapy service.',
  'Educational psychologist to observe in class and advise staff.',
  'Early help assessment with the family.',
];

export const sampleOwnerRoles: ReadonlyArray<string> = ['special educational needs coordinator', 'class teacher', 'educational psychologist', 'school nurse', 'family support worker'];
