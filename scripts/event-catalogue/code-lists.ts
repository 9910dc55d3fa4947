import {
  actionOutcomes,
  agencies,
  broadAreaOf,
  broadAreas,
  closureReasons,
  lmgCadences,
  lmgOutcomes,
  consentForms,
  consentGivers,
  defaultEthnicityMajorGroupLookup,
  defaultHalfTermCalendar,
  District,
  ethnicities,
  ethnicityMajorGroups,
  HalfTerm,
  halfTermLabels,
  isPastCompulsorySchoolAge,
  nationalCurriculumYears,
  needTypes,
  phaseOf,
  phases,
  reviewConclusions,
  senProvisions,
  sexes,
  staffordshireDistricts,
  statutoryAgencies,
  type HalfTerm as HalfTermNumber,
} from '@send-hub/core';
import type { CodecShape } from './codec-fields';

/** A list of codes with their plain-English labels, and the codec that checks a field holds one of them. */
export interface CodeList {
  readonly title: string;
  readonly about: string;
  /** The codec of a field that holds one of these codes; a field with this codec links here. */
  readonly codec: CodecShape;
  readonly headings: ReadonlyArray<string>;
  readonly rows: ReadonlyArray<ReadonlyArray<string>>;
}

interface Coded {
  readonly codec: CodecShape;
  readonly codes: ReadonlyArray<string>;
  readonly label: (code: never) => string;
}

const labelled = <List extends Coded>(title: string, about: string, list: List, more: { readonly headings: ReadonlyArray<string>; readonly cells: (code: List['codes'][number]) => ReadonlyArray<string> } = { headings: [], cells: () => [] }): CodeList => ({
  title,
  about,
  codec: list.codec,
  headings: ['Code', 'Label', ...more.headings],
  rows: list.codes.map((code) => [code, (list.label as (code: string) => string)(code), ...more.cells(code)]),
});

const yesOrNo = (value: boolean): string => (value ? 'yes' : 'no');

const halfTerms = Object.entries(halfTermLabels) as Array<[string, string]>;
const starts = defaultHalfTermCalendar.starts;
const defaultStarts: Readonly<Record<HalfTermNumber, string>> = { 1: '09-01', 2: starts.autumn2, 3: starts.spring1, 4: starts.spring2, 5: starts.summer1, 6: starts.summer2 };

/** The reference data of the default configuration, in the order the catalogue shows it. */
export const referenceCodeLists: ReadonlyArray<CodeList> = [
  {
    title: 'Districts',
    about:
      'The district hubs of the default configuration (Staffordshire). Districts are configuration, not code: a council lists its own in its `HubConfiguration`, and the deciders refuse any other.',
    codec: District.props.id,
    headings: ['District id', 'Name'],
    rows: staffordshireDistricts.map((district) => [district.id, district.name]),
  },
  labelled('Year groups', 'National Curriculum years (school census codes), with the phase each belongs to. From Year 12 a young person is past compulsory school age and consents for themselves.', nationalCurriculumYears, {
    headings: ['Phase', 'Past compulsory school age'],
    cells: (year) => [phases.label(phaseOf(year)), yesOrNo(isPastCompulsorySchoolAge(year))],
  }),
  labelled('Phases', 'Phases of education, as the board groups year groups.', phases),
  labelled('Special educational needs provision', 'What support the child has (school census).', senProvisions),
  labelled('Types of need', 'Types of special educational need (school census), with the broad area of need each belongs to. A referral ranks them: 1 is the primary need, 2 a secondary need.', needTypes, {
    headings: ['Broad area'],
    cells: (need) => [broadAreas.label(broadAreaOf(need))],
  }),
  labelled('Broad areas of need', 'The four broad areas of need of the SEND code of practice (2015), and unclassified for OTH and NSA.', broadAreas),
  labelled('Ethnicity', 'Ethnicity main codes (school census), with the major group of the default lookup. Councils may supply their own lookup in the hub configuration. REFU and NOBT are never imputed.', ethnicities, {
    headings: ['Major group (default lookup)'],
    cells: (code) => [ethnicityMajorGroups.label(defaultEthnicityMajorGroupLookup[code])],
  }),
  labelled('Ethnicity major groups', 'The groups the board reports ethnicity in.', ethnicityMajorGroups),
  labelled('Sex', 'Sex codes (school census).', sexes),
  labelled('Agencies', 'The agencies that attend hub meetings and own actions.', agencies, {
    headings: ['Counted as a statutory agency for multi-agency working'],
    cells: (agency) => [yesOrNo(statutoryAgencies.includes(agency))],
  }),
  {
    title: 'Half terms',
    about: 'Half terms are numbered 1 to 6 in stored events. The start days are those of the default half term calendar; councils set their own.',
    codec: HalfTerm,
    headings: ['Number', 'Label', 'Starts on (default calendar, MM-DD)'],
    rows: halfTerms.map(([number, label]) => [number, label, defaultStarts[Number(number) as HalfTermNumber]]),
  },
];

/** The words of the hub's own process: who consents and how, outcomes, conclusions, closures. */
export const caseVocabularyCodeLists: ReadonlyArray<CodeList> = [
  labelled('Who gave consent', 'Who gave or withdrew consent for a referral.', consentGivers),
  labelled('How consent was given', 'A school may refer only with written or verbal consent.', consentForms),
  labelled('Action outcomes', 'What a review found for each agreed action.', actionOutcomes),
  labelled('Review conclusions', 'What a review concluded for the case as a whole.', reviewConclusions),
  labelled('Reasons for closing', 'Why a case was closed.', closureReasons),
  labelled('Locality Management Group outcomes', 'What the group decided for a case it discussed: back to the hub sends it back for new actions, to discuss again keeps it waiting on the group, every other outcome ends the hub’s work and closes the case.', lmgOutcomes),
  labelled('Locality Management Group cadences', 'How often each district’s group meets (configuration).', lmgCadences),
];
