import type { AccessActor } from '@send-hub/access';
import type { HubConfiguration } from '@send-hub/core';
import type { HubRequest } from './hub-request';

/**
 * The one person running the hub on the machine that holds its files (the command line,
 * a tour, a test), in the default policy's `local-operator` role, acting for every
 * district of the council: whoever holds the files can read them all already.
 */
export const localOperator = (configuration: HubConfiguration, id = 'local-operator'): AccessActor => ({
  id,
  role: 'local-operator',
  agency: 'other',
  districts: configuration.districts.map((district) => district.id),
});

/** A request of the local operator, with the purpose the access log records. */
export const asLocalOperator = (configuration: HubConfiguration, purpose?: string): HubRequest => ({
  actor: localOperator(configuration),
  ...(purpose === undefined ? {} : { purpose }),
});
