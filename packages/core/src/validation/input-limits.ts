/** How much a single input may hold before it is even decoded. */
export interface InputLimits {
  /** Its size as UTF-8 JSON, in bytes. */
  readonly maxBytes: number;
  /** How many objects and lists deep it may go (the input itself is depth 1). */
  readonly maxDepth: number;
}

/** A command is a few kilobytes: 64 KiB leaves room for long narratives and many actions, and 32 levels for any command's shape. */
export const commandLimits: InputLimits = { maxBytes: 65_536, maxDepth: 32 };

/** Where an input broke its limits or held something JSON cannot, and why, in words that never repeat a value. */
export interface InputBreach {
  /** `referral.needs[0]`; empty for the input as a whole. */
  readonly path: string;
  /** `expected at most 65,536 bytes as JSON, received more`. */
  readonly explanation: string;
}
