import { toJsonText } from '@send-hub/audit';
import type { CliIo } from '../cli-io';

/** Prints for people by default, or the value as JSON (bigints as decimal strings) with --json. */
export const writeResult = (io: CliIo, json: boolean, value: unknown, text: () => string): void => {
  io.stdout(json ? `${toJsonText(value, 2)}\n` : text());
};
