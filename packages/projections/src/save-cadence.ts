/** When a runner saves: every `saveEvery` new events, put off while saving would take over a tenth of its time. */
export interface SaveCadence {
  /** Counts one new event; true when it is time to save. */
  readonly due: () => boolean;
  /** Saves, timing the save. */
  readonly save: (save: () => Promise<void>) => Promise<void>;
  /** A save made for another reason (on catching up): count afresh. */
  readonly restart: () => void;
}

/** The runner's cadence of saves, as `ProjectionRunnerOptions.saveEvery` describes it. */
export const saveCadence = (saveEvery: number, now: () => number): SaveCadence => {
  const every = Math.max(1, saveEvery);
  let sinceSave = 0;
  let lastSaveEnded = now();
  let lastSaveTook = 0;
  return {
    due: () => {
      sinceSave += 1;
      return sinceSave >= every && now() - lastSaveEnded >= 9 * lastSaveTook;
    },
    save: async (save) => {
      const started = now();
      await save();
      lastSaveEnded = now();
      lastSaveTook = lastSaveEnded - started;
      sinceSave = 0;
    },
    restart: () => {
      sinceSave = 0;
    },
  };
};
