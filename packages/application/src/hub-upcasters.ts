import type { UpcasterRegistry } from '@send-hub/event-store';
import { hubUpcasterRegistry } from '@send-hub/hub';

/** The registry every hub reader and writer shares (see `hubUpcasterRegistry`). */
export const hubUpcasters = (): UpcasterRegistry => hubUpcasterRegistry;
