import { either as E } from 'fp-ts';
import { unreadableProjectionState, type Projection } from '../../src';

/** A read model simple enough to check by eye: how many of each event type, and the order they came in. */
export interface CountingModel {
  readonly counts: Record<string, number>;
  readonly order: string[];
}

export const countingProjection: Projection<CountingModel> = {
  name: 'counting',
  initial: () => ({ counts: {}, order: [] }),
  apply: (model, { event, recorded }) => {
    model.counts[event.type] = (model.counts[event.type] ?? 0) + 1;
    model.order.push(`${recorded.streamId}@${recorded.revision.toString()}`);
    return model;
  },
  serialise: (model) => JSON.stringify(model),
  deserialise: (state) => {
    try {
      const parsed = JSON.parse(state) as CountingModel;
      return typeof parsed === 'object' && parsed !== null && Array.isArray(parsed.order) ? E.right(parsed) : E.left(unreadableProjectionState('counting', 'it is not a counting model'));
    } catch (error) {
      return E.left(unreadableProjectionState('counting', String(error)));
    }
  },
};
