/*
 * Makes the simulated history of the parameters given, in a process of its own, and prints
 * what was made as one line of JSON (progress goes to stderr):
 *   node --require ./scripts/register-typescript.js benchmarks/support/make-history-process.ts FOLDER '{"seed":…}'
 * The groups that only read the history make it this way, so their own peak memory is that of
 * their work: making a million-event history in the process took it past a gigabyte.
 */
import { makeHistory, type HistoryParameters } from './simulated-history';

const [folder, parametersText] = process.argv.slice(2);
if (folder === undefined || parametersText === undefined) {
  process.stderr.write('Give the cache folder and the history parameters as JSON.\n');
  process.exit(2);
}
void makeHistory(folder, JSON.parse(parametersText) as HistoryParameters, (line) => process.stderr.write(`${line}\n`)).then(
  ({ report: _report, ...made }) => process.stdout.write(`${JSON.stringify(made)}\n`),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
