import {
  caseStreamId,
  checkNoOpenCase,
  checkOvertakable,
  childStreamId,
  consentNotRecordedAtReferral,
  meetingNamedBy,
  recordedLMGMeetingOf,
  recordedMeetingOf,
  createLMGMeetingDecider,
  lmgMeetingStreamId,
  type LMGMeetingDecider,
  type LMGMeetingState,
  createCaseDecider,
  createMeetingDecider,
  erasureStreamId,
  meetingStreamId,
  type CaseCommand,
  type CaseDecider,
  type CaseState,
  type Decider,
  type HubConfiguration,
  type MeetingDecider,
  type MeetingState,
  type WithRecordedMeeting,
} from '@send-hub/core';
import { canonicalJson } from '@send-hub/event-store';
import type { HubEnvelope, HubEvent } from '@send-hub/hub';
import { either as E } from 'fp-ts';
import { commandForCaseEvent, commandForLMGMeetingEvent, commandForMeetingEvent } from './rule-replay-commands';
import { ruleProblem, type RuleProblem } from './verification-problems';

type Located = HubEnvelope['recorded'];

const homeStreamOf = (event: HubEvent): string => {
  if (event.type === 'PersonalDataErased') return erasureStreamId(event.childReference);
  if (event.type === 'ReferralStarted') return childStreamId(event.childReference);
  if (event.type === 'MeetingHeld' || event.type === 'MeetingCancelled') return meetingStreamId(event.meeting);
  if (event.type === 'LMGMeetingHeld' || event.type === 'LMGMeetingCancelled' || event.type === 'LMGThemesRecorded') return lmgMeetingStreamId(event.meeting);
  return caseStreamId(event.caseId);
};

/** The top-level fields where the recorded event and the one the rules produce differ. */
const differingFields = (recorded: object, produced: object): ReadonlyArray<string> => {
  const keys = [...new Set([...Object.keys(recorded), ...Object.keys(produced)])].sort();
  const field = (record: object, key: string): string => {
    const value = (record as Record<string, unknown>)[key];
    return value === undefined ? '' : canonicalJson(value);
  };
  return keys.filter((key) => field(recorded, key) !== field(produced, key));
};

const withoutField = <Value extends object>(value: Value, field: string): Value => {
  const copy = { ...value } as Record<string, unknown>;
  delete copy[field];
  return copy as Value;
};

/** The rules only a replay of a whole history can find, beside the deciders' own. */
export const historyRules = {
  'referral-without-consent':
    'A school refers a child only with consent already given; a referral recorded before consent came with it (an older history) is counted here, its consent read from the later “Consent given” event.',

} as const;

/**
 * A referral of schema version 1 came before its consent: today a school refers only with
 * consent. Reported once per such referral, as its own rule, so an auditor can count the old
 * histories apart from real breaches; the rest of the history is checked as usual.
 */
const referralWithoutConsent = (recorded: Located): RuleProblem =>
  ruleProblem(
    'rule-broken',
    recorded,
    'the referral was recorded before consent came with a referral (schema version 1): today a school refers a child only with consent already given, so this case’s consent, if any, is the later “Consent given” event.',
    'referral-without-consent',
  );

/** Runs the command that would produce `event` through the decider on the state before it; a problem if the rules disagree. */
const replayDecision = <Command, Event extends object, State, Rejection extends { readonly code: string; readonly message: string }>(
  decider: Decider<Command, Event, State, Rejection>,
  command: Command,
  state: State,
  event: Event,
  recorded: Located,
  /** A field the recorded event and the produced one are not compared on. */
  uncompared?: string,
): RuleProblem | undefined => {
  const decision = decider.decide(command, state);
  if (E.isLeft(decision)) return ruleProblem('rule-broken', recorded, `today's rules refuse it. ${decision.left.message}`, decision.left.code);
  const [decided, ...more] = decision.right;
  const produced = decided === undefined || uncompared === undefined ? decided : withoutField(decided, uncompared);
  if (uncompared !== undefined) event = withoutField(event, uncompared);
  if (produced === undefined || more.length > 0) {
    return ruleProblem('not-what-the-rules-produce', recorded, `the rules would record ${decision.right.length} events for it, not one.`);
  }
  // One comparison of the whole event in the usual case; the field-by-field one only to explain a difference.
  if (canonicalJson(event) === canonicalJson(produced)) return undefined;
  const differing = differingFields(event, produced);
  return differing.length === 0
    ? undefined
    : ruleProblem('not-what-the-rules-produce', recorded, `it differs from what the rules would record in: ${differing.join(', ')}.`);
};

/**
 * Rule replay over a whole store: keeps each case's and meeting's state as the
 * history unfolds, and checks every event against today's deciders. Events the
 * rules refuse are still folded in (evolution is total), so one bad event does not
 * hide the checks of the events after it.
 */
export class RuleReplay {
  private readonly caseDecider: CaseDecider;
  private readonly meetingDecider: MeetingDecider;
  private readonly cases = new Map<string, CaseState>();
  private readonly meetings = new Map<string, MeetingState>();
  private readonly lmgMeetingDecider: LMGMeetingDecider;
  private readonly lmgMeetings = new Map<string, LMGMeetingState>();
  private readonly configuration: HubConfiguration;
  private readonly unchecked = new Set<string>();
  /** Each child's referred cases, by stream: read from the cases themselves, so histories with no child stream are checked too. */
  private readonly casesOfChild = new Map<string, ReadonlyArray<string>>();

