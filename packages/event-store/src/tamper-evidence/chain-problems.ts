import type { RecordedEvent } from '../port/recorded-event';

export type ChainProblemCode = 'hash-missing' | 'revision-out-of-sequence' | 'chain-broken' | 'content-changed' | 'unreadable-event' | 'metadata-not-covered';

/** Something wrong with the hash chain, named by stream and revision so an auditor can find it. */
export interface ChainProblem {
  readonly _tag: 'ChainProblem';
  readonly code: ChainProblemCode;
  readonly streamId: string;
  readonly revision: bigint;
  readonly position: bigint;
  readonly message: string;
}

type Located = Pick<RecordedEvent, 'streamId' | 'revision' | 'position' | 'type'>;

const problem = (code: ChainProblemCode, event: Located, message: string): ChainProblem => ({
  _tag: 'ChainProblem',
  code,
  streamId: event.streamId,
  revision: event.revision,
  position: event.position,
  message,
});

const where = (event: Located): string => `The event at revision ${event.revision.toString()} of "${event.streamId}" (${event.type})`;

export const hashMissing = (event: Located): ChainProblem =>
  problem('hash-missing', event, `${where(event)} has no hash: it was written without the tamper-evidence layer, or its hash was removed.`);

export const unreadableEvent = (event: Located, reason: string): ChainProblem =>
  problem('unreadable-event', event, `${where(event)} cannot be read, so its hash cannot be checked: ${reason}`);

export const revisionOutOfSequence = (event: Located, expected: bigint): ChainProblem =>
  problem(
    'revision-out-of-sequence',
    event,
    event.revision > expected
      ? `${where(event)} ${expected === 0n ? 'is the first of its stream' : `follows revision ${(expected - 1n).toString()}`}: ` +
          `${describeMissing(expected, event.revision)} missing (deleted, or the history was cut).`
      : `${where(event)} comes after revision ${(expected - 1n).toString()}: events are out of order or repeated.`,
  );

const describeMissing = (from: bigint, to: bigint): string =>
  to - from === 1n ? `revision ${from.toString()} is` : `revisions ${from.toString()} to ${(to - 1n).toString()} are`;

export const chainBroken = (event: Located): ChainProblem =>
  problem(
    'chain-broken',
    event,
    event.revision === 0n
      ? `${where(event)} does not start its stream: its previous hash is not the all-zero start value, so events before it were removed.`
      : `${where(event)} does not follow the event before it: its previous hash is not the hash of revision ${(event.revision - 1n).toString()}, ` +
          'so an event was deleted, inserted or swapped here, or the earlier event was edited and given a new hash.',
  );

export const contentChanged = (event: Located): ChainProblem =>
  problem('content-changed', event, `${where(event)} was changed after it was recorded: its content no longer matches its hash.`);

export const metadataNotCovered = (event: Located, fields: ReadonlyArray<string>): ChainProblem =>
  problem(
    'metadata-not-covered',
    event,
    `${where(event)} has metadata its hash does not cover (${fields.map((field) => `"${field}"`).join(', ')}): it was added after the event was recorded, or by a writer that bypassed the tamper-evidence layer.`,
  );
