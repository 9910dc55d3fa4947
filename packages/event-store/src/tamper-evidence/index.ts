export { canonicalJson } from './canonical-json';
export { canonicalContent, eventHash, genesisHash, nextHeadHash, type HashedEvent } from './event-hash';
export type { ChainProblem, ChainProblemCode } from './chain-problems';
export { ChainVerifier, runningHeadHash, verifyChain, type ChainSummary } from './chain-verifier';
export { withHashChain } from './with-hash-chain';
export { writeJson, type JsonWriterOptions } from './json-writer';
