import { rawReadAll } from '../sqlite/raw-sqlite';
import { timedRawRead } from '../support/raw-read';
import type { Side } from '../support/timing';

/** The floor under any reader of the file: better-sqlite3 pages of rows and JSON.parse of each row's data and metadata. */
export const rawReadAndParse = (file: string, expected: number): Side => timedRawRead(expected, () => rawReadAll(file));

export const rawBaselineMeasures = 'SELECT of every row in pages of 1,000 with better-sqlite3 and JSON.parse of its data and metadata, on the same file';

const mebibytes = (bytes: number): number => Math.round((bytes / 1_048_576) * 10) / 10;

/** The operating system's peak resident set size for this process so far; a group runs in a process of its own. */
export const processPeakRssMiB = (): number => mebibytes(process.resourceUsage().maxRSS * 1024);
