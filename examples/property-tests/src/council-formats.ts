import { AcademicYear, CalendarDate, halfTermLabels, type HalfTerm, type MeetingReference, type HubConfiguration } from '@send-hub/core';

/*
 * The council system's ways of writing things, both ways: the adapter reads them, and
 * the tests write them (as the council's system would) from generated journeys.
 */

/** "13/10/2025" for 13 October 2025; undefined for anything that is not a real date. */
export const dateFromCouncil = (text: string): CalendarDate | undefined => {
  const match = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  const date = match === null ? undefined : `${match[3]}-${match[2]}-${match[1]}`;
  return date !== undefined && CalendarDate.is(date) ? date : undefined;
};

export const dateForCouncil = (date: CalendarDate): string => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;

const halfTerms = Object.entries(halfTermLabels).map(([halfTerm, label]) => ({ halfTerm: Number(halfTerm) as HalfTerm, label }));

/** "Autumn 2 2025/26" at the named district's hub; undefined when the term or district is not one the hub knows. */
export const meetingFromCouncil = (meeting: { readonly district: string; readonly term: string }, configuration: HubConfiguration): MeetingReference | undefined => {
  const district = configuration.districts.find((known) => known.name === meeting.district)?.id;
  const term = halfTerms.find(({ label }) => meeting.term.startsWith(`${label} `));
  const academicYear = term === undefined ? undefined : meeting.term.slice(term.label.length + 1);
  if (district === undefined || term === undefined || academicYear === undefined || !AcademicYear.is(academicYear)) return undefined;
  return { district, academicYear, halfTerm: term.halfTerm };
};

/** A district's name as the council writes it; a district it does not know goes out under its id (and is not read back). */
export const districtForCouncil = (district: string, configuration: HubConfiguration): string =>
  configuration.districts.find((known) => known.id === district)?.name ?? district;

export const meetingForCouncil = (meeting: MeetingReference, configuration: HubConfiguration): { district: string; term: string } => ({
  district: districtForCouncil(meeting.district, configuration),
  term: `${halfTermLabels[meeting.halfTerm]} ${meeting.academicYear}`,
});

/** The code whose plain-English label the council's drop-down list shows. */
export const codeForLabel = <Code extends string>(values: { readonly codes: ReadonlyArray<Code>; readonly label: (code: Code) => string }, label: string): Code | undefined =>
  values.codes.find((code) => values.label(code) === label);
