export type SealProblemCode = 'event-not-sealed' | 'event-seal-wrong' | 'seal-key-unknown';

/** An event that someone without the sealing key could have written, named by stream and revision. */
export interface SealProblem {
  readonly _tag: 'SealProblem';
  readonly code: SealProblemCode;
  readonly streamId: string;
  readonly revision: bigint;
  readonly position: bigint;
  readonly message: string;
}

type Located = { readonly streamId: string; readonly revision: bigint; readonly position: bigint; readonly type: string };

const explanations: Readonly<Record<SealProblemCode, string>> = {
  'event-not-sealed': 'has no seal, although it was stored after sealing began: it was written by someone without the sealing key, around the hub.',
  'event-seal-wrong': 'has a seal that is not the sealing key’s seal of its hash: the event, its hash or its seal was changed or made by someone without the key.',
  'seal-key-unknown': 'is sealed with a key the verifier was not given: give the verifier that key, or the seal was made up.',
};

export const sealProblem = (code: SealProblemCode, event: Located): SealProblem => ({
  _tag: 'SealProblem',
  code,
  streamId: event.streamId,
  revision: event.revision,
  position: event.position,
  message: `The event at revision ${event.revision.toString()} of "${event.streamId}" (${event.type}) ${explanations[code]}`,
});
