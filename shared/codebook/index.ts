/** Pure operations over the hierarchical code tree (Code[]), shared by the core and the UI. */
export {
  buildTree,
  childrenByParent,
  compareSiblings,
  indexCodes,
  walkTree,
  type CodeNode,
} from './tree';
export { ancestors, depthOf, descendants, pathOf, requireCode } from './lineage';
export { canMove, moveCode } from './move';
export { fuzzyMatch, fuzzyScore, type FuzzyMatch } from './fuzzy';
export { filterTree, type FilteredTree, type FilterMode } from './filter';
export { aggregateCounts } from './counts';
export { mergePlan, type MergePlan } from './merge';
export { copySubtree, type CopiedSubtree } from './copy';
export { nameKey, uniqueSiblingName } from './names';
