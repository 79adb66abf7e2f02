/** How many recently used codes get an Alt+number shortcut. */
export const RECENT_SLOT_COUNT = 9;

/**
 * The recently used codes: `order` most recent first, `slots` the code behind Alt+1..Alt+9.
 * A code keeps its slot while it stays in use, so the shortcuts do not shift under the coder's
 * fingers; a new code takes a free slot, or the slot of the least recently used code.
 */
export interface RecentCodes {
  order: string[];
  slots: (string | null)[];
}

export const NO_RECENT_CODES: RecentCodes = {
  order: [],
  slots: Array<string | null>(RECENT_SLOT_COUNT).fill(null),
};

/** The recent codes after `codeId` was applied. */
export function withCodeUsed(recent: RecentCodes, codeId: string): RecentCodes {
  const order = [codeId, ...recent.order.filter((id) => id !== codeId)].slice(0, 50);
  const slots = [...recent.slots];
  if (!slots.includes(codeId)) {
    const free = slots.indexOf(null);
    if (free !== -1) slots[free] = codeId;
    else {
      // The slot whose code was used longest ago.
      let oldest = 0;
      let oldestRank = -1;
      for (const [slot, id] of slots.entries()) {
        const rank = id === null ? Infinity : order.indexOf(id);
        const effective = rank === -1 ? Infinity : rank;
        if (effective > oldestRank) {
          oldestRank = effective;
          oldest = slot;
        }
      }
      slots[oldest] = codeId;
    }
  }
  return { order, slots };
}

/** The recent codes without codes that no longer exist. */
export function keepExisting(
  recent: RecentCodes,
  exists: (codeId: string) => boolean,
): RecentCodes {
  return {
    order: recent.order.filter(exists),
    slots: recent.slots.map((id) => (id !== null && exists(id) ? id : null)),
  };
}

/** The Alt+number shortcut of a code, or null. */
export function slotShortcut(recent: RecentCodes, codeId: string): string | null {
  const slot = recent.slots.indexOf(codeId);
  return slot === -1 ? null : `Alt+${slot + 1}`;
}

export function isRecentCodes(value: unknown): value is RecentCodes {
  if (typeof value !== 'object' || value === null) return false;
  const { order, slots } = value as Record<string, unknown>;
  return (
    Array.isArray(order) &&
    order.every((id) => typeof id === 'string') &&
    Array.isArray(slots) &&
    slots.length === RECENT_SLOT_COUNT &&
    slots.every((id) => id === null || typeof id === 'string')
  );
}
