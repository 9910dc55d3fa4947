import { InMemoryAccessLog } from '@send-hub/access';
import { asLocalOperator, createHub, type Hub } from '@send-hub/application';
import { formatVerificationReport, linesOfFile } from '@send-hub/audit';
import { InMemoryCheckpointStore, InMemoryEventStore, StoreUnavailableError } from '@send-hub/event-store';
import { either as E } from 'fp-ts';
import type { AuditRequest } from './audit-request';
import { KeylessKeyStore } from './keyless-key-store';
import { replayForAuditor, storyForAuditor } from './replay-for-auditor';

/** 0: the export is sound. 1: problems found (tampering, broken rules, a case that cannot be shown). 2: the audit could not be carried out. */
export const auditExitCodes = { sound: 0, problemsFound: 1, notCarriedOut: 2 } as const;

/** A hub of the auditor's own, in memory and offline: a fresh store for the import, and no keys. */
const auditorsHub = (): Hub => createHub({ store: new InMemoryEventStore(), keyStore: new KeylessKeyStore(), checkpoints: new InMemoryCheckpointStore(), accessLog: new InMemoryAccessLog() });

/** The auditor, in a hub of their own, is its one local operator. */
export const auditor = (hub: Hub) => asLocalOperator(hub.configuration, 'to audit an export the council handed over');

const importExport = async (hub: Hub, request: AuditRequest, write: (text: string) => void): Promise<number | undefined> => {
  const options = request.publishedHeadHash === undefined ? {} : { expectedHeadHash: request.publishedHeadHash };
  const imported = await hub.importLines(linesOfFile(request.exportFile), auditor(hub), options);
  if (E.isLeft(imported)) {
    write(`Refused: this export cannot be trusted. ${imported.left.message}\nNothing was imported, so nothing else was checked.\n`);
    return auditExitCodes.problemsFound;
  }
  const { eventsImported, streamsImported, headHash } = imported.right;
  const published = request.publishedHeadHash === undefined ? ' No head hash was given to compare it with, so events cut from the end would not show.' : ' That is the head hash the council published.';
  write(`Imported ${eventsImported.toLocaleString('en-GB')} events in ${streamsImported.toLocaleString('en-GB')} streams; every line is well formed and the hash chain holds. The file adds up to the head hash ${headHash}.${published}\n\n`);
  return undefined;
};

/**
 * The auditor's check of an export, offline: import it into a fresh store (refused at
 * the first bad line), verify the whole history (hash chain, decoding, every rule
 * replayed), then replay the chosen case and tell the chosen child's story. Writes plain
 * English; returns the exit code.
 */
export const runAudit = async (request: AuditRequest, write: (text: string) => void): Promise<number> => {
  const hub = auditorsHub();
  try {
    write(`Auditing ${request.exportFile}.\n`);
    const refused = await importExport(hub, request, write);
    if (refused !== undefined) return refused;
    // The auditor holds no keys (the council keeps them), so there is no key store to check against the log.
    const verified = await hub.verify(auditor(hub), { checkKeys: false });
    if (E.isLeft(verified)) throw new Error(verified.left.message);
    const report = verified.right;
    write(formatVerificationReport(report));
    if (request.caseId !== undefined || request.childReference !== undefined) {
      write('\nPersonal details stay with the council: the export holds them only encrypted, so names, dates of birth and what children and families said show as not held here.\n');
    }
    const caseSound = request.caseId === undefined ? true : await replayForAuditor(hub, request.caseId, request, write);
    const storySound = request.childReference === undefined ? true : await storyForAuditor(hub, request.childReference, request, write);
    const sound = report.verified && caseSound && storySound;
    write(sound ? '\nThe export is sound.\n' : '\nThe export has problems: see above.\n');
    return sound ? auditExitCodes.sound : auditExitCodes.problemsFound;
  } catch (error) {
    // An export file that cannot be opened or read is the auditor's to fix, not a bug.
    if (!(error instanceof StoreUnavailableError)) throw error;
    write(`The audit could not be carried out: ${error.message}\n`);
    return auditExitCodes.notCarriedOut;
  } finally {
    await hub.dispose();
  }
};
