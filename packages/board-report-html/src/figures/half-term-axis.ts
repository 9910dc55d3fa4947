import type { TableHeading } from '@send-hub/projection-board';

/**
 * A half term on a chart's axis: its number under the column, its season once under both
 * of the season's columns, and the academic year under the season when a chart spans years.
 */
export const halfTermAxis = (column: TableHeading, academicYear: string, showYear: boolean): { readonly axisLabels: ReadonlyArray<string>; readonly name: string } => {
  const space = column.label.lastIndexOf(' ');
  const season = space < 0 ? column.label : column.label.slice(0, space);
  const number = space < 0 ? column.key : column.label.slice(space + 1);
  return { axisLabels: showYear ? [number, season, academicYear] : [number, season], name: `${column.label} ${academicYear}` };
};
