import { absentNameInWords, formatCalendarDate } from '@send-hub/core';
import { toJsonText } from '../json-text';
import { describeAsOf } from '../replay/as-of';
import { describeRecording } from '../replay/format-timeline';
import type { ChildStory, StoryCase } from './child-story';

const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** A name not shown was erased, or (told without the hub's keys) is not held here: `personalDataErased` says which. */
const whose = (story: ChildStory): string =>
  story.childName === null
    ? `the child ${story.childReference} (${absentNameInWords[story.personalDataErased ? 'erased' : 'not-held']})`
    : `${story.childName} (child reference ${story.childReference})`;

const describeCase = (story: ChildStory, told: StoryCase): string =>
  `Case ${told.caseNumber} of ${story.cases.length}: case ${told.caseId}, referred on ${formatCalendarDate(told.referredOn)} to the ${told.district} hub. Now: ${told.standing}`;

/** The story as text a family or an officer can read: the child's cases, then every step of every case, oldest first. */
export const formatStory = (story: ChildStory): string => {
  const lines = [`The story of ${whose(story)}: ${describeAsOf(story.asOf)}.`, ''];
  for (const told of story.cases) lines.push(describeCase(story, told));
  lines.push('');
  story.steps.forEach((step, index) => {
    const which = story.cases.length === 1 ? '' : ` (case ${step.caseNumber})`;
    lines.push(
      `${index + 1}. ${formatCalendarDate(step.occurredOn)}${which}: ${step.label}`,
      `   ${step.description}`,
      `   ${describeRecording({ ...step, daysRecordedAfter: step.daysRecordedAfter ?? undefined })}`,
      `   Afterwards: ${step.afterwards}`,
      '',
    );
  });
  const notYetKnown = story.cases.reduce((total, told) => total + told.stepsNotYetKnown, 0);
  if (notYetKnown > 0) lines.push(`${plural(notYetKnown, 'later event')} ${notYetKnown === 1 ? 'is' : 'are'} not shown: not yet happened or not yet recorded at that point.`);
  if (story.casesNotYetKnown > 0) lines.push(`${plural(story.casesNotYetKnown, 'later case')} of the child ${story.casesNotYetKnown === 1 ? 'is' : 'are'} not shown: not yet referred or not yet recorded at that point.`);
  for (const told of story.cases) for (const gap of told.gaps) lines.push(`Could not show an event of case ${told.caseNumber}: ${gap}`);
  return `${lines.join('\n').trimEnd()}\n`;
};

/** The story as JSON: the typed value as it is (positions are already decimal text). */
export const storyToJson = (story: ChildStory, indent = 2): string => toJsonText(story, indent);
