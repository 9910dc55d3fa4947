import type { CaseTimeline, TimelineStep } from '@send-hub/audit';
import { formatInstant } from '@send-hub/audit';
import { actionOutcomes, agencies, describeMeeting, formatCalendarDate, isErased, type AgreedAction, type MeetingReference } from '@send-hub/core';
import type { Actor } from '@send-hub/event-store';
import { element, fragment, type Markup } from '@send-hub/board-report-html';
import type { SubjectAccessReport } from './subject-access-report';

const erasedNote = 'Erased: the hub no longer holds it.';

const heldValue = (value: unknown): string => (isErased(value) ? erasedNote : typeof value === 'string' ? value : 'Not readable.');

export const describeActor = (report: SubjectAccessReport, actor: Pick<Actor, 'id' | 'role' | 'agency'>): string => {
  const agency = actor.agency !== undefined && actor.agency in agencies.labels ? `, ${agencies.label(actor.agency as keyof typeof agencies.labels)}` : '';
  return `${actor.id} (${report.roleLabels[actor.role] ?? actor.role}${agency})`;
};

const meetingName = (report: SubjectAccessReport, meeting: MeetingReference): string => describeMeeting(meeting, report.districtNames[meeting.district] ?? meeting.district);

const personalDetails = (timeline: CaseTimeline): Markup => {
  const referral = timeline.steps.find((step) => step.event.type === 'Referred')?.event;
  if (referral?.type !== 'Referred') return element('p', {}, 'The referral of this case could not be read, so its personal details cannot be shown.');
  const { childName, dateOfBirth, narrative } = referral.referral.personal;
  const row = (label: string, value: string): Markup => element('tr', {}, element('th', { scope: 'row' }, label), element('td', {}, value));
  return element(
    'table',
    { class: 'details' },
    element('caption', {}, 'The child’s details as the hub holds them'),
    row('Name', heldValue(childName)),
    row('Date of birth', isErased(dateOfBirth) ? erasedNote : typeof dateOfBirth === 'string' ? formatCalendarDate(dateOfBirth) : 'Not readable.'),
    row('What the school wrote when referring', heldValue(narrative)),
    row('Pseudonymous reference', referral.referral.childReference),
  );
};

const stepItem = (report: SubjectAccessReport, step: TimelineStep): Markup =>
  element(
    'li',
    {},
    element('h4', {}, `${formatCalendarDate(step.occurredOn)}: ${step.label}`),
    element('p', {}, step.description),
    element('p', { class: 'recorded' }, `Recorded on ${formatInstant(step.recordedAt)} by ${describeActor(report, step.recordedBy)}.`),
  );

interface ActionRow {
  readonly action: AgreedAction;
  readonly agreedAt: MeetingReference;
  outcome?: { readonly label: string; readonly at: MeetingReference };
}

const actionRows = (timeline: CaseTimeline): ReadonlyArray<ActionRow> => {
  const rows = new Map<string, ActionRow>();
  for (const { event } of timeline.steps) {
    if (event.type === 'ActionsAgreed') for (const action of event.actions) rows.set(action.actionId, { action, agreedAt: event.meeting });
    if (event.type === 'Reviewed') {
      for (const { actionId, outcome } of event.outcomes) {
        const row = rows.get(actionId);
        if (row !== undefined) row.outcome = { label: actionOutcomes.label(outcome), at: event.meeting };
      }
    }
  }
  return [...rows.values()];
};

const actionsTable = (report: SubjectAccessReport, timeline: CaseTimeline): Markup => {
  const rows = actionRows(timeline);
  if (rows.length === 0) return element('p', {}, 'No actions were agreed in this case.');
  return element(
    'table',
    {},
    element('caption', {}, 'Actions agreed, and what came of them'),
    element('thead', {}, element('tr', {}, ...['Action', 'Who does it', 'Agreed at', 'What came of it'].map((heading) => element('th', { scope: 'col' }, heading)))),
    element(
      'tbody',
      {},
      ...rows.map((row) =>
        element(
          'tr',
          {},
          element('td', {}, row.action.description),
          element('td', {}, `${row.action.ownerRole}, ${agencies.label(row.action.agency)}`),
          element('td', {}, meetingName(report, row.agreedAt)),
          element('td', {}, row.outcome === undefined ? 'Not reviewed yet' : `${row.outcome.label} (reviewed at ${meetingName(report, row.outcome.at)})`),
        ),
      ),
    ),
  );
};

/** One case: the details held, every step of its history with who recorded it, and its actions with their outcomes. */
export const caseSection = (report: SubjectAccessReport, timeline: CaseTimeline, index: number): Markup => {
  const first = timeline.steps[0];
  const heading = first === undefined ? `Case ${index + 1}` : `Case ${index + 1}: referred on ${formatCalendarDate(first.occurredOn)}`;
  return element(
    'section',
    { 'aria-labelledby': `case-${index + 1}` },
    element('h2', { id: `case-${index + 1}` }, heading),
    element('p', { class: 'reference' }, `Case reference ${timeline.caseId}. Where it stands now: ${timeline.steps[timeline.steps.length - 1]?.stateAfterDescription ?? 'nothing recorded'}`),
    personalDetails(timeline),
    element('h3', {}, 'What happened, step by step'),
    element('ol', { class: 'steps' }, ...timeline.steps.map((step) => stepItem(report, step))),
    timeline.gaps.length === 0
      ? fragment()
      : element('p', { class: 'gaps' }, `${timeline.gaps.length} recorded step${timeline.gaps.length === 1 ? '' : 's'} could not be shown: ${timeline.gaps.map((gap) => gap.message).join(' ')}`),
    element('h3', {}, 'Actions and outcomes'),
    actionsTable(report, timeline),
  );
};
