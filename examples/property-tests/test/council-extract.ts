import {
  actionOutcomes,
  agencies,
  closureReasons,
  consentForms,
  consentGivers,
  lmgOutcomes,
  reviewConclusions,
  viewsHolders,
  waysViewsWereHeard,
  type CaseCommand,
  type HeardViews,
  type HubConfiguration,
} from '@send-hub/core';
import { dateForCouncil, districtForCouncil, meetingForCouncil } from '../src/council-formats';
import type { CouncilRecord } from '../src/council-records';

const enteredBy = { userName: 'jpatel', jobTitle: 'SEND caseworker' };

const voicesFor = (views: ReadonlyArray<HeardViews> | undefined) =>
  views === undefined ? {} : { voices: views.map((heard) => ({ whose: viewsHolders.label(heard.whose), heard: waysViewsWereHeard.label(heard.how), said: String(heard.views) })) };

/** What the council's system holds for one hub command: the inverse of the adapter's reading, written the council's way. */
export const councilRecordFor = (command: CaseCommand, recordNumber: number, configuration: HubConfiguration): CouncilRecord => {
  const common = { recordNumber, hubCaseId: command.caseId, date: dateForCouncil(command.occurredOn), enteredBy };
  switch (command.type) {
    case 'Refer': {
      const { referral } = command;
      return {
        ...common,
        activity: 'REFERRAL',
        district: districtForCouncil(referral.district, configuration),
        school: referral.school,
        pupil: {
          reference: referral.childReference,
          name: String(referral.personal.childName),
          dateOfBirth: dateForCouncil(String(referral.personal.dateOfBirth)),
          yearGroup: referral.yearGroup,
          sex: referral.sex,
          ethnicity: referral.ethnicity,
          pupilPremium: referral.pupilPremium,
        },
        senStatus: referral.senProvision,
        needs: referral.needs.map((need) => ({ code: need.need, primary: need.rank === 1 })),
        cyclesCompleted: referral.assessPlanDoReviewCycles,
        concerns: String(referral.personal.narrative),
        consent: {
          from: consentGivers.label(command.consent.givenBy),
          how: consentForms.label(command.consent.form),
          date: dateForCouncil(command.consent.givenOn),
          ...(command.consent.youngPersonLacksCapacity === undefined ? {} : { youngPersonLacksCapacity: command.consent.youngPersonLacksCapacity }),
        },
        ...voicesFor(command.views),
      };
    }
    case 'RecordConsent':
      return {
        ...common,
        activity: 'CONSENT',
        from: consentGivers.label(command.givenBy),
        how: consentForms.label(command.form),
        ...(command.youngPersonLacksCapacity === undefined ? {} : { youngPersonLacksCapacity: command.youngPersonLacksCapacity }),
      };
    case 'WithdrawConsent':
      return { ...common, activity: 'CONSENT WITHDRAWN', from: consentGivers.label(command.withdrawnBy) };
    case 'Discuss':
      return { ...common, activity: 'HUB DISCUSSION', meeting: meetingForCouncil(command.meeting, configuration), ...voicesFor(command.views) };
    case 'AgreeActions':
      return {
        ...common,
        activity: 'ACTIONS AGREED',
        meeting: meetingForCouncil(command.meeting, configuration),
        actions: command.actions.map((action) => ({ reference: action.actionId, action: action.description, agency: agencies.label(action.agency), owner: action.ownerRole })),
      };
    case 'Review':
      return {
        ...common,
        activity: 'REVIEW',
        meeting: meetingForCouncil(command.meeting, configuration),
        outcomes: command.outcomes.map((outcome) => ({ reference: outcome.actionId, outcome: actionOutcomes.label(outcome.outcome) })),
        conclusion: reviewConclusions.label(command.conclusion),
        ...voicesFor(command.views),
      };
    case 'RecordViews':
      return {
        ...common,
        activity: 'VOICE',
        whose: viewsHolders.label(command.whose),
        heard: waysViewsWereHeard.label(command.how),
        said: String(command.views),
        ...(command.meeting === undefined ? {} : { meeting: meetingForCouncil(command.meeting, configuration) }),
      };
    case 'EscalateToLMG':
      return { ...common, activity: 'ESCALATION', reason: command.reason };
    case 'DiscussAtLMG': {
      if (!('halfTerm' in command.meeting)) throw new Error('The council’s system records group meetings by half term.');
      return {
        ...common,
        activity: 'GROUP DISCUSSION',
        meeting: meetingForCouncil(command.meeting, configuration),
        outcome: lmgOutcomes.label(command.outcome),
        reason: command.reason,
        recommendations: [...command.recommendations],
      };
    }
    case 'RecordMove':
      return {
        ...common,
        activity: 'MOVE',
        newSchool: command.school,
        ...(command.district === undefined ? {} : { newDistrict: districtForCouncil(command.district, configuration) }),
        ...(command.yearGroup === undefined ? {} : { yearGroup: command.yearGroup }),
      };
    case 'Close':
      return { ...common, activity: 'CLOSURE', reason: closureReasons.label(command.reason) };
  }
};

/** A night's extract: the commands of several journeys as records numbered in the order they were entered. */
export const councilExtractFor = (commands: ReadonlyArray<CaseCommand>, configuration: HubConfiguration): CouncilRecord[] =>
  commands.map((command, index) => councilRecordFor(command, index + 1, configuration));
