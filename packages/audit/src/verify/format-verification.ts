import { caseRules, meetingRules } from '@send-hub/core';
import { historyRules } from './rule-replay';
import { toJsonText } from '../json-text';
import type { SealingSummary } from './seal-check';
import type { VerificationReport } from './verification-report';

const ruleTexts: Readonly<Record<string, string>> = { ...meetingRules, ...caseRules, ...historyRules };

const plural = (count: number, noun: string): string => `${count.toLocaleString('en-GB')} ${noun}${count === 1 ? '' : 's'}`;

const sealingLine = ({ eventsSealed, eventsBeforeSealing, sealedAfter }: SealingSummary): string =>
  `Seals checked: ${plural(eventsSealed, 'event')} carry a sound seal` +
  (eventsBeforeSealing === 0 || sealedAfter === undefined
    ? '.'
    : `; ${plural(eventsBeforeSealing, 'event')} up to position ${sealedAfter.toString()} ${eventsBeforeSealing === 1 ? 'was' : 'were'} written before sealing began and carry no seal, so they rest on the hash chain and published heads alone.`);

/** The report as text for an auditor: the verdict, the head hash to compare or publish, then each problem. */
export const formatVerificationReport = (report: VerificationReport): string => {
  const lines = [
    report.verified
      ? `Verified: ${plural(report.eventsVerified, 'event')} in ${plural(report.streamsVerified, 'stream')}, no problems found.`
      : `Problems found: ${plural(report.problemCount, 'problem')} in ${plural(report.eventsVerified, 'event')} (${plural(report.streamsVerified, 'stream')}).`,
    `Running hash of the whole store${report.headPosition === undefined ? ' (empty)' : ` up to position ${report.headPosition.toString()}`}: ${report.headHash}`,
  ];
  if (report.sealing !== undefined) lines.push(sealingLine(report.sealing));
  const breaches = Object.entries(report.ruleBreaches);
  if (breaches.length > 0) {
    lines.push('', 'Events the rules would have refused, by rule:');
    for (const [rule, count] of breaches) lines.push(`- ${plural(count, 'event')}: ${ruleTexts[rule] ?? rule}`);
  }
  if (report.problems.length > 0) lines.push('', 'Problems:');
  for (const problem of report.problems) lines.push(`- ${problem.message}`);
  if (report.problemsNotListed > 0) lines.push(`- and ${plural(report.problemsNotListed, 'more problem')} not listed.`);
  return `${lines.join('\n')}\n`;
};

export const verificationReportToJson = (report: VerificationReport, indent = 2): string => toJsonText(report, indent);
