import type * as t from 'io-ts';
import { codedValues } from './coded-values';

/** National Curriculum year groups (school census codes). */
export const nationalCurriculumYears = codedValues('a National Curriculum year (N1, N2, R, Y1 to Y14)', {
  N1: 'Nursery 1',
  N2: 'Nursery 2',
  R: 'Reception',
  Y1: 'Year 1',
  Y2: 'Year 2',
  Y3: 'Year 3',
  Y4: 'Year 4',
  Y5: 'Year 5',
  Y6: 'Year 6',
  Y7: 'Year 7',
  Y8: 'Year 8',
  Y9: 'Year 9',
  Y10: 'Year 10',
  Y11: 'Year 11',
  Y12: 'Year 12',
  Y13: 'Year 13',
  Y14: 'Year 14',
});
export const NationalCurriculumYear = nationalCurriculumYears.codec;
export type NationalCurriculumYear = t.TypeOf<typeof NationalCurriculumYear>;

export const phases = codedValues('a phase of education', {
  'early-years': 'Early years',
  primary: 'Primary',
  secondary: 'Secondary',
  'post-16': 'Post-16',
});
export const Phase = phases.codec;
export type Phase = t.TypeOf<typeof Phase>;

const phaseOfYear: Readonly<Record<NationalCurriculumYear, Phase>> = {
  N1: 'early-years', N2: 'early-years', R: 'early-years',
  Y1: 'primary', Y2: 'primary', Y3: 'primary', Y4: 'primary', Y5: 'primary', Y6: 'primary',
  Y7: 'secondary', Y8: 'secondary', Y9: 'secondary', Y10: 'secondary', Y11: 'secondary',
  Y12: 'post-16', Y13: 'post-16', Y14: 'post-16',
};

export const phaseOf = (year: NationalCurriculumYear): Phase => phaseOfYear[year];

/**
 * Year 12 and above are past compulsory school age: from the last Friday of June of
 * the school year in which a young person turns 16 they consent for themselves.
 */
export const isPastCompulsorySchoolAge = (year: NationalCurriculumYear): boolean => phaseOf(year) === 'post-16';
