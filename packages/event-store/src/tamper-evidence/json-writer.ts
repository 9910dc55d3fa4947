export interface JsonWriterOptions {
  readonly sortKeys: boolean;
  /** The JSON text of a bigint (say, its digits in quotes), or a throw to refuse it. */
  readonly bigint: (value: bigint) => string;
}

/** What JSON writes for a value: its `toJSON()` when it has one. */
export const jsonForm = (input: unknown): unknown =>
  typeof input === 'object' && input !== null && typeof (input as { toJSON?: unknown }).toJSON === 'function' ? (input as { toJSON: () => unknown }).toJSON() : input;

const isLeftOut = (value: unknown): boolean => value === undefined || typeof value === 'function' || typeof value === 'symbol';

/** A value still to write (already in its JSON form), text to write as it is, or the end of an object or array being written. */
type Task = { readonly value: unknown } | { readonly closing: object; readonly text: string } | string;

/**
 * JSON text like `JSON.stringify(value)`, with object keys sorted when asked (by UTF-16
 * code units, as `Array.prototype.sort` does), written with a stack of its own rather
 * than by recursion: a stored value nested 100,000 deep is written like any other and
 * never exhausts the call stack. `toJSON` is honoured, object properties holding
 * `undefined`, functions or symbols are left out, those values become `null` inside
 * arrays, and a cycle is refused with a `TypeError`, as `JSON.stringify` does. A bigint
 * is written as `bigint` says: as decimal text, or refused by throwing.
 */
export const writeJson = (input: unknown, options: JsonWriterOptions): string | undefined => {
  const first = jsonForm(input);
  if (isLeftOut(first)) return undefined;
  let text = '';
  const tasks: Task[] = [{ value: first }];
  // The objects and arrays being written, around the current value: meeting one again is a cycle, as JSON.stringify finds.
  const open = new Set<object>();
  for (let task = tasks.pop(); task !== undefined; task = tasks.pop()) {
    if (typeof task === 'string') {
      text += task;
      continue;
    }
    if ('closing' in task) {
      open.delete(task.closing);
      text += task.text;
      continue;
    }
    const { value } = task;
    switch (typeof value) {
      case 'string':
      case 'number':
      case 'boolean':
        text += JSON.stringify(value);
        continue;
      case 'bigint':
        text += options.bigint(value);
        continue;
      case 'undefined':
      case 'function':
      case 'symbol':
        text += 'null'; // only ever reached inside an array: object members holding them are left out below
        continue;
    }
    if (typeof value !== 'object' || value === null) {
      text += 'null';
      continue;
    }
    if (open.has(value)) throw new TypeError('The value holds a cycle, which JSON cannot hold.');
    open.add(value);
    if (Array.isArray(value)) {
      text += '[';
      tasks.push({ closing: value, text: ']' });
      for (let index = value.length - 1; index >= 0; index -= 1) {
        tasks.push({ value: jsonForm(value[index]) });
        if (index > 0) tasks.push(',');
      }
      continue;
    }
    const record = value as Record<string, unknown>;
    const members: Task[] = [];
    for (const key of options.sortKeys ? Object.keys(record).sort() : Object.keys(record)) {
      const member = jsonForm(record[key]);
      if (!isLeftOut(member)) members.push(`${members.length === 0 ? '' : ','}${JSON.stringify(key)}:`, { value: member });
    }
    text += '{';
    tasks.push({ closing: record, text: '}' });
    for (let index = members.length - 1; index >= 0; index -= 1) tasks.push(members[index] as Task);
  }
  return text;
};
