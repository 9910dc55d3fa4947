export { AccessActor, decodeAccessActor, recordedActor, RoleId } from './policy/access-actor';
export { AccessPolicy, commandInWords, commandLabels, decodeAccessPolicy, DistrictScope, Permission, ReadKind, readKindLabels, type PolicyInvalid } from './policy/access-policy';
export { checkActor, mayRead, mayRecord } from './policy/access-decisions';
export { isAccessRefused, refuseAccess, type AccessRefusalCode, type AccessRefused } from './policy/access-refusal';
export { defaultAccessPolicy } from './policy/default-access-policy';
export { type AccessLog } from './log/access-log';
export { accessEntryHash, AccessLogEntry, accessLogGenesis, AccessPurpose, AccessRecord, chainAccessRecords } from './log/access-log-entry';
export { InMemoryAccessLog } from './log/in-memory-access-log';
export { readAccessLog, verifyAccessLog, type AccessLogProblem, type AccessLogProblemCode, type AccessLogVerification } from './log/verify-access-log';
