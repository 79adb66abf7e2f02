/**
 * Merging a coder's return into the lead's project, in steps of one responsibility each
 * (merge/): read-return (read and check the file), match-codes and match-codings (how the return
 * meets the project, three ways), plan (what a merge would do), apply (doing it in one
 * transaction) and report. The merge memory (store/merge-memory.ts) makes a merge repeatable.
 */
export { readCoderReturn, type ParsedReturn } from './merge/read-return';
export { planMerge } from './merge/plan';
export { applyMerge } from './merge/apply';
export type { MergePlan } from './merge/plan-types';
