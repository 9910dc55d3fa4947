// The quick tour: one child's journey through the Tamworth hub, recorded through the
// library's real command handlers, then read back as a district agenda, a timeline, a
// verification and an erasure. Run it with `pnpm tour`.
import { agendaWithNamesOf, openInMemoryHub, type Hub } from '@send-hub/application';
import { formatTimeline, formatVerificationReport } from '@send-hub/audit';
import type { MeetingReference } from '@send-hub/core';
import { boardFigures } from '@send-hub/projection-board';
import { formatAgenda } from '@send-hub/projection-district';
import { either as E } from 'fp-ts';
import { caseId, childReference, journey, meeting, officer, record } from './journey';

/** The tour records each step on the afternoon it happened, a minute apart. */
let recordingTime = new Date(0);
const businessDateOf = (step: (typeof journey)[number]): string =>
  step.command.type === 'RecordMeeting' ? step.command.heldOn : step.command.type === 'CancelMeeting' ? step.command.cancelledOn : step.command.occurredOn;

const recordAll = async (hub: Hub, steps: typeof journey): Promise<void> => {
  for (const [index, step] of steps.entries()) {
    recordingTime = new Date(`${businessDateOf(step)}T16:${String(index).padStart(2, '0')}:00.000Z`);
    const position = await record(hub, step);
    if (position !== undefined) await hub.readModels.waitFor(position);
  }
};

/** A meeting's agenda as printed: the read model holds no names, so the children's names are opened for the printout. */
const printedAgenda = async (hub: Hub, at: MeetingReference): Promise<string> => {
  const shown = await agendaWithNamesOf(hub, { meeting: at }, { actor: officer, purpose: 'to print the agenda' });
  if (E.isLeft(shown)) throw new Error(shown.left.message);
  return formatAgenda(shown.right.agenda, shown.right.names);
};

const auditor = { actor: { id: 'auditor-1', role: 'auditor', agency: 'other', districts: [] } } as const;
const dataProtectionOfficer = { actor: { id: 'dpo-1', role: 'data-protection-officer', agency: 'other', districts: [] } } as const;

/** The auditor's check of the history as written: they may verify it, though they read no record. */
const verifiedText = async (hub: Hub): Promise<string> => {
  const report = await hub.verify(auditor);
  if (E.isLeft(report)) throw new Error(report.left.message);
  return formatVerificationReport(report.right);
};

const countyReferralsAndEscalations = (hub: Hub): string => {
  const figures = hub.readModels.board((model) => boardFigures(model, { academicYear: '2025/26' }));
  return `Board figures for 2025/26: ${figures.volumes.referrals} referral, ${figures.volumes.escalations} escalation to the Locality Management Group.`;
};

/** Tells the tour to `write`, step by step. */
export const runTour = async (write: (text: string) => void): Promise<void> => {
  const hub = openInMemoryHub({ clock: () => recordingTime });
  try {
    await hub.readModels.start();
    await recordAll(hub, journey.slice(0, 3));
    write('Referred with consent; the family’s and Jordan’s own views heard; a move of school within Tamworth, the case going with him. The agenda of the next Tamworth meeting:\n');
    write(await printedAgenda(hub, meeting(2)));
    await recordAll(hub, journey.slice(3, 6));
    write('\nDiscussed, with two actions agreed. The agenda of the meeting after:\n');
    write(await printedAgenda(hub, meeting(3)));
    await recordAll(hub, journey.slice(6));
    write('\nReviewed as not working and escalated. The case as one timeline:\n\n');
    const timeline = await hub.replay(caseId, { actor: officer, purpose: 'to prepare the Locality Management Group' });
    if (E.isLeft(timeline)) throw new Error(timeline.left.message);
    write(formatTimeline(timeline.right));
    write(`\n${countyReferralsAndEscalations(hub)}\n`);
    write(`\nAn auditor checks the history:\n${await verifiedText(hub)}`);
    recordingTime = new Date('2026-01-30T10:00:00.000Z');
    const erased = await hub.forget(childReference, { erasedBy: 'Data protection officer', reason: 'Retention period ended', occurredOn: '2026-01-30' }, dataProtectionOfficer);
    if (E.isLeft(erased)) throw new Error(erased.left.message);
    await hub.readModels.waitFor(await hub.stores.raw.headPosition());
    const after = await hub.replay(caseId, { actor: officer });
    if (E.isLeft(after)) throw new Error(after.left.message);
    write(`\nAfter the child's personal data is erased, the referral reads:\n  ${after.right.steps[0]?.description ?? ''}\n`);
    write(`${countyReferralsAndEscalations(hub)}\n`);
    write(await verifiedText(hub));
  } finally {
    await hub.dispose();
  }
};

if (require.main === module) {
  runTour((text) => process.stdout.write(text)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
