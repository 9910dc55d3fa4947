import { halfTermLabel, nationalCurriculumYears, phaseOf, phases, type AcademicYear, type HalfTerm } from '@send-hub/core';
import type { BoardCase, BoardModel } from '../board-model';
import { casesIn } from '../figures/board-figures';
import { BoardPeriod, type BoardSettings } from '../figures/board-selection';
import type { CountTable, TableHeading } from '../publication/count-table';

const halfTerms: ReadonlyArray<HalfTerm> = [1, 2, 3, 4, 5, 6];
const halfTermColumns: ReadonlyArray<TableHeading> = halfTerms.map((halfTerm) => ({ key: String(halfTerm), label: halfTermLabel(halfTerm) }));
const yearlyColumn: ReadonlyArray<TableHeading> = [{ key: 'year', label: 'Referrals' }];

/** The referrals of a place in each half term of the year, `termOf` each case's half term number. */
const referralsByRow = (cases: Iterable<BoardCase>, rows: ReadonlyArray<TableHeading>, rowOf: (counted: BoardCase) => string, period: BoardPeriod, columns: 'half-terms' | 'year'): number[][] => {
  const counts = new Map(rows.map((row) => [row.key, columns === 'year' ? [0] : halfTerms.map(() => 0)]));
  for (const counted of cases) {
    const term = period.termOfDate(counted.referredOn);
    if (!period.containsTerm(term)) continue;
    const line = counts.get(rowOf(counted));
    if (line === undefined) continue;
    const column = columns === 'year' ? 0 : term - period.first;
    line[column] = (line[column] ?? 0) + 1;
  }
  return rows.map((row) => counts.get(row.key) ?? []);
};

export interface PlaceRequest {
  readonly academicYear: AcademicYear;
  /** One district's cases; the county's when left out. */
  readonly district?: string;
  /** "Staffordshire County Council" or "Tamworth district", for the title. */
  readonly where: string;
}

const yearOf = (request: PlaceRequest, settings: BoardSettings) => new BoardPeriod({ academicYear: request.academicYear }, settings.calendar);

/** Referrals by phase of education (from the year group at referral) and half term. */
export const referralsByPhaseTable = (model: BoardModel, request: PlaceRequest, settings: BoardSettings): CountTable => {
  const rows = phases.codes.map((code) => ({ key: code, label: phases.label(code) }));
  return {
    title: `Referrals by phase of education and half term, ${request.where}, ${request.academicYear}`,
    rowHeading: 'Phase of education',
    rows,
    columns: halfTermColumns,
    counts: referralsByRow(casesIn(model, request.district), rows, (counted) => phaseOf(counted.yearGroup), yearOf(request, settings), 'half-terms'),
  };
};

/** Every year group, labelled with its phase, and its referrals over the year. */
export const referralsByYearGroupTable = (model: BoardModel, request: PlaceRequest, settings: BoardSettings): CountTable => {
  const rows = nationalCurriculumYears.codes.map((code) => ({ key: code, label: `${nationalCurriculumYears.label(code)} (${phases.label(phaseOf(code)).toLowerCase()})` }));
  return {
    title: `Referrals by year group, ${request.where}, ${request.academicYear}`,
    rowHeading: 'Year group at referral',
    rows,
    columns: yearlyColumn,
    counts: referralsByRow(casesIn(model, request.district), rows, (counted) => counted.yearGroup, yearOf(request, settings), 'year'),
  };
};

/** A school of a district: the same school referring to two districts' hubs is a row in each. */
export interface DistrictSchool {
  readonly district: string;
  readonly school: string;
}

const schoolRowKey = ({ district, school }: DistrictSchool): string => `${district} ${school}`;

/**
 * Every school that has referred to the place's hubs in any year, by district and then
 * reference number: a school with no referral this year is listed with a true zero, so
 * whether a school appears tells nobody whether it referred a child this year.
 */
export const schoolsOf = (model: BoardModel, district: string | undefined, settings: BoardSettings): DistrictSchool[] => {
  const order = new Map(settings.configuration.districts.map((known, index) => [known.id, index]));
  const seen = new Map<string, DistrictSchool>();
  for (const counted of casesIn(model, district)) {
    const school = { district: counted.district, school: counted.school };
    seen.set(schoolRowKey(school), school);
  }
  return [...seen.values()].sort((left, right) => (order.get(left.district) ?? 0) - (order.get(right.district) ?? 0) || left.school.localeCompare(right.school));
};

/** How a school is named: by the council's list of schools where it has one, otherwise by reference number. */
export const schoolLabel = (school: DistrictSchool, settings: BoardSettings, withDistrict: boolean): string => {
  const name = settings.schoolNames?.(school.school) ?? `School ${school.school}`;
  if (!withDistrict) return name;
  const district = settings.configuration.districts.find((known) => known.id === school.district)?.name ?? school.district;
  return `${name}, ${district}`;
};

/** Referrals by referring school over the year: the county's table lists every district's schools. */
export const referralsBySchoolTable = (model: BoardModel, request: PlaceRequest, schools: ReadonlyArray<DistrictSchool>, settings: BoardSettings): CountTable => {
  const rows = schools.map((school) => ({ key: schoolRowKey(school), label: schoolLabel(school, settings, request.district === undefined) }));
  return {
    title: `Referrals by school, ${request.where}, ${request.academicYear}`,
    rowHeading: 'School',
    rows,
    columns: yearlyColumn,
    counts: referralsByRow(casesIn(model, request.district), rows, (counted) => schoolRowKey({ district: counted.district, school: counted.school }), yearOf(request, settings), 'year'),
  };
};
