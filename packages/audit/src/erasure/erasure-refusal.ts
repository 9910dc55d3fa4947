export type ErasureRefusalCode = 'erasure-invalid' | 'child-not-found' | 'already-forgotten' | 'legal-hold';

export interface ErasureRefusal {
  readonly _tag: 'ErasureRefusal';
  readonly code: ErasureRefusalCode;
  readonly childReference: string;
  readonly message: string;
}

export const refuseErasure = (code: ErasureRefusalCode, childReference: string, message: string): ErasureRefusal => ({
  _tag: 'ErasureRefusal',
  code,
  childReference,
  message,
});
