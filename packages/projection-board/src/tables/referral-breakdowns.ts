import { districtName, nationalCurriculumYears, type AcademicYear } from '@send-hub/core';
import type { BoardCase, BoardModel } from '../board-model';
import { casesIn } from '../figures/board-figures';
import { BoardPeriod, type BoardSettings } from '../figures/board-selection';
import type { CountTable, TableHeading } from '../publication/count-table';

const yearlyColumn: ReadonlyArray<TableHeading> = [{ key: 'year', label: 'Referrals' }];

/** The referrals of each row over the period, as a table of one column. */
const referralsByRow = (cases: Iterable<BoardCase>, rows: ReadonlyArray<TableHeading>, rowOf: (counted: BoardCase) => string, period: BoardPeriod): number[][] => {
  const counts = new Map(rows.map((row) => [row.key, 0]));
  for (const counted of cases) {
    if (!period.containsDate(counted.referredOn)) continue;
    const row = rowOf(counted);
    const count = counts.get(row);
    if (count !== undefined) counts.set(row, count + 1);
  }
  return rows.map((row) => [counts.get(row.key) ?? 0]);
};

export interface PlaceRequest {
  readonly academicYear: AcademicYear;
  /** One district's cases; the county's when left out. */
  readonly district?: string;
  /** "Staffordshire County Council" or "Tamworth district", for the title. */
  readonly where: string;
}

const yearOf = (request: PlaceRequest, settings: BoardSettings) => new BoardPeriod({ academicYear: request.academicYear }, settings.calendar);

/**
 * Every year group, labelled with its phase, and its referrals over the year. The phases' own
 * figures are those of the equity table by phase; each is the sum of its year groups.
 */
export const referralsByYearGroupTable = (model: BoardModel, request: PlaceRequest, settings: BoardSettings): CountTable => {
  const rows = nationalCurriculumYears.codes.map((code) => ({ key: code, label: nationalCurriculumYears.label(code) }));
  return {
    title: `Referrals by year group, ${request.where}, ${request.academicYear}`,
    rowHeading: 'Year group at referral',
    rows,
    columns: yearlyColumn,
    counts: referralsByRow(casesIn(model, request.district), rows, (counted) => counted.yearGroup, yearOf(request, settings)),
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
  return `${name}, ${districtName(settings.configuration, school.district)}`;
};

/** Referrals by referring school over the year: the county's table lists every district's schools. */
export const referralsBySchoolTable = (model: BoardModel, request: PlaceRequest, schools: ReadonlyArray<DistrictSchool>, settings: BoardSettings): CountTable => {
  const rows = schools.map((school) => ({ key: schoolRowKey(school), label: schoolLabel(school, settings, request.district === undefined) }));
  return {
    title: `Referrals by school, ${request.where}, ${request.academicYear}`,
    rowHeading: 'School',
    rows,
    columns: yearlyColumn,
    counts: referralsByRow(casesIn(model, request.district), rows, (counted) => schoolRowKey({ district: counted.district, school: counted.school }), yearOf(request, settings)),
  };
};
