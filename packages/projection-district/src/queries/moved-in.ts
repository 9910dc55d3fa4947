import { districtName, formatCalendarDate, type HubConfiguration } from '@send-hub/core';
import type { TrackedCase } from '../district-model';

/** " Moved here from the Stafford hub on 5 January 2026." for a case that moved in and has not been discussed or reviewed here yet; empty otherwise. */
export const movedInWords = (tracked: TrackedCase, configuration: HubConfiguration): string =>
  tracked.movedIn === null ? '' : ` Moved here from the ${districtName(configuration, tracked.movedIn.from)} hub on ${formatCalendarDate(tracked.movedIn.on)}.`;
