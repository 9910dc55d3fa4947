import type { ChainProblem } from '@send-hub/event-store';
import type { UndecodableEvent } from '@send-hub/hub';
import type { KeyProblem } from './key-problems';
import type { SealProblem } from './seal-problems';

export type RuleProblemCode = 'rule-broken' | 'not-what-the-rules-produce' | 'event-in-wrong-stream' | 'rules-not-checkable';

/** An event today's rules would not have produced, found by replaying the rules over the history. */
export interface RuleProblem {
  readonly _tag: 'RuleProblem';
  readonly code: RuleProblemCode;
  /** For `rule-broken`: the rejection code of the rule the event breaks. */
  readonly rule?: string;
  readonly streamId: string;
  readonly revision: bigint;
  readonly position: bigint;
  readonly message: string;
}

/** The running head differs from one the council published for that position. */
export interface HeadProblem {
  readonly _tag: 'HeadProblem';
  readonly code: 'published-head-differs' | 'published-head-not-reached' | 'published-head-not-sealed' | 'published-head-seal-wrong';
  readonly position: bigint;
  readonly message: string;
}

/** Global positions missing before an event, in a store that numbers its events with no gaps. */
export interface PositionProblem {
  readonly _tag: 'PositionProblem';
  readonly code: 'positions-missing';
  readonly streamId: string;
  readonly revision: bigint;
  readonly position: bigint;
  readonly message: string;
}

export type VerificationProblem = ChainProblem | UndecodableEvent | RuleProblem | HeadProblem | PositionProblem | KeyProblem | SealProblem;

type Located = { readonly streamId: string; readonly revision: bigint; readonly position: bigint };

export const ruleProblem = (code: RuleProblemCode, event: Located, message: string, rule?: string): RuleProblem => ({
  _tag: 'RuleProblem',
  code,
  ...(rule === undefined ? {} : { rule }),
  streamId: event.streamId,
  revision: event.revision,
  position: event.position,
  message: `The event at revision ${event.revision.toString()} of "${event.streamId}": ${message}`,
});
