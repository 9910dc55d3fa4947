import { readKindLabels, type AccessLogEntry, type AccessLogVerification, type AccessPolicy } from '@send-hub/access';
import { formatInstant } from '@send-hub/audit';

/** The access log's check, after the event log's: how many entries, the head to publish, and each problem. */
export const formatAccessLogVerification = (report: AccessLogVerification): string => {
  const lines = [
    '',
    report.problems.length === 0
      ? `Access log: all ${report.entries.toLocaleString('en-GB')} entries are in order, chained and unchanged.`
      : `Access log: ${report.problems.length} problem${report.problems.length === 1 ? '' : 's'} in ${report.entries.toLocaleString('en-GB')} entries.`,
    `Access log head hash (publish it beside the event log's): ${report.headHash}`,
    ...report.problems.map((problem) => `  ${problem.code}: ${problem.message}`),
  ];
  return `${lines.join('\n')}\n`;
};

/** Who read a child's record, one line a read, oldest first; `verifyCommand` is what to run when entries could not be read. */
export const formatAccessLog = (childReference: string, entries: ReadonlyArray<AccessLogEntry>, unreadable: number, policy: AccessPolicy, verifyCommand: string): string => {
  if (entries.length === 0 && unreadable === 0) return `No one has read the record of ${childReference}.\n`;
  const lines = [`Who has read the record of ${childReference} (${entries.length} read${entries.length === 1 ? '' : 's'}):`, ''];
  for (const [index, entry] of entries.entries()) {
    const role = policy.roles[entry.actor.role]?.label ?? entry.actor.role;
    // Numbered from 1 for this child; the entry's place in the whole log is given for an auditor to find it there.
    lines.push(
      `${index + 1}. ${formatInstant(entry.at)} (entry ${entry.sequence} of the access log): ${entry.actor.id}, ${role}, read ${readKindLabels[entry.read]}${entry.caseId === undefined ? '' : ` of case ${entry.caseId}`}`,
      `   Why: ${entry.purpose}`,
    );
  }
  if (unreadable > 0) lines.push('', `${unreadable} entries about this child could not be read: run ${verifyCommand}.`);
  return `${lines.join('\n')}\n`;
};
