import { closureReasons, describeTerm, lmgOutcomes, reviewConclusions, uncapitalised } from '@send-hub/core';
import type { SimulationReport } from '@send-hub/simulation';

const count = (value: number): string => value.toLocaleString('en-GB');

/**
 * Every case closed, as the board counts them: those the hub closed, by reason, and those the
 * Locality Management Group's outcome closed (an assessment requested, a specialist place or
 * support, another service, or closed by the group), so the total is the board's "Cases closed".
 */
const closuresInWords = (report: SimulationReport): string => {
  const byHub = closureReasons.codes.map((code) => `${count(report.closures[code])} ${uncapitalised(closureReasons.label(code))}`).join(', ');
  const byGroup = report.localityManagementGroup.casesClosed;
  const total = Object.values(report.closures).reduce((sum, closed) => sum + closed, byGroup);
  return `  Closures: ${count(total)} cases closed. By the hub: ${byHub}. By the Locality Management Group’s outcome: ${count(byGroup)}.`;
};

/** What a simulation recorded, as a person reads it. */
export const formatSimulationReport = (report: SimulationReport, seconds: number): string => {
  const perSecond = seconds > 0 ? Math.round(report.events / seconds) : 0;
  const lines = [
    `Simulated ${report.halfTerms} half terms (${describeTerm(report.firstTerm)} to ${describeTerm(report.lastTerm)}) in ${report.districts.length} district${report.districts.length === 1 ? '' : 's'}, seed "${report.seed}":`,
    `  ${count(report.events)} events from ${count(report.commands)} commands, every one accepted by the hub's rules, in ${seconds.toFixed(1)} seconds (${count(perSecond)} events a second).`,
    `  ${count(report.referrals)} referrals of ${count(report.children)} children (${count(report.reReferrals)} referred again); ${count(report.consents)} consents (${count(report.consentsFromYoungPeople)} from young people themselves), ${count(report.withdrawals)} withdrawn; children’s own views heard ${count(report.childViews)} times, families’ ${count(report.familyViews)}.`,
    `  ${count(report.meetingsHeld)} hub meetings held, ${count(report.meetingsCancelled)} cancelled; ${count(report.discussions)} first discussions, ${count(report.actionsAgreed)} actions agreed.`,
    `  Reviews: ${reviewConclusions.codes.map((code) => `${count(report.reviews[code])} ${uncapitalised(reviewConclusions.label(code))}`).join(', ')}.`,
    `  ${count(report.escalations)} escalations to the Locality Management Group; ${count(report.openCases)} cases still open.`,
    `  Moves within an open case: ${count(report.moves.withinDistrict)} to another school in the same district, ${count(report.moves.toAnotherDistrict)} to another district, the case going with the child.`,
    `  Locality Management Groups: ${count(report.localityManagementGroup.meetingsHeld)} meetings held, ${count(report.localityManagementGroup.meetingsCancelled)} cancelled, ${count(report.localityManagementGroup.themes)} themes recorded; ${count(report.localityManagementGroup.discussions)} discussions: ${lmgOutcomes.codes
      .map((code) => `${count(report.localityManagementGroup.outcomes[code])} ${uncapitalised(lmgOutcomes.label(code))}`)
      .join(', ')}.`,
    closuresInWords(report),
    `  ${count(report.lateRecordings)} events recorded on a later day than they happened.`,
  ];
  return `${lines.join('\n')}\n`;
};
