export { canonicalJson } from './canonical-json';
export { canonicalContent, eventHash, genesisHash, nextHeadHash, type HashedEvent } from './event-hash';
export type { ChainProblem, ChainProblemCode } from './chain-problems';
export { ChainVerifier, runningHeadHash, verifyChain, type ChainSummary } from './chain-verifier';
export { withHashChain } from './with-hash-chain';
export { uncoveredMetadataFields } from './covered-metadata';
export { checkSeal, eventSealText, headSealText, hmacSealer, type Seal, type SealCheck, type Sealer } from './sealer';
export { withSeals } from './with-seals';
export type { SealingKeyKeeper, SealingKeyRecord } from './sealing-key-keeper';
