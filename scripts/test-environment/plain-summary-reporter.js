/* global module, process */
'use strict';
// A Jest reporter that closes every run with plain lines a person (and a CI log reader)
// can take in at a glance: each suite skipped for a missing browser or server, by its
// reason, then one line `tests: N passed, N failed, N skipped`. A test file that failed
// before any test ran (it threw while loading) counts as a failure.
class PlainSummaryReporter {
  onRunComplete(_contexts, results) {
    const reasons = new Set();
    for (const file of results.testResults) {
      for (const test of file.testResults) {
        const suite = test.ancestorTitles[0];
        if (test.status === 'pending' && suite !== undefined && /skipped/i.test(suite)) reasons.add(suite);
      }
    }
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const lines = [...reasons, `tests: ${results.numPassedTests} passed, ${failed} failed, ${results.numPendingTests} skipped`];
    // Jest prints its own summary after every custom reporter: these lines wait for the
    // process's exit, so that they close the output (writes to a pipe are synchronous on Linux).
    process.once('exit', () => process.stdout.write(`${lines.join('\n')}\n`));
  }
}

module.exports = PlainSummaryReporter;
