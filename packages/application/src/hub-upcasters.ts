import { createUpcasterRegistry, type UpcasterRegistry } from '@send-hub/event-store';
import { hubEventSchemaVersions } from '@send-hub/hub';
import { either as E } from 'fp-ts';

/** The registry every hub reader and writer shares; a gap in it is a bug in this library, so it throws. */
export const hubUpcasters = (): UpcasterRegistry => {
  const registry = createUpcasterRegistry({ currentVersions: hubEventSchemaVersions });
  if (E.isLeft(registry)) throw new Error(registry.left.message);
  return registry.right;
};
