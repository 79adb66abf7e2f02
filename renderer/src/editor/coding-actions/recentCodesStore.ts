import { create } from 'zustand';
import { readPreference, writePreference } from '../../lib/storage';
import { isRecentCodes, NO_RECENT_CODES, withCodeUsed, type RecentCodes } from './recentSlots';

const PREFERENCE = 'recentCodes';

interface RecentCodesState {
  recent: RecentCodes;
  remember(codeId: string): void;
}

/** The codes this coder applied recently (remembered across sessions on this machine). */
export const useRecentCodesStore = create<RecentCodesState>((set, get) => ({
  recent: readPreference<RecentCodes>(PREFERENCE, NO_RECENT_CODES, isRecentCodes),
  remember(codeId) {
    const recent = withCodeUsed(get().recent, codeId);
    writePreference(PREFERENCE, recent);
    set({ recent });
  },
}));