  constructor(configuration: HubConfiguration) {
    this.caseDecider = createCaseDecider(configuration);
    this.meetingDecider = createMeetingDecider(configuration);
    this.lmgMeetingDecider = createLMGMeetingDecider(configuration);
    this.configuration = configuration;
  }

  /** After an event of a stream cannot be read, the stream's state is unknown: its later events are not rule-checked. */
  stopChecking(streamId: string): void {
    this.unchecked.add(streamId);
  }

  check({ event, recorded }: HubEnvelope): ReadonlyArray<RuleProblem> {
    if (this.unchecked.has(recorded.streamId)) return [];
    const home = homeStreamOf(event);
    if (home !== recorded.streamId) {
      return [ruleProblem('event-in-wrong-stream', recorded, `it is a ${event.type} event that belongs in "${home}".`)];
    }
    try {
      return this.replay(event, recorded);
    } catch (error) {
      this.stopChecking(recorded.streamId);
      return [ruleProblem('rules-not-checkable', recorded, `the rules could not be run on it (${(error as Error).message}); later events of this stream are not checked.`)];
    }
  }

  private replay(event: HubEvent, recorded: Located): ReadonlyArray<RuleProblem> {
    switch (event.type) {
      case 'PersonalDataErased':
      case 'ReferralStarted':
        return [];
      case 'ReferralOvertaken': {
        const state = this.cases.get(recorded.streamId) ?? this.caseDecider.initialState;
        const allowed = checkOvertakable(state, event.caseId);
        this.cases.set(recorded.streamId, this.caseDecider.evolve(state, event));
        return E.isLeft(allowed) ? [ruleProblem('rule-broken', recorded, `today's rules refuse it. ${allowed.left.message}`, allowed.left.code)] : [];
      }
      case 'MeetingHeld':
      case 'MeetingCancelled': {
        const state = this.meetings.get(recorded.streamId) ?? this.meetingDecider.initialState;
        const problem = replayDecision(this.meetingDecider, commandForMeetingEvent(event), state, event, recorded);
        this.meetings.set(recorded.streamId, this.meetingDecider.evolve(state, event));
        return problem === undefined ? [] : [problem];
      }
      case 'LMGMeetingHeld':
      case 'LMGMeetingCancelled':
      case 'LMGThemesRecorded': {
        const state = this.lmgMeetings.get(recorded.streamId) ?? this.lmgMeetingDecider.initialState;
        const problem = replayDecision(this.lmgMeetingDecider, commandForLMGMeetingEvent(event), state, event, recorded);
        this.lmgMeetings.set(recorded.streamId, this.lmgMeetingDecider.evolve(state, event));
        return problem === undefined ? [] : [problem];
      }
      default: {
        const state = this.cases.get(recorded.streamId) ?? this.caseDecider.initialState;
        const secondOpen = event.type === 'Referred' ? this.secondOpenCase(event.caseId, event.referral.childReference, recorded) : undefined;
        const withoutConsent = event.type === 'Referred' && event.consent === consentNotRecordedAtReferral;
        // Such a referral is replayed as if consented that day, and compared without its consent.
        const problem = replayDecision(this.caseDecider, this.toldOfItsMeeting(commandForCaseEvent(event)), state, event, recorded, withoutConsent ? 'consent' : undefined);
        this.cases.set(recorded.streamId, this.caseDecider.evolve(state, event));
        return [...(withoutConsent ? [referralWithoutConsent(recorded)] : []), ...(secondOpen === undefined ? [] : [secondOpen]), ...(problem === undefined ? [] : [problem])];
      }
    }
  }

  /** A referral of a child who has another case still open breaks the child's rule of one open case at a time. */
  private secondOpenCase(caseId: string, childReference: string, recorded: Located): RuleProblem | undefined {
    const known = this.casesOfChild.get(childReference) ?? [];
    if (!known.includes(recorded.streamId)) this.casesOfChild.set(childReference, [...known, recorded.streamId]);
    const open = known
      .filter((streamId) => streamId !== recorded.streamId)
      .map((streamId) => this.cases.get(streamId))
      .find((state) => state !== undefined && state.status === 'open' && state.childReference === childReference);
    if (open === undefined || open.status !== 'open') return undefined;
    const refused = checkNoOpenCase(this.configuration, caseId, open);
    return E.isLeft(refused) ? ruleProblem('rule-broken', recorded, `today's rules refuse it. ${refused.left.message}`, refused.left.code) : undefined;
  }

  /**
   * The case command with what its meeting had recorded by then, as the hub's case handler
   * gives it: a meeting recorded later tells nothing. The meeting's stream was read before
   * the case's, so the store's order has the meeting first.
   */
  private toldOfItsMeeting(command: CaseCommand): WithRecordedMeeting<CaseCommand> {
    const named = meetingNamedBy(command);
    if (named === undefined) return command;
    const recordedMeeting =
      command.type === 'DiscussAtLMG'
        ? recordedLMGMeetingOf(this.lmgMeetings.get(named.streamId) ?? this.lmgMeetingDecider.initialState, command.meeting)
        : recordedMeetingOf(this.meetings.get(named.streamId) ?? this.meetingDecider.initialState);
    return { ...command, recordedMeeting };
  }
}
