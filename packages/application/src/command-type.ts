/**
 * The `type` a command input names, read before it is decoded, to send it the right way;
 * undefined when it names no text, or when reading it fails (a getter that throws): the
 * handler's codec then refuses the input, naming what was wrong.
 */
export const commandTypeOf = (input: unknown): string | undefined => {
  if (typeof input !== 'object' || input === null) return undefined;
  try {
    const type: unknown = (input as { readonly type?: unknown }).type;
    return typeof type === 'string' ? type : undefined;
  } catch {
    return undefined;
  }
};
