import type { CalendarDate, CaseEvent, CaseEventType, CaseState } from '@send-hub/core';
import type { Actor } from '@send-hub/event-store';
import type { AsOf } from './as-of';

/** One step of a case's history, with everything a reader of the timeline needs. */
export interface TimelineStep {
  readonly revision: bigint;
  readonly position: bigint;
  readonly eventType: CaseEventType;
  /** The event's plain-English name ("Consent given"). */
  readonly label: string;
  /** One sentence a family can read. */
  readonly description: string;
  /** The business date: when it happened. */
  readonly occurredOn: CalendarDate;
  /** When the hub recorded it (the writer's clock). */
  readonly recordedAt: string;
  /** Whole days between the business date and the recording (large: recorded late); undefined if the recording time is unreadable. */
  readonly daysRecordedAfter: number | undefined;
  readonly recordedBy: Actor;
  readonly event: CaseEvent;
  readonly stateAfter: CaseState;
  readonly stateAfterDescription: string;
}

/** An event of the case's stream the timeline could not show, and why. */
export interface TimelineGap {
  readonly revision: bigint;
  readonly message: string;
}

export interface CaseTimeline {
  readonly caseId: string;
  readonly streamId: string;
  readonly asOf: AsOf;
  readonly steps: ReadonlyArray<TimelineStep>;
  /** Events left out by the "as of": later business dates, or recorded after the "as of" moment. */
  readonly stepsNotYetKnown: number;
  readonly gaps: ReadonlyArray<TimelineGap>;
  readonly finalState: CaseState;
}

export type ReplayRefusalCode = 'case-not-found' | 'replay-options-invalid';

export interface ReplayRefusal {
  readonly _tag: 'ReplayRefusal';
  readonly code: ReplayRefusalCode;
  readonly message: string;
}

export const refuseReplay = (code: ReplayRefusalCode, message: string): ReplayRefusal => ({ _tag: 'ReplayRefusal', code, message });
