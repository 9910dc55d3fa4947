// An auditor's replay-and-verify of an exported hub history, offline:
//   pnpm start hub-export.ndjson --head <hash> --case <case id> --on 2025-10-31 --known-at 2025-11-01T00:00:00Z
// Exits 0 when the export is sound, 1 when it has problems, 2 when the audit could not be carried out.
import { either as E } from 'fp-ts';
import { auditRequestOf, usage } from './audit-request';
import { auditExitCodes, runAudit } from './run-audit';

if (require.main === module) {
  const request = auditRequestOf(process.argv.slice(2));
  if (E.isLeft(request)) {
    console.error(`${request.left}\n\n${usage}`);
    process.exitCode = auditExitCodes.notCarriedOut;
  } else {
    runAudit(request.right, (text) => process.stdout.write(text))
      .then((code) => (process.exitCode = code))
      .catch((error: unknown) => {
        console.error(`The audit stopped on an unexpected error: ${error instanceof Error ? error.message : String(error)}`);
        process.exitCode = auditExitCodes.notCarriedOut;
      });
  }
}
