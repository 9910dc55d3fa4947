import type { BoardReport } from '@send-hub/projection-board';

/** The county or one district, with its reports in academic year order. */
export interface Place {
  readonly name: string;
  readonly district: string | undefined;
  readonly reports: ReadonlyArray<BoardReport>;
}

const titlePrefix = 'Inclusion and SEND Partnership Board report: ';

/** The place a report covers, as its title names it ("Staffordshire County Council", "Tamworth district"). */
export const placeName = (report: BoardReport): string => {
  const suffix = `, ${report.academicYear}`;
  if (report.title.startsWith(titlePrefix) && report.title.endsWith(suffix)) return report.title.slice(titlePrefix.length, report.title.length - suffix.length);
  const row = report.measures[0]?.table.rows;
  return report.district !== undefined && row?.length === 1 && row[0] !== undefined ? `${row[0].label} district` : 'The county';
};

/** Reports grouped by place, the county first, then the districts in the order first given. */
export const placesOf = (reports: ReadonlyArray<BoardReport>): ReadonlyArray<Place> => {
  const byPlace = new Map<string, BoardReport[]>();
  for (const report of reports) {
    const key = report.district ?? '';
    byPlace.set(key, [...(byPlace.get(key) ?? []), report]);
  }
  const keys = [...byPlace.keys()].sort((left, right) => (left === '' ? -1 : right === '' ? 1 : 0));
  return keys.map((key) => {
    const placed = [...(byPlace.get(key) ?? [])].sort((left, right) => left.academicYear.localeCompare(right.academicYear));
    return { name: placed[0] === undefined ? key : placeName(placed[0]), district: key === '' ? undefined : key, reports: placed };
  });
};

export const yearSpan = (reports: ReadonlyArray<BoardReport>): string => {
  const years = [...new Set(reports.map((report) => report.academicYear))].sort();
  const first = years[0];
  const last = years[years.length - 1];
  return first === undefined ? '' : first === last ? first : `${first} to ${last}`;
};
