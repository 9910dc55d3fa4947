import { termFromOrdinal, type AcademicYear } from '@send-hub/core';
import type { BoardModel } from '@send-hub/projection-board';

/** The academic years the board has figures for, oldest first: those of meetings and referrals. */
export const academicYearsIn = (model: BoardModel, termOfDate: (date: string) => number): ReadonlyArray<AcademicYear> => {
  const terms = new Set<number>();
  for (const meeting of model.meetings.values()) terms.add(meeting.term);
  for (const counted of model.cases.values()) terms.add(termOfDate(counted.referredOn));
  return [...new Set([...terms].map((term) => termFromOrdinal(term).academicYear))].sort();
};
