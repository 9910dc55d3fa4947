import {
  halfTermOfDate,
  staffordshireConfiguration,
  termOrdinal,
  type AcademicYear,
  type CalendarDate,
  type HalfTerm,
  type HalfTermCalendar,
  type HubConfiguration,
} from '@send-hub/core';

/** Which figures: one district or the county, one half term or a whole academic year. */
export interface BoardSelection {
  /** One district; the whole county when left out. */
  readonly district?: string;
  readonly academicYear: AcademicYear;
  /** One half term; the whole academic year when left out. */
  readonly halfTerm?: HalfTerm;
}

/** The council's reference data the figures depend on (read at query time, so a change needs no rebuild). */
export interface BoardSettings {
  /** Maps the dates of referrals, consents, escalations and closures to half terms. */
  readonly calendar: HalfTermCalendar;
  /** Districts and the ethnicity major group lookup. */
  readonly configuration: HubConfiguration;
  /** The council's names for schools, by unique reference number; a school without one is shown by its number. */
  readonly schoolNames?: (urn: string) => string | undefined;
}

export const defaultBoardSettings: BoardSettings = { calendar: staffordshireConfiguration.halfTermCalendar, configuration: staffordshireConfiguration };

/**
 * The half term of each business date, by calendar: a million events share a few thousand
 * dates, and a publication builds hundreds of periods over the same calendar. The calendar is
 * reference data that is never changed in place, so what is remembered stays true.
 */
const termMemos = new WeakMap<HalfTermCalendar, Map<string, number>>();

const termMemoOf = (calendar: HalfTermCalendar): Map<string, number> => {
  let memo = termMemos.get(calendar);
  if (memo === undefined) {
    memo = new Map();
    termMemos.set(calendar, memo);
  }
  return memo;
};

/** The selected period as a range of half term numbers. */
export class BoardPeriod {
  readonly first: number;
  readonly last: number;
  private readonly termOfDateMemo: Map<string, number>;

  constructor(
    selection: BoardSelection,
    private readonly calendar: HalfTermCalendar,
  ) {
    this.first = termOrdinal({ academicYear: selection.academicYear, halfTerm: selection.halfTerm ?? 1 });
    this.last = termOrdinal({ academicYear: selection.academicYear, halfTerm: selection.halfTerm ?? 6 });
    this.termOfDateMemo = termMemoOf(calendar);
  }

  termOfDate(date: CalendarDate): number {
    let term = this.termOfDateMemo.get(date);
    if (term === undefined) {
      term = termOrdinal(halfTermOfDate(this.calendar, date));
      this.termOfDateMemo.set(date, term);
    }
    return term;
  }

  containsTerm(term: number): boolean {
    return term >= this.first && term <= this.last;
  }

  containsDate(date: CalendarDate | null | undefined): boolean {
    return date !== null && date !== undefined && this.containsTerm(this.termOfDate(date));
  }
}

/** A count out of a total, with the percentage when the total is not zero. */
export interface Ratio {
  readonly numerator: number;
  readonly denominator: number;
  /** Rounded to one decimal place; null when the denominator is zero. */
  readonly percentage: number | null;
}

export const ratio = (numerator: number, denominator: number): Ratio => ({
  numerator,
  denominator,
  percentage: denominator === 0 ? null : Math.round((numerator / denominator) * 1000) / 10,
});
