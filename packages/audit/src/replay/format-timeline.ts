import { agencies, formatCalendarDate } from '@send-hub/core';
import type { Actor } from '@send-hub/event-store';
import { toJsonText } from '../json-text';
import { describeAsOf, formatInstant } from './as-of';
import type { CaseTimeline, TimelineStep } from './case-timeline';

/** Steps recorded more than this many days after they happened are marked, so a reader sees what the hub learnt late. */
const lateAfterDays = 7;

/** A role or agency in words: "hub-coordinator" reads "hub coordinator", "social-care" "social care". */
const inWords = (code: string): string => (agencies.codec.is(code) ? agencies.label(code) : code.replace(/-/g, ' ')).toLowerCase();

const describeActor = (actor: Actor): string => `${actor.id} (${inWords(actor.role)}${actor.agency === undefined ? '' : `, ${inWords(actor.agency)}`})`;

/** "Recorded on 3 October 2025 at 09:15 UTC by officer-2 (hub-coordinator, education).", marked when recorded late. */
export const describeRecording = (step: Pick<TimelineStep, 'recordedAt' | 'daysRecordedAfter' | 'recordedBy'>): string => {
  const late = step.daysRecordedAfter !== undefined && step.daysRecordedAfter > lateAfterDays ? ` (${step.daysRecordedAfter} days after it happened)` : '';
  return `Recorded on ${formatInstant(step.recordedAt)}${late} by ${describeActor(step.recordedBy)}.`;
};

const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** The timeline as text a family or an officer can read, one numbered step per event. */
export const formatTimeline = (timeline: CaseTimeline): string => {
  const lines = [`History of case ${timeline.caseId}: ${describeAsOf(timeline.asOf)}.`, ''];
  if (timeline.steps.length === 0) lines.push('Nothing had happened in this case by then.', '');
  timeline.steps.forEach((step, index) => {
    lines.push(
      `${index + 1}. ${formatCalendarDate(step.occurredOn)}: ${step.label}`,
      `   ${step.description}`,
      `   ${describeRecording(step)}`,
      `   Afterwards: ${step.stateAfterDescription}`,
      '',
    );
  });
  if (timeline.stepsNotYetKnown > 0) {
    lines.push(`${plural(timeline.stepsNotYetKnown, 'later event')} ${timeline.stepsNotYetKnown === 1 ? 'is' : 'are'} not shown: not yet happened or not yet recorded at that point.`);
  }
  for (const gap of timeline.gaps) lines.push(`Could not show the event at revision ${gap.revision.toString()}: ${gap.message}`);
  return `${lines.join('\n').trimEnd()}\n`;
};

/** The timeline as JSON (revisions and positions as decimal strings). */
export const timelineToJson = (timeline: CaseTimeline, indent = 2): string => toJsonText(timeline, indent);
