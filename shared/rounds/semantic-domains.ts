/**
 * Semantic domains of a coding tree, as ATLAS.ti's inter-coder agreement uses them: a code with
 * subcodes is a domain whose values are its subcodes. A deeper code counts as the subcode it
 * descends from (a sub-subcode refines its subcode's value), and the parent code's own codings
 * name no value of the domain, so they are left out of its Cu-alpha.
 */
import type { Id } from '../domain/types';

/** Domain (parent code) -> each selected descendant code -> the subcode it counts as. */
export type SemanticDomains = ReadonlyMap<Id, ReadonlyMap<Id, Id>>;

/**
 * The domains among `selected` codes: every selected code with selected descendants. Codes
 * outside the selection are skipped over, so a selected grandchild under an unselected child
 * still counts as that child.
 */
export function semanticDomains(
  codes: readonly { id: Id; parentId: Id | null }[],
  selected: ReadonlySet<Id>,
): SemanticDomains {
  const parentOf = new Map(codes.map((code) => [code.id, code.parentId]));
  const domains = new Map<Id, Map<Id, Id>>();
  for (const id of selected) {
    let child = id;
    let parent = parentOf.get(id) ?? null;
    // A tree has no cycles; the bound only protects against corrupt data.
    for (let depth = 0; parent !== null && depth < codes.length; depth++) {
      if (selected.has(parent)) {
        let domain = domains.get(parent);
        if (!domain) domains.set(parent, (domain = new Map()));
        domain.set(id, child);
      }
      child = parent;
      parent = parentOf.get(parent) ?? null;
    }
  }
  return domains;
}
