/**
 * How much of a runner's time saving may take: a fortieth. A save writes the whole model;
 * with a tenth, the saves of a hub's live read models were a tenth of every command's
 * cost, for a checkpoint that only shortens the catch-up after a restart.
 */
const savingShare = 1 / 40;

/**
 * When a runner saves: every `saveEvery` new events, put off while saving would take over
 * a fortieth of its time. A save writes the whole model, and while a catch-up folds a long
 * history the model keeps growing, so the next save is judged by the last one scaled by
 * how much more has been folded since: after a save at 100,000 events that took 0.3 s, a
 * save at 200,000 is expected to take 0.6 s. A rebuild whose saves would always cost more
 * than a tenth of its time therefore saves once, when it has caught up.
 */
export interface SaveCadence {
  /** Counts one new event; true when it is time to save. */
  readonly due: () => boolean;
  /** Saves, timing the save; every save the runner makes goes through here. */
  readonly save: (save: () => Promise<void>) => Promise<void>;
}

/** The runner's cadence of saves, as `ProjectionRunnerOptions.saveEvery` describes it. */
export const saveCadence = (saveEvery: number, now: () => number): SaveCadence => {
  const every = Math.max(1, saveEvery);
  let folded = 0;
  let foldedAtLastSave = 0;
  let lastSaveEnded = now();
  let lastSaveTook = 0;
  return {
    due: () => {
      folded += 1;
      if (folded - foldedAtLastSave < every) return false;
      const expected = foldedAtLastSave === 0 ? lastSaveTook : (lastSaveTook * folded) / foldedAtLastSave;
      return now() - lastSaveEnded >= ((1 - savingShare) / savingShare) * expected;
    },
    save: async (save) => {
      const started = now();
      await save();
      lastSaveEnded = now();
      lastSaveTook = lastSaveEnded - started;
      foldedAtLastSave = folded;
    },
  };
};
