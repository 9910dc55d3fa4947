import { createHash } from 'node:crypto';

/**
 * A name under which the server keeps a statement prepared, so that each connection parses
 * and plans it once: the same text always gets the same name (the driver refuses one name
 * for two texts on a connection), and a name fits the server's 63 characters.
 */
export const statementName = (text: string): string => `send-hub-${createHash('sha256').update(text).digest('hex').slice(0, 32)}`;
