import { caseEventUpcasters, createUpcasterRegistry, type UpcasterRegistry } from '@send-hub/event-store';
import { either as E } from 'fp-ts';
import { hubEventSchemaVersions } from './hub-events';

/**
 * The registry every hub reader and writer shares: the current schema version of each
 * hub event type and the steps that bring older ones up to it. Checked when this module
 * loads; a gap in it is a bug in this library, so it throws.
 */
export const hubUpcasterRegistry: UpcasterRegistry = (() => {
  const registry = createUpcasterRegistry({ currentVersions: hubEventSchemaVersions, upcasters: caseEventUpcasters });
  if (E.isLeft(registry)) throw new Error(registry.left.message);
  return registry.right;
})();
