import { either as E } from 'fp-ts';
import { unreadableProjectionState, type Projection } from './projection';

/**
 * How a combined state is saved: this line, a line listing each part's key and the length
 * of its text, then the parts' texts one after another, as they wrote them. The first
 * format was a JSON object of the parts' texts: writing a model's text inside another
 * JSON string escaped every quote in it, which was a third of saving the hub's models
 * (their text runs to 190 million characters at a million events), and reading it back
 * unescaped it all again. That format is still read.
 */
const savedFormatMark = 'combined read models, format 2\n';

const characters = (count: number): string => `${count.toLocaleString('en-GB')} character${count === 1 ? '' : 's'}`;

const notJson = (error: unknown): string => `not JSON (${error instanceof Error ? error.message : String(error)})`;

/** The parts' texts of a state saved in format 2, by key, or why they cannot be read. */
const savedParts = (text: string): E.Either<string, ReadonlyMap<string, string>> => {
  const headerEnd = text.indexOf('\n', savedFormatMark.length);
  if (headerEnd < 0) return E.left('its list of parts is cut short');
  let header: unknown;
  try {
    header = JSON.parse(text.slice(savedFormatMark.length, headerEnd));
  } catch (error) {
    return E.left(`its list of parts is ${notJson(error)}`);
  }
  const isPart = (part: unknown): part is [string, number] =>
    Array.isArray(part) && part.length === 2 && typeof part[0] === 'string' && Number.isSafeInteger(part[1]) && (part[1] as number) >= 0;
  if (!Array.isArray(header) || !header.every(isPart)) return E.left('its list of parts is not a list of names and lengths');
  const parts = new Map<string, string>();
  let start = headerEnd + 1;
  for (const [key, length] of header) {
    parts.set(key, text.slice(start, start + length));
    start += length;
  }
  return start === text.length
    ? E.right(parts)
    : E.left(`it is not whole: its read models should take ${characters(start - headerEnd - 1)}, and ${characters(text.length - headerEnd - 1)} were saved`);
};

/** The parts' texts of a state saved in the first format, a JSON object of them, by key. */
const savedPartsOfFirstFormat = (text: string): E.Either<string, ReadonlyMap<string, string>> => {
  let saved: unknown;
  try {
    saved = JSON.parse(text);
  } catch (error) {
    return E.left(`it is ${notJson(error)}`);
  }
  const parts = new Map<string, string>();
  if (typeof saved === 'object' && saved !== null) for (const [key, state] of Object.entries(saved)) if (typeof state === 'string') parts.set(key, state);
  return E.right(parts);
};

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
    serialise: (model) => {
      const saved = entries.map(([key, part]) => [key, part.serialise((model as Record<string, unknown>)[key])] as const);
      return `${savedFormatMark}${JSON.stringify(saved.map(([key, text]) => [key, text.length]))}\n${saved.map(([, text]) => text).join('')}`;
    },
    deserialise: (text) => {
      const saved = text.startsWith(savedFormatMark) ? savedParts(text) : savedPartsOfFirstFormat(text);
      if (E.isLeft(saved)) return E.left(unreadableProjectionState(name, saved.left));
      const models: Record<string, unknown> = {};
      for (const [key, part] of entries) {
        const state = saved.right.get(key);
        if (state === undefined) return E.left(unreadableProjectionState(name, `it holds no saved state for "${part.name}"`));
        const model = part.deserialise(state);
        if (E.isLeft(model)) return model;
        models[key] = model.right;
      }
      return E.right(models as Models);
    },
  };
};
