import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { StoreUnavailableError } from '@send-hub/event-store';

/** Writes lines to a file, one per line; returns how many. Throws `StoreUnavailableError` if the file cannot be written. */
export const writeLinesToFile = async (path: string, lines: AsyncIterable<string>): Promise<number> => {
  const file = createWriteStream(path, { encoding: 'utf8' });
  const failed = once(file, 'error').then(([error]) => {
    throw new StoreUnavailableError(`The export file "${path}" cannot be written: ${(error as Error).message}. Check the folder exists and has space.`, error);
  });
  const written = (async () => {
    let count = 0;
    for await (const line of lines) {
      if (!file.write(`${line}\n`)) await once(file, 'drain');
      count += 1;
    }
    file.end();
    await once(file, 'finish');
    return count;
  })();
  return Promise.race([written, failed]);
};

/** The lines of a file, read again each time the result is called (an import reads its file twice). */
export const linesOfFile =
  (path: string): (() => AsyncIterable<string>) =>
  async function* () {
    try {
      yield* createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
    } catch (error) {
      throw new StoreUnavailableError(`The export file "${path}" cannot be read: ${(error as Error).message}. Check the path and its permissions.`, error);
    }
  };
