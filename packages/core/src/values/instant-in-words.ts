import { formatCalendarDate } from './calendar-date';

/**
 * A moment (an ISO 8601 time such as `recordedAt`) for people: "3 October 2025 at 09:15 UTC".
 * Text that is not a time is given back as it is, so a message never hides what was there.
 */
export const formatInstant = (instant: string): string => {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  const time = date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });
  return `${formatCalendarDate(date.toISOString().slice(0, 10))} at ${time} UTC`;
};
