import type { RecordedCommand } from './hub-command-routes';

/** One command recorded: the line it came from, its type, and what it recorded. */
export interface RecordedLine extends RecordedCommand {
  readonly line: number;
  readonly command: string;
}

/** A command the hub refused, or could not record: nothing of it was written. */
export interface RefusedLine {
  readonly line: number;
  readonly command: string;
  readonly code: string;
  readonly message: string;
}

/** What `send-hub record` did: the commands recorded in order, and the one refused, if one was (nothing after it was tried). */
export interface RecordReport {
  readonly recorded: ReadonlyArray<RecordedLine>;
  readonly refused?: RefusedLine;
  /** Commands after the refused one, not tried. */
  readonly notTried: number;
}

const plural = (count: number, noun: string): string => `${count.toLocaleString('en-GB')} ${noun}${count === 1 ? '' : 's'}`;

/** One command's events in words, under the number of the line it came from. */
export const recordedLineText = (recorded: RecordedLine): string => {
  const label = `${recorded.line}. `;
  const indent = ' '.repeat(label.length);
  const [first, ...rest] = recorded.events.map((event) => event.description);
  if (first === undefined) return `${label}Nothing new to record: the hub already had what it says.\n`;
  return [`${label}${first}`, ...rest.map((description) => `${indent}${description}`)].map((text) => `${text}\n`).join('');
};

/** The closing line: how much was recorded. */
export const recordedSummaryText = (report: RecordReport): string => {
  const events = report.recorded.reduce((sum, recorded) => sum + recorded.events.length, 0);
  return `Recorded ${plural(report.recorded.length, 'command')} (${plural(events, 'event')}).\n`;
};

/** What was and was not recorded when a command was refused, said plainly. */
export const afterRefusalText = (report: RecordReport, single: boolean): string => {
  const { recorded, refused, notTried } = report;
  const after = notTried === 0 ? '' : `; the ${plural(notTried, 'command')} after it ${notTried === 1 ? 'was' : 'were'} not tried`;
  if (single || recorded.length === 0) return `Nothing was recorded${after}.`;
  const lines = recorded.length === 1 ? `line ${recorded[0]?.line}` : `lines ${recorded[0]?.line} to ${recorded[recorded.length - 1]?.line}`;
  const before = `The ${plural(recorded.length, 'command')} before it (${lines}) ${recorded.length === 1 ? 'was' : 'were'} recorded and stay${recorded.length === 1 ? 's' : ''} recorded`;
  return `${before}; nothing of line ${refused?.line} was recorded${after}. Put it right and record from line ${refused?.line} on.`;
};
