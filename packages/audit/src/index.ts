export { toJsonText } from './json-text';
export { hubKeyIdFor, hubPersonalFields, withHubPersonalDataEncryption } from './hub-personal-data';

export { AsOf, Instant, describeAsOf, formatInstant } from './replay/as-of';
export type { CaseTimeline, ReplayRefusal, ReplayRefusalCode, TimelineGap, TimelineStep } from './replay/case-timeline';
export { describeCaseState } from './replay/case-state-description';
export { formatTimeline, timelineToJson } from './replay/format-timeline';
export { replayCase, type ReplayOptions } from './replay/replay-case';
export { ChildStory, StoryCase, StoryStep, notAChildReference, refuseStory, type StoryRefusal, type StoryRefusalCode } from './story/child-story';
export { formatStory, storyToJson } from './story/format-story';
export { tellChildStory } from './story/tell-child-story';

export { formatVerificationReport, verificationReportToJson } from './verify/format-verification';
export type { PublishedHead } from './verify/published-heads';
export { checkPublishedHeadSeals, sealPublishedHead } from './verify/published-head-seals';
export type { SealingCheck, SealingSummary } from './verify/seal-check';
export type { SealProblem, SealProblemCode } from './verify/seal-problems';
export { commandForCaseEvent, commandForMeetingEvent } from './verify/rule-replay-commands';
export { historyRules } from './verify/rule-replay';
export type { KeyProblem, KeyProblemCode } from './verify/key-problems';
export type { HeadProblem, PositionProblem, RuleProblem, RuleProblemCode, VerificationProblem } from './verify/verification-problems';
export type { VerificationReport } from './verify/verification-report';
export { verifyEvents, verifyStore, type VerifyOptions } from './verify/verify-store';

export type { ErasureRefusal, ErasureRefusalCode } from './erasure/erasure-refusal';
export { erasureAwareKeyStore } from './erasure/erasure-aware-key-store';
export { reapplyErasures, type ErasureReapplied } from './erasure/reapply-erasures';
export { forgetChild, type ErasureContext, type ErasureReceipt, type ErasureRequest } from './erasure/forget-child';

export { applyRetention } from './retention/apply-retention';
export { LegalHold, holdOn } from './retention/legal-holds';
export { RetentionPolicy, addYears, defaultRetentionPolicy, erasureDueOn } from './retention/retention-policy';
export { reviewRetention, type ChildDue, type RetentionRefusal, type RetentionReview } from './retention/retention-review';

export { exportCase, exportEvents, exportStore } from './transfer/export-events';
export { linesOfFile, writeLinesToFile } from './transfer/export-file';
export { ExportedEvent, exportLine } from './transfer/exported-event';
export { importEvents, type ImportOptions, type ImportReceipt } from './transfer/import-events';
export type { ImportRefusal, ImportRefusalCode } from './transfer/import-refusal';
export type { LineSource } from './transfer/read-export';

export { missingReferralStarts, missingReferralStartsByChild } from './child-streams/missing-referral-starts';
