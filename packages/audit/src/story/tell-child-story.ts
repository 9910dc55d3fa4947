import { ChildReference, districtName, isErased, staffordshireConfiguration, type CaseEvent } from '@send-hub/core';
import type { EventStore } from '@send-hub/event-store';
import { formatValidationErrors } from '@send-hub/hub';
import { either as E } from 'fp-ts';
import { AsOf } from '../replay/as-of';
import type { CaseTimeline } from '../replay/case-timeline';
import { replayCase, type ReplayOptions } from '../replay/replay-case';
import { notAChildReference, refuseStory, type ChildStory, type StoryCase, type StoryRefusal, type StoryStep } from './child-story';

type Referral = Extract<CaseEvent, { readonly type: 'Referred' }>;

const referralOf = (timeline: CaseTimeline): Referral | undefined => {
  const first = timeline.steps[0]?.event;
  return first?.type === 'Referred' ? first : undefined;
};

/** The steps of one case's timeline as steps of the child's story. */
const storyStepsOf = (timeline: CaseTimeline, caseNumber: number): ReadonlyArray<StoryStep> =>
  timeline.steps.map((step) => ({
    caseId: timeline.caseId,
    caseNumber,
    occurredOn: step.occurredOn,
    recordedAt: step.recordedAt,
    daysRecordedAfter: step.daysRecordedAfter ?? null,
    recordedBy: step.recordedBy,
    eventType: step.eventType,
    label: step.label,
    description: step.description,
    afterwards: step.stateAfterDescription,
    position: step.position.toString(),
  }));

/** Oldest first by business date; on one day, in the order the hub recorded them. */
const inStoryOrder = (left: StoryStep, right: StoryStep): number =>
  left.occurredOn === right.occurredOn ? Number(BigInt(left.position) - BigInt(right.position)) : left.occurredOn < right.occurredOn ? -1 : 1;

/**
 * A child's story: every case given (the child's cases, found by the caller) replayed
 * through `store` with the same "as of", and told as one timeline, oldest first. Read it
 * through the personal-data layer to see names; after erasure they show as erased. A case
 * referred after the "as of" is left out and counted. Refused as a value when the reference
 * or the "as of" is malformed, or when no case of the child is known at the "as of".
 */
export const tellChildStory = async (
  store: EventStore,
  childReference: string,
  caseIds: ReadonlyArray<string>,
  options: ReplayOptions = {},
): Promise<E.Either<StoryRefusal, ChildStory>> => {
  if (!ChildReference.is(childReference)) return E.left(notAChildReference(childReference));
  const asOf = AsOf.decode(options.asOf ?? {});
  if (E.isLeft(asOf)) return E.left(refuseStory('story-options-invalid', `The "as of" is not valid: ${formatValidationErrors(asOf.left)}.`));
  const configuration = options.configuration ?? staffordshireConfiguration;
  const known: Array<{ readonly timeline: CaseTimeline; readonly referral: Referral }> = [];
  let casesNotYetKnown = 0;
  for (const caseId of caseIds) {
    const timeline = await replayCase(store, caseId, { ...options, asOf: asOf.right });
    if (E.isLeft(timeline)) {
      // A case the caller found but the store does not hold tells nothing of the child.
      if (timeline.left.code === 'case-not-found') continue;
      return E.left(refuseStory('story-options-invalid', timeline.left.message));
    }
    const referral = referralOf(timeline.right);
    if (referral === undefined) casesNotYetKnown += 1;
    else known.push({ timeline: timeline.right, referral });
  }
  if (known.length === 0) {
    const when = casesNotYetKnown === 0 ? '' : ' by then';
    return E.left(refuseStory('child-not-found', `The hub had no case of the child ${childReference}${when}.`));
  }
  known.sort((left, right) => (left.referral.occurredOn === right.referral.occurredOn ? 0 : left.referral.occurredOn < right.referral.occurredOn ? -1 : 1));
  const cases: StoryCase[] = known.map(({ timeline, referral }, index) => ({
    caseId: timeline.caseId,
    caseNumber: index + 1,
    referredOn: referral.occurredOn,
    district: districtName(configuration, referral.referral.district),
    standing: timeline.steps.at(-1)?.stateAfterDescription ?? '',
    stepsNotYetKnown: timeline.stepsNotYetKnown,
    gaps: timeline.gaps.map((gap) => gap.message),
  }));
  const latestName = known.at(-1)?.referral.referral.personal.childName;
  const erased = latestName === undefined || isErased(latestName);
  return E.right({
    childReference,
    childName: erased ? null : latestName,
    // Read without the hub's keys, a name not given may be erased or may stay with the council: the story claims neither.
    personalDataErased: erased && (options.absentPersonalDetails ?? 'erased') === 'erased',
    asOf: asOf.right,
    cases,
    casesNotYetKnown,
    steps: known.flatMap(({ timeline }, index) => storyStepsOf(timeline, index + 1)).sort(inStoryOrder),
  });
};
