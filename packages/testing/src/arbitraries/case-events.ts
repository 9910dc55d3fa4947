import type { CaseCommand, CaseCommandOf, CaseEvent, CaseEventOf } from '@send-hub/core';
import { consentNotRecordedAtReferral, staffordshireConfiguration } from '@send-hub/core';
import * as fc from 'fast-check';
import { calendarDate } from './academic-time';
import { caseId, childReference, schoolUrn } from './identifiers';
import { plainRecord } from './plain-record';
import { districtId, nationalCurriculumYear } from './reference-data';
import {
  agreeActionsCommand,
  closeCommand,
  discussAtLMGCommand,
  discussCommand,
  escalateToLMGCommand,
  recordConsentCommand,
  recordViewsCommand,
  referCommand,
  reviewCommand,
  withdrawConsentCommand,
  type CaseMessageOptions,
} from './case-commands';

/*
 * Each event arbitrary is the matching command's with the event's name: the data of
 * an event is the data of the command that caused it. These events are decodable,
 * not necessarily ones the rules would accept (that is what makes them useful for
 * testing that readers never throw); valid histories come from `validCaseHistory`.
 */

const renamed = <Type extends CaseEvent['type']>(type: Type) => <Command extends CaseCommand>(command: Command) => ({ ...withoutViews(command), type });

/** Views that came with a command are events of their own, not a field of the command's event. */
const withoutViews = <Command extends CaseCommand>(command: Command): Omit<Command, 'views'> => {
  const { views: _views, ...rest } = command as Command & { views?: unknown };
  return rest;
};

/** A referral with its consent, or (one in five) a referral of schema version 1, upcast: no consent recorded with it. */
export const referredEvent = (options: CaseMessageOptions = {}): fc.Arbitrary<CaseEventOf<'Referred'>> =>
  fc.tuple(referCommand({ ...options, mayBeErased: true }), fc.nat({ max: 4 })).map(([command, choice]) => ({
    ...withoutViews(command),
    type: 'Referred' as const,
    consent: choice === 0 ? consentNotRecordedAtReferral : { ...command.consent, youngPersonLacksCapacity: command.consent.youngPersonLacksCapacity ?? false },
  }));

export const viewsHeardEvent = (options: CaseMessageOptions = {}): fc.Arbitrary<CaseEventOf<'ViewsHeard'>> =>
  fc
    .tuple(recordViewsCommand({ ...options, mayBeErased: true }), childReference())
    .map(([command, child]) => ({ ...command, type: 'ViewsHeard' as const, childReference: child }));

export const consentGivenEvent = (options: CaseMessageOptions = {}): fc.Arbitrary<CaseEventOf<'ConsentGiven'>> =>
  recordConsentCommand(options).map((command: CaseCommandOf<'RecordConsent'>) => ({
    ...command,
    type: 'ConsentGiven' as const,
    youngPersonLacksCapacity: command.youngPersonLacksCapacity ?? false,
  }));

export const consentWithdrawnEvent = (options: CaseMessageOptions = {}): fc.Arbitrary<CaseEventOf<'ConsentWithdrawn'>> =>
  withdrawConsentCommand(options).map(renamed('ConsentWithdrawn'));

export const discussedEvent = (options: CaseMessageOptions = {}): fc.Arbitrary<CaseEventOf<'Discussed'>> =>
  discussCommand(options).map(renamed('Discussed'));

export const actionsAgreedEvent = (options: CaseMessageOptions = {}): fc.Arbitrary<CaseEventOf<'ActionsAgreed'>> =>
  agreeActionsCommand(options).map(renamed('ActionsAgreed'));

export const reviewedEvent = (options: CaseMessageOptions = {}): fc.Arbitrary<CaseEventOf<'Reviewed'>> =>
  reviewCommand(options).map(renamed('Reviewed'));

export const escalatedToLMGEvent = (options: CaseMessageOptions = {}): fc.Arbitrary<CaseEventOf<'EscalatedToLMG'>> =>
  escalateToLMGCommand(options).map(renamed('EscalatedToLMG'));

export const discussedAtLMGEvent = (options: CaseMessageOptions = {}): fc.Arbitrary<CaseEventOf<'DiscussedAtLMG'>> =>
  discussAtLMGCommand(options).map(renamed('DiscussedAtLMG'));

/** A move between any two places of the configuration's districts (the same one, now and then): valid as data, not checked against a case. */
export const childMovedEvent = (options: CaseMessageOptions = {}): fc.Arbitrary<CaseEventOf<'ChildMoved'>> => {
  const district = options.district === undefined ? districtId(options.configuration ?? staffordshireConfiguration) : fc.constant(options.district);
  const place = plainRecord({ school: schoolUrn(), district });
  return fc
    .tuple(options.caseId === undefined ? caseId() : fc.constant(options.caseId), calendarDate(options.dates), place, place, nationalCurriculumYear())
    .map(([id, occurredOn, from, to, yearGroup]) => ({ type: 'ChildMoved' as const, caseId: id, occurredOn, from, to, yearGroup }));
};

export const caseClosedEvent = (options: CaseMessageOptions = {}): fc.Arbitrary<CaseEventOf<'CaseClosed'>> =>
  closeCommand(options).map(renamed('CaseClosed'));

/** A case's stream closed to a referral that another referral of the child overtook. */
export const referralOvertakenEvent = (options: CaseMessageOptions = {}): fc.Arbitrary<CaseEventOf<'ReferralOvertaken'>> =>
  fc.tuple(closeCommand(options), caseId()).map(([{ caseId: overtaken, occurredOn }, overtakenBy]) => ({ type: 'ReferralOvertaken' as const, caseId: overtaken, occurredOn, overtakenBy }));

/** Any decodable case event, each type equally likely. */
export const caseEvent = (options: CaseMessageOptions = {}): fc.Arbitrary<CaseEvent> =>
  fc.oneof(
    referredEvent(options),
    consentGivenEvent(options),
    consentWithdrawnEvent(options),
    discussedEvent(options),
    actionsAgreedEvent(options),
    reviewedEvent(options),
    viewsHeardEvent(options),
    escalatedToLMGEvent(options),
    discussedAtLMGEvent(options),
    childMovedEvent(options),
    caseClosedEvent(options),
    referralOvertakenEvent(options),
  );
