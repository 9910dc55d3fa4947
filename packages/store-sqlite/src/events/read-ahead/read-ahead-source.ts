/**
 * What the read-ahead thread runs, as plain JavaScript: a worker is started from this
 * text (`eval`), so it runs the same from the TypeScript sources under test and from the
 * built package. It opens the file read-only with the same better-sqlite3 as the store,
 * runs the store's own page query (passed in), and sends each page as a `TransferredPage`,
 * at most `pagesAhead` pages ahead of the reader, who grants more as it takes them.
 * Anything that goes wrong is sent as `{ kind: 'failed' }` with the error's message and
 * SQLite code, for the reader to report; the thread then ends.
 */
export const readAheadSource = `
'use strict';
const { parentPort, workerData } = require('node:worker_threads');
const settings = workerData;
let credits = settings.pagesAhead;
let wake = undefined;
parentPort.on('message', (granted) => {
  credits += granted;
  if (wake !== undefined) { const go = wake; wake = undefined; go(); }
});
const pack = (rows) => {
  const withMetadata = settings.metadata === 'read';
  const numbers = new BigInt64Array(rows.length * 3);
  const names = new Array(rows.length * 3);
  const ends = new Int32Array(withMetadata ? rows.length * 2 : rows.length);
  const texts = [];
  let length = 0;
  for (let index = 0; index < rows.length; index += 1) {
    const row = rows[index];
    numbers[index * 3] = row[0];
    numbers[index * 3 + 1] = row[2];
    numbers[index * 3 + 2] = row[5];
    names[index * 3] = row[1];
    names[index * 3 + 1] = row[3];
    names[index * 3 + 2] = row[4];
    texts.push(row[6]);
    length += row[6].length;
    if (withMetadata) {
      ends[index * 2] = length;
      texts.push(row[7]);
      length += row[7].length;
      ends[index * 2 + 1] = length;
    } else {
      ends[index] = length;
    }
  }
  return { numbers, names, texts: texts.join(''), ends, metadata: settings.metadata };
};
const run = async () => {
  const Database = require(settings.library);
  const database = new Database(settings.file, { readonly: true, fileMustExist: true, timeout: settings.busyTimeoutMs });
  try {
    database.defaultSafeIntegers(true);
    const page = database.prepare(settings.sql).raw();
    let after = settings.after;
    let remaining = settings.maxCount;
    while (remaining > 0) {
      if (credits === 0) await new Promise((resolve) => (wake = resolve));
      credits -= 1;
      const limit = Math.min(settings.pageSize, remaining);
      const rows = settings.streamPrefix === undefined
        ? page.all(after, settings.until, limit)
        : page.all(after, settings.until, settings.streamPrefix, limit);
      if (rows.length === 0) break;
      const packed = pack(rows);
      parentPort.postMessage({ kind: 'page', page: packed }, [packed.numbers.buffer, packed.ends.buffer]);
      if (rows.length < limit) break;
      after = rows[rows.length - 1][0];
      remaining -= rows.length;
    }
  } finally {
    database.close();
  }
  parentPort.postMessage({ kind: 'done' });
};
run().catch((error) => {
  parentPort.postMessage({ kind: 'failed', message: String(error && error.message || error), code: error && typeof error.code === 'string' ? error.code : undefined });
});
`;
