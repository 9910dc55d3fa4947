import * as t from 'io-ts';
import { exactType } from '../validation/exact-object';
import { FieldRefusal } from '../validation/field-refusal';
import { CalendarDate, formatCalendarDate } from '../values/calendar-date';
import { academicYearOf, AcademicYear, describeTerm, HalfTerm } from './academic-time';

/** One half term as a council publishes it: its first and last school days. */
export const DatedHalfTerm = exactType({ halfTerm: HalfTerm, firstDay: CalendarDate, lastDay: CalendarDate }, 'a half term with its first and last days');
export type DatedHalfTerm = t.TypeOf<typeof DatedHalfTerm>;

/** An academic year's six half terms, in order; the days between them are holidays. */
export const DatedAcademicYear = exactType(
  { academicYear: AcademicYear, halfTerms: t.array(DatedHalfTerm, 'the six half terms of the year') },
  'an academic year of dated half terms',
);
export type DatedAcademicYear = t.TypeOf<typeof DatedAcademicYear>;

const DatedYearList = t.array(DatedAcademicYear, 'a list of academic years of dated half terms');
const halfTermList = DatedAcademicYear.type.props.halfTerms;

/** Where a problem is, as io-ts context entries below the list, so a message names the field as `[0].halfTerms[2].firstDay`. */
type Step = t.ContextEntry;
type Problem = { readonly steps: ReadonlyArray<Step>; readonly explanation: string };

const yearStep = (index: number, year: DatedAcademicYear): Step => ({ key: String(index), type: DatedAcademicYear, actual: year });
const halfTermsStep = (year: DatedAcademicYear): Step => ({ key: 'halfTerms', type: halfTermList, actual: year.halfTerms });
const halfTermStep = (index: number, dated: DatedHalfTerm): Step => ({ key: String(index), type: DatedHalfTerm, actual: dated });

const problemsOfYear = (year: DatedAcademicYear, at: Step): Problem[] => {
  const problems: Problem[] = [];
  const { academicYear, halfTerms } = year;
  if (halfTerms.length !== 6) return [{ steps: [at, halfTermsStep(year)], explanation: `${academicYear} gives ${halfTerms.length} half terms, not six (Autumn 1 to Summer 2)` }];
  halfTerms.forEach((dated, index) => {
    const field = (key: string): ReadonlyArray<Step> => [at, halfTermsStep(year), halfTermStep(index, dated), { key, type: t.unknown, actual: undefined }];
    const name = describeTerm({ academicYear, halfTerm: (index + 1) as HalfTerm });
    if (dated.halfTerm !== index + 1) problems.push({ steps: field('halfTerm'), explanation: `half term ${dated.halfTerm} is in the place of ${name}: list the half terms in order, 1 to 6` });
    for (const day of ['firstDay', 'lastDay'] as const) {
      if (academicYearOf(dated[day]) !== academicYear) problems.push({ steps: field(day), explanation: `${formatCalendarDate(dated[day])} is not in the academic year ${academicYear}` });
    }
    if (dated.lastDay < dated.firstDay) problems.push({ steps: field('lastDay'), explanation: `${name} ends on ${formatCalendarDate(dated.lastDay)}, before it starts on ${formatCalendarDate(dated.firstDay)}` });
    const previous = halfTerms[index - 1];
    if (previous !== undefined && dated.firstDay <= previous.lastDay) {
      const previousName = describeTerm({ academicYear, halfTerm: index as HalfTerm });
      problems.push({ steps: field('firstDay'), explanation: `${name} starts on ${formatCalendarDate(dated.firstDay)}, before ${previousName} ends on ${formatCalendarDate(previous.lastDay)}` });
    }
  });
  return problems;
};

const problemsOfYears = (years: ReadonlyArray<DatedAcademicYear>): Problem[] =>
  years.flatMap((year, index) => {
    const earlier = years[index - 1];
    const order: Problem[] =
      earlier !== undefined && year.academicYear <= earlier.academicYear
        ? [{ steps: [yearStep(index, year), { key: 'academicYear', type: t.unknown, actual: undefined }], explanation: `${year.academicYear} comes after ${earlier.academicYear}: list each academic year once, earliest first` }]
        : [];
    return [...order, ...problemsOfYear(year, yearStep(index, year))];
  });

const isWellOrdered = (years: ReadonlyArray<DatedAcademicYear>): boolean => problemsOfYears(years).length === 0;

/**
 * Academic years of dated half terms, checked: each year once and in order, its six half
 * terms in order, each inside its academic year, ending no earlier than it starts and
 * starting after the one before ends. Each problem is refused at its own field, in words
 * (`[0].halfTerms[2].firstDay: Spring 1 2025/26 starts on 18 December 2025, before Autumn 2 2025/26 ends on 19 December 2025`).
 */
const refusal = (context: t.Context, { steps, explanation }: Problem): t.ValidationError => {
  const last = steps[steps.length - 1];
  return { value: undefined, context: [...context, ...steps.slice(0, -1), { key: last?.key ?? '', type: new FieldRefusal(explanation), actual: undefined }] };
};

// An ArrayType, so a message's path reads its entries as `[0]`, as it does for any list.
export const DatedAcademicYears = new t.ArrayType<typeof DatedAcademicYear, DatedAcademicYear[], DatedAcademicYear[], unknown>(
  'academic years of dated half terms, in order and not overlapping',
  (input): input is DatedAcademicYear[] => DatedYearList.is(input) && isWellOrdered(input),
  (input, context) => {
    const decoded = DatedYearList.validate(input, context);
    if (decoded._tag === 'Left') return decoded;
    const problems = problemsOfYears(decoded.right);
    return problems.length === 0 ? decoded : t.failures(problems.map((problem) => refusal(context, problem)));
  },
  t.identity,
  DatedAcademicYear,
);
