/**
 * Schema names are written into SQL as identifiers (they cannot be parameters), so only
 * plain lower-case names are accepted: letters, digits and underscores, starting with a
 * letter, at most 63 characters (PostgreSQL's limit). No quoting tricks, no surprises.
 */
export const requireSchemaName = (option: string, value: unknown): string => {
  if (typeof value === 'string' && /^[a-z][a-z0-9_]{0,62}$/.test(value)) return value;
  throw new TypeError(
    `The PostgreSQL store option "${option}" must be a schema name of lower-case letters, digits and underscores, ` +
      `starting with a letter and at most 63 characters long, but was ${JSON.stringify(value) ?? String(value)}.`,
  );
};

/** The identifier as SQL, quoted (the name is already checked to need no escaping). */
export const quoted = (schema: string): string => `"${schema}"`;
