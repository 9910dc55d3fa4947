import { either as E } from 'fp-ts';
import { unreadableProjectionState, type Projection } from './projection';

/**
 * Several read models fed by one pass over the events: each event is read and decoded
 * once, whatever the number of models (decoding costs far more than applying). Saved
 * and checkpointed together, under one name made from the parts' names.
 */
export const combineProjections = <Models extends Record<string, unknown>>(parts: { readonly [Name in keyof Models]: Projection<Models[Name]> }): Projection<Models> => {
  const entries = Object.entries(parts) as Array<[string, Projection<unknown>]>;
  const name = entries.map(([, part]) => part.name).join('+');
  return {
    name,
    // The events are read once for every part: metadata is skipped only when no part reads it.
    readsMetadata: entries.some(([, part]) => part.readsMetadata !== false),
    initial: () => Object.fromEntries(entries.map(([key, part]) => [key, part.initial()])) as Models,
    apply: (model, envelope) => {
      const models = model as Record<string, unknown>;
      for (const [key, part] of entries) models[key] = part.apply(models[key], envelope);
      return model;
    },
    serialise: (model) => JSON.stringify(Object.fromEntries(entries.map(([key, part]) => [key, part.serialise((model as Record<string, unknown>)[key])]))),
    deserialise: (text) => {
      let saved: Record<string, unknown>;
      try {
        saved = JSON.parse(text) as Record<string, unknown>;
      } catch (error) {
        return E.left(unreadableProjectionState(name, `it is not JSON (${error instanceof Error ? error.message : String(error)})`));
      }
      const models: Record<string, unknown> = {};
      for (const [key, part] of entries) {
        const state = saved?.[key];
        if (typeof state !== 'string') return E.left(unreadableProjectionState(name, `it holds no saved state for "${part.name}"`));
        const model = part.deserialise(state);
        if (E.isLeft(model)) return model;
        models[key] = model.right;
      }
      return E.right(models as Models);
    },
  };
};
