/**
 * `date.toISOString()`, remembered for the last millisecond asked about: formatting
 * a date costs more than the rest of a command's envelope, and commands recorded
 * together share their millisecond. An invalid date is never remembered (its time is
 * NaN, equal to nothing), so it throws as `toISOString` does.
 */
export const rememberingIsoText = (): ((date: Date) => string) => {
  let lastTime = Number.NaN;
  let lastText = '';
  return (date) => {
    const time = date.getTime();
    if (time !== lastTime) {
      lastText = date.toISOString();
      lastTime = time;
    }
    return lastText;
  };
};
