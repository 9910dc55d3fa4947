import type { ReferralDetails } from '@send-hub/core';
import type { HubWriter } from './hub-writer';

export const alexCase = '11111111-1111-4111-8111-111111111111';
export const samCase = '22222222-2222-4222-8222-222222222222';
const actionOne = 'a0000000-0000-4000-8000-000000000001';
const actionTwo = 'a0000000-0000-4000-8000-000000000002';

const tamworth = (halfTerm: 1 | 2) => ({ district: 'tamworth', academicYear: '2025/26', halfTerm });

export const alexReferral: ReferralDetails = {
  childReference: 'child-alex',
  district: 'tamworth',
  school: '123456',
  yearGroup: 'Y5',
  senProvision: 'K',
  needs: [{ need: 'SEMH', rank: 1 }],
  sex: 'M',
  ethnicity: 'WBRI',
  pupilPremium: true,
  assessPlanDoReviewCycles: 2,
  personal: { childName: 'Alex Morgan', dateOfBirth: '2015-03-02', narrative: 'Finds the move between lessons hard.' },
};

const samReferral: ReferralDetails = {
  ...alexReferral,
  childReference: 'child-sam',
  yearGroup: 'Y12',
  senProvision: 'E',
  needs: [{ need: 'ASD', rank: 1 }, { need: 'SLCN', rank: 2 }],
  sex: 'F',
  ethnicity: 'APKN',
  pupilPremium: false,
  personal: { childName: 'Sam Patel', dateOfBirth: '2008-07-14', narrative: 'Anxious about college.' },
};

/** The consent each school obtained before it referred: Alex's parent's, and Sam's own (she is in Year 12). */
export const alexConsent = { givenBy: 'parent-or-carer', form: 'written', givenOn: '2025-09-12' } as const;
export const samConsent = { givenBy: 'young-person', form: 'verbal', givenOn: '2025-09-16' } as const;
/** What each child said when the hub asked: personal data, encrypted with the child's key. */
export const alexViews = { whose: 'child-or-young-person', how: 'in-person', views: 'I like the quiet room at lunch; the corridors are too loud.' } as const;
export const samViews = { whose: 'child-or-young-person', how: 'written', views: 'I want to stay on my course and need help with the noise in the canteen.' } as const;

/**
 * Two children's journeys, written through the real command handlers: Alex is referred,
 * discussed, given actions that are reviewed as not working (the review recorded
 * late) and escalated; Sam, past compulsory school age, consents for herself. Each
 * referral comes with its consent, and each child's own views are heard a few days later.
 */
export const writeAlexAndSam = async (hub: HubWriter): Promise<void> => {
  await hub.case({ type: 'Refer', caseId: alexCase, occurredOn: '2025-09-15', referral: alexReferral, consent: alexConsent }, '2025-09-15T10:00:00.000Z');
  await hub.case({ type: 'Refer', caseId: samCase, occurredOn: '2025-09-16', referral: samReferral, consent: samConsent }, '2025-09-16T11:30:00.000Z');
  await hub.case({ type: 'RecordViews', caseId: alexCase, occurredOn: '2025-09-18', ...alexViews }, '2025-09-18T14:00:00.000Z');
  await hub.case({ type: 'RecordViews', caseId: samCase, occurredOn: '2025-09-19', ...samViews }, '2025-09-19T09:00:00.000Z');
  await hub.meeting(
    { type: 'RecordMeeting', meeting: tamworth(1), heldOn: '2025-10-08', attendance: [{ agency: 'education', role: 'special educational needs coordinator' }, { agency: 'health', role: 'school nurse' }] },
    '2025-10-08T16:00:00.000Z',
  );
  await hub.case({ type: 'Discuss', caseId: alexCase, occurredOn: '2025-10-08', meeting: tamworth(1) }, '2025-10-08T16:05:00.000Z');
  await hub.case({ type: 'Discuss', caseId: samCase, occurredOn: '2025-10-08', meeting: tamworth(1) }, '2025-10-08T16:06:00.000Z');
  await hub.case(
    {
      type: 'AgreeActions',
      caseId: alexCase,
      occurredOn: '2025-10-08',
      meeting: tamworth(1),
      actions: [
        { actionId: actionOne, description: 'Visual timetable for every lesson', agency: 'education', ownerRole: 'class teacher' },
        { actionId: actionTwo, description: 'Weekly check-in with the school nurse', agency: 'health', ownerRole: 'school nurse' },
      ],
    },
    '2025-10-08T16:10:00.000Z',
  );
  // Reviewed at the meeting of 26 November, but only recorded on 20 December.
  await hub.case(
    {
      type: 'Review',
      caseId: alexCase,
      occurredOn: '2025-11-26',
      meeting: tamworth(2),
      outcomes: [{ actionId: actionOne, outcome: 'did-not-work' }, { actionId: actionTwo, outcome: 'partly-worked' }],
      conclusion: 'not-working',
    },
    '2025-12-20T09:00:00.000Z',
  );
  await hub.case({ type: 'EscalateToLMG', caseId: alexCase, occurredOn: '2025-12-01', reason: 'The strategies have not helped Alex settle.' }, '2025-12-21T09:00:00.000Z');
};
