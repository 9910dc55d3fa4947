import {
  actionOutcomes,
  agencies,
  CaseCommand,
  closureReasons,
  lmgOutcomes,
  consentForms,
  consentGivers,
  reviewConclusions,
  viewsHolders,
  waysViewsWereHeard,
  type Agency,
  type CalendarDate,
  type HubConfiguration,
  type MeetingReference,
} from '@send-hub/core';
import { describeValidationErrors, type Actor } from '@send-hub/event-store';
import { either as E } from 'fp-ts';
import { codeForLabel, dateFromCouncil, meetingFromCouncil } from './council-formats';
import type { CouncilRecord } from './council-records';

/** The adapter's one rule, stated the way the hub states its own. */
export const adapterRules = {
  'record-not-understood': 'The adapter sends a record only when it can read all of it; it never guesses.',
} as const;

export interface RecordNotUnderstood {
  readonly code: keyof typeof adapterRules;
  readonly message: string;
}

export interface MappedRecord {
  readonly command: CaseCommand;
  readonly actor: Actor;
}

export const describeRecord = (record: Pick<CouncilRecord, 'recordNumber' | 'activity' | 'date'>): string => `Record ${record.recordNumber} (${record.activity} of ${record.date})`;

/** Reads a record's fields, noting each it cannot read instead of stopping at the first, so one message names them all. */
class FieldReader {
  readonly problems: string[] = [];

  date(text: string, field: string): CalendarDate {
    return this.known(dateFromCouncil(text), `${field} "${text}" is not a date written dd/mm/yyyy`, '1970-01-01');
  }

  district(name: string, configuration: HubConfiguration): string {
    return this.known(configuration.districts.find((known) => known.name === name)?.id, `the district "${name}" is not one of ${configuration.councilName}'s district hubs`, '');
  }

  meeting(meeting: { readonly district: string; readonly term: string }, configuration: HubConfiguration): MeetingReference {
    const found = meetingFromCouncil(meeting, configuration);
    return this.known(found, `the meeting "${meeting.term}" of "${meeting.district}" is not a half term of one of ${configuration.councilName}'s district hubs`, { district: '', academicYear: '', halfTerm: 1 });
  }

  label<Code extends string>(values: { readonly codes: ReadonlyArray<Code>; readonly label: (code: Code) => string }, text: string, field: string): Code {
    const choices = values.codes.map((code) => `"${values.label(code)}"`).join(', ');
    return this.known(codeForLabel(values, text), `${field} "${text}" is not one of ${choices}`, values.codes[0] as Code);
  }

  private known<Value>(value: Value | undefined, problem: string, stand: Value): Value {
    if (value !== undefined) return value;
    this.problems.push(problem);
    return stand;
  }
}

/** The views a record carries, each read from the system's labels. */
const voicesOf = (record: { readonly voices?: ReadonlyArray<{ whose: string; heard: string; said: string }> }, read: FieldReader) =>
  record.voices === undefined
    ? {}
    : { views: record.voices.map((voice) => ({ whose: read.label(viewsHolders, voice.whose, 'whose views'), how: read.label(waysViewsWereHeard, voice.heard, 'views heard'), views: voice.said })) };

