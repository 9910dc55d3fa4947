import { AcademicYear, CalendarDate, HalfTerm, type HubConfiguration, type MeetingReference } from '@send-hub/core';
import { either as E } from 'fp-ts';
import { problem, type Problem } from './problem-details';

const invalid = (name: string, value: string, expected: string): Problem =>
  problem('query-invalid', `The query parameter "${name}" must be ${expected}, but was "${value}".`, { parameter: name, value });

const missing = (name: string, expected: string): Problem =>
  problem('query-invalid', `The query parameter "${name}" is missing: give ${expected}.`, { parameter: name });

const meetingWritten = 'an academic year and a half term from 1 to 6, written like 2025/26:3';

/** A district's own meeting, from a parameter written `2025/26:3` (Spring 1 of 2025/26). */
export const meetingParameter = (url: URL, name: string, district: string): E.Either<Problem, MeetingReference | undefined> => {
  const value = url.searchParams.get(name);
  if (value === null) return E.right(undefined);
  const [year = '', term = ''] = value.split(':');
  const academicYear = AcademicYear.decode(year);
  const halfTerm = HalfTerm.decode(/^\d$/.test(term) ? Number(term) : term);
  if (E.isLeft(academicYear) || E.isLeft(halfTerm)) return E.left(invalid(name, value, meetingWritten));
  return E.right({ district, academicYear: academicYear.right, halfTerm: halfTerm.right });
};

/** An optional parameter made required: absent is a problem that says what to give. */
const required = <Value>(found: E.Either<Problem, Value | undefined>, name: string, expected: string): E.Either<Problem, Value> =>
  E.isLeft(found) ? found : found.right === undefined ? E.left(missing(name, expected)) : E.right(found.right);

export const requiredMeetingParameter = (url: URL, name: string, district: string): E.Either<Problem, MeetingReference> =>
  required(meetingParameter(url, name, district), name, meetingWritten);

export const dateParameter = (url: URL, name: string): E.Either<Problem, CalendarDate | undefined> => {
  const value = url.searchParams.get(name);
  if (value === null) return E.right(undefined);
  const date = CalendarDate.decode(value);
  return E.isLeft(date) ? E.left(invalid(name, value, 'a date written YYYY-MM-DD')) : E.right(date.right);
};

export const requiredDateParameter = (url: URL, name: string): E.Either<Problem, CalendarDate> => required(dateParameter(url, name), name, 'a date written YYYY-MM-DD');

export const academicYearParameter = (url: URL, name: string): E.Either<Problem, AcademicYear> => {
  const value = url.searchParams.get(name);
  const year = AcademicYear.decode(value);
  const expected = 'an academic year written like 2025/26';
  if (value === null) return E.left(missing(name, expected));
  return E.isLeft(year) ? E.left(invalid(name, value, expected)) : E.right(year.right);
};

export const wholeNumberParameter = (url: URL, name: string, largest: number): E.Either<Problem, number | undefined> => {
  const value = url.searchParams.get(name);
  if (value === null) return E.right(undefined);
  return /^\d{1,6}$/.test(value) && Number(value) <= largest ? E.right(Number(value)) : E.left(invalid(name, value, `a whole number from 0 to ${largest}`));
};

/** One of the council's districts, named by id; a district in the path that is not one is not found. */
export const knownDistrict = (configuration: HubConfiguration, district: string): E.Either<Problem, string> =>
  configuration.districts.some((known) => known.id === district)
    ? E.right(district)
    : E.left(problem('not-found', `There is no district hub "${district}" in ${configuration.councilName}. The districts are: ${configuration.districts.map((known) => known.id).join(', ')}.`));

/** True when the client asked for text (Accept: text/plain) rather than JSON: the plain-English forms are for people. */
const firstAccepted = (accept: string | undefined): string | undefined => (accept ?? '').split(',')[0]?.split(';')[0]?.trim().toLowerCase();

export const wantsText = (accept: string | undefined): boolean => firstAccepted(accept) === 'text/plain';

/** A spreadsheet's CSV (`Accept: text/csv`). */
export const wantsCsv = (accept: string | undefined): boolean => firstAccepted(accept) === 'text/csv';
