/** Why the policy refused: stable codes a program acts on. */
export type AccessRefusalCode = 'actor-invalid' | 'role-unknown' | 'not-in-policy' | 'role-not-permitted' | 'district-out-of-scope';

/** A request the access policy refused: nothing was read or written for it. */
export interface AccessRefused {
  readonly _tag: 'AccessRefused';
  readonly code: AccessRefusalCode;
  /** Plain English, naming the actor, the role and what was asked; never a child's personal data. */
  readonly message: string;
}

export const refuseAccess = (code: AccessRefusalCode, message: string): AccessRefused => ({ _tag: 'AccessRefused', code, message });

export const isAccessRefused = (value: unknown): value is AccessRefused =>
  typeof value === 'object' && value !== null && (value as { readonly _tag?: unknown })._tag === 'AccessRefused';