/** The command the record stands for, before the hub's codec checks it: codes and identifiers are passed on as they are. */
const candidateOf = (record: CouncilRecord, read: FieldReader, configuration: HubConfiguration): unknown => {
  const caseId = record.hubCaseId;
  const occurredOn = read.date(record.date, 'the date');
  switch (record.activity) {
    case 'REFERRAL': {
      const { pupil } = record;
      return {
        type: 'Refer',
        caseId,
        occurredOn,
        referral: {
          childReference: pupil.reference,
          district: read.district(record.district, configuration),
          school: record.school,
          yearGroup: pupil.yearGroup,
          senProvision: record.senStatus,
          needs: record.needs.map((need) => ({ need: need.code, rank: need.primary ? 1 : 2 })),
          sex: pupil.sex,
          ethnicity: pupil.ethnicity,
          pupilPremium: pupil.pupilPremium,
          assessPlanDoReviewCycles: record.cyclesCompleted,
          personal: { childName: pupil.name, dateOfBirth: read.date(pupil.dateOfBirth, 'the date of birth'), narrative: record.concerns },
        },
        consent: {
          givenBy: read.label(consentGivers, record.consent.from, 'consent from'),
          form: read.label(consentForms, record.consent.how, 'consent given as'),
          givenOn: read.date(record.consent.date, 'the consent date'),
          ...(record.consent.youngPersonLacksCapacity === undefined ? {} : { youngPersonLacksCapacity: record.consent.youngPersonLacksCapacity }),
        },
        ...voicesOf(record, read),
      };
    }
    case 'CONSENT': {
      const capacity = record.youngPersonLacksCapacity === undefined ? {} : { youngPersonLacksCapacity: record.youngPersonLacksCapacity };
      return { type: 'RecordConsent', caseId, occurredOn, givenBy: read.label(consentGivers, record.from, 'consent from'), form: read.label(consentForms, record.how, 'consent given as'), ...capacity };
    }
    case 'CONSENT WITHDRAWN':
      return { type: 'WithdrawConsent', caseId, occurredOn, withdrawnBy: read.label(consentGivers, record.from, 'consent withdrawn by') };
    case 'HUB DISCUSSION':
      return { type: 'Discuss', caseId, occurredOn, meeting: read.meeting(record.meeting, configuration), ...voicesOf(record, read) };
    case 'ACTIONS AGREED':
      return {
        type: 'AgreeActions',
        caseId,
        occurredOn,
        meeting: read.meeting(record.meeting, configuration),
        actions: record.actions.map((action) => ({ actionId: action.reference, description: action.action, agency: read.label(agencies, action.agency, 'the agency'), ownerRole: action.owner })),
      };
    case 'REVIEW':
      return {
        type: 'Review',
        caseId,
        occurredOn,
        meeting: read.meeting(record.meeting, configuration),
        outcomes: record.outcomes.map((outcome) => ({ actionId: outcome.reference, outcome: read.label(actionOutcomes, outcome.outcome, 'the outcome') })),
        conclusion: read.label(reviewConclusions, record.conclusion, 'the conclusion'),
        ...voicesOf(record, read),
      };
    case 'VOICE':
      return {
        type: 'RecordViews',
        caseId,
        occurredOn,
        whose: read.label(viewsHolders, record.whose, 'whose views'),
        how: read.label(waysViewsWereHeard, record.heard, 'views heard'),
        views: record.said,
        ...(record.meeting === undefined ? {} : { meeting: read.meeting(record.meeting, configuration) }),
      };
    case 'ESCALATION':
      return { type: 'EscalateToLMG', caseId, occurredOn, reason: record.reason };
    case 'GROUP DISCUSSION':
      return {
        type: 'DiscussAtLMG',
        caseId,
        occurredOn,
        meeting: read.meeting(record.meeting, configuration),
        outcome: read.label(lmgOutcomes, record.outcome, 'the group’s outcome'),
        reason: record.reason,
        recommendations: record.recommendations,
      };
    case 'MOVE':
      return {
        type: 'RecordMove',
        caseId,
        occurredOn,
        school: record.newSchool,
        ...(record.newDistrict === undefined ? {} : { district: read.district(record.newDistrict, configuration) }),
        ...(record.yearGroup === undefined ? {} : { yearGroup: record.yearGroup }),
      };
    case 'CLOSURE':
      return { type: 'Close', caseId, occurredOn, reason: read.label(closureReasons, record.reason, 'the reason for closing') };
  }
};

const notUnderstood = (record: CouncilRecord, problems: ReadonlyArray<string>): E.Either<RecordNotUnderstood, never> =>
  E.left({ code: 'record-not-understood', message: `${describeRecord(record)}: ${problems.join('; ')}. ${adapterRules['record-not-understood']}` });

/**
 * One council record as the hub command it stands for, with the worker who entered it
 * as the actor. Labels, names and dates are read here; census codes and identifiers are
 * checked by the hub's own command codec, whose problems name the field and the value.
 */
export const commandForRecord = (record: CouncilRecord, configuration: HubConfiguration, agency: Agency): E.Either<RecordNotUnderstood, MappedRecord> => {
  const read = new FieldReader();
  const candidate = candidateOf(record, read, configuration);
  if (read.problems.length > 0) return notUnderstood(record, read.problems);
  const command = CaseCommand.decode(candidate);
  if (E.isLeft(command)) return notUnderstood(record, describeValidationErrors(command.left));
  // The source system is named in the actor's id, so the hub's history says where each event came from.
  return E.right({ command: command.right, actor: { id: `case-management:${record.enteredBy.userName}`, role: record.enteredBy.jobTitle, agency } });
};
