/*
 * One child's journey as an officer would type it for `send-hub record`: Oliver, Year 7 at a
 * Stafford secondary school, referred with his mother's written consent and his own views,
 * discussed at the Autumn 1 meeting with his family's views, reviewed in Autumn 2, escalated,
 * discussed by the Locality Management Group in Spring 1, and closed when the family moved away. Each command is plain JSON.
 */

import { caseId, emotionalLiteracy, parentalConsent, referral as oliversReferral, stafford, staffordGroup } from '../../../core/test/support/staffordshire-case';

export { caseId } from '../../../core/test/support/staffordshire-case';
const { actionId } = emotionalLiteracy;
const [autumn1, autumn2, spring1] = [stafford(1), stafford(2), staffordGroup(3)];
const coordinator = { agency: 'education', role: 'special educational needs coordinator' };

export const referral = {
  type: 'Refer',
  caseId,
  occurredOn: '2025-09-15',
  referral: { ...oliversReferral, needs: [{ need: 'SEMH', rank: 1 }], personal: { ...oliversReferral.personal, narrative: 'Finds the moves between lessons very hard.' } },
  consent: parentalConsent,
  views: [{ whose: 'child-or-young-person', how: 'in-person', views: 'The corridors are too loud.' }],
};

export const autumnMeeting = [
  { type: 'RecordMeeting', meeting: autumn1, heldOn: '2025-10-08', attendance: [coordinator, { agency: 'health', role: 'school nurse' }] },
  { type: 'Discuss', caseId, occurredOn: '2025-10-08', meeting: autumn1, views: [{ whose: 'family', how: 'in-person', views: 'Mornings are the hardest part of his day.' }] },
  { type: 'AgreeActions', caseId, occurredOn: '2025-10-08', meeting: autumn1, actions: [{ ...emotionalLiteracy, description: 'Weekly emotional literacy sessions.' }] },
];

export const reviewAndGroup = [
  { type: 'RecordMeeting', meeting: autumn2, heldOn: '2025-12-03', attendance: [coordinator] },
  { type: 'Review', caseId, occurredOn: '2025-12-03', meeting: autumn2, outcomes: [{ actionId, outcome: 'did-not-work' }], conclusion: 'not-working' },
  { type: 'EscalateToLMG', caseId, occurredOn: '2025-12-04', reason: 'The strategies agreed at the hub have not worked.' },
  { type: 'CancelMeeting', meeting: spring1, cancelledOn: '2026-01-12', reason: 'Snow closed the schools.' },
  { type: 'RecordLMGMeeting', meeting: spring1, heldOn: '2026-01-21', attendance: [{ agency: 'education', role: 'head of inclusion' }] },
  { type: 'DiscussAtLMG', caseId, occurredOn: '2026-01-21', meeting: spring1, outcome: 'discuss-again', reason: 'The educational psychologist’s advice is due next month.', recommendations: [] },
  { type: 'RecordLMGThemes', meeting: spring1, themes: ['Long waits for speech and language therapy.'] },
  { type: 'Close', caseId, occurredOn: '2026-02-02', reason: 'left-the-area' },
];

/** Commands one a line, as newline-delimited JSON. */
export const asLines = (commands: ReadonlyArray<unknown>): string => commands.map((command) => `${JSON.stringify(command)}\n`).join('');
