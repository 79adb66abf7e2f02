import { create } from 'zustand';
import type { AttributeUpdateResult, FileUpload } from '../../../shared/api/contract';
import type {
  AttributeDefinition,
  AttributeType,
  AttributeValue,
  Participant,
  ParticipantImportResult,
} from '../../../shared/domain/types';
import { api } from '../api';

interface ParticipantsState {
  attributes: AttributeDefinition[];
  participants: Participant[];
  loaded: boolean;

  load(): Promise<void>;
  createParticipant(pseudonym: string): Promise<Participant>;
  /** Saves one field; rejects with the core's message when the value is refused. */
  updatePseudonym(id: string, pseudonym: string): Promise<void>;
  updateValue(id: string, attributeId: string, value: AttributeValue): Promise<void>;
  createAttribute(name: string, type: AttributeType, choices: string[]): Promise<void>;
  updateAttribute(
    id: string,
    change: { name?: string; type?: AttributeType; choices?: string[] },
  ): Promise<AttributeUpdateResult>;
  importCsv(file: FileUpload): Promise<ParticipantImportResult>;
  reset(): void;
}

/** Participants and their typed attribute columns. */
export const useParticipantsStore = create<ParticipantsState>((set, get) => {
  function replaceParticipant(updated: Participant): void {
    set({ participants: get().participants.map((p) => (p.id === updated.id ? updated : p)) });
  }

  return {
    attributes: [],
    participants: [],
    loaded: false,

    async load() {
      const [attributes, participants] = await Promise.all([
        api.listAttributes(),
        api.listParticipants(),
      ]);
      set({ attributes, participants, loaded: true });
    },
    async createParticipant(pseudonym) {
      const participant = await api.createParticipant({ pseudonym });
      set({ participants: [...get().participants, participant] });
      return participant;
    },
    async updatePseudonym(id, pseudonym) {
      replaceParticipant(await api.updateParticipant({ id, pseudonym }));
    },
    async updateValue(id, attributeId, value) {
      replaceParticipant(await api.updateParticipant({ id, attributes: { [attributeId]: value } }));
    },
    async createAttribute(name, type, choices) {
      const attribute = await api.createAttribute({
        name,
        type,
        choices: type === 'choice' ? choices : undefined,
      });
      set({ attributes: [...get().attributes, attribute] });
    },
    async updateAttribute(id, change) {
      const result = await api.updateAttribute({ id, ...change });
      // A type change converts every participant's value, so reload rather than patch.
      await get().load();
      return result;
    },
    async importCsv(file) {
      const result = await api.importParticipantsCsv(file);
      await get().load();
      return result;
    },
    reset: () => set({ attributes: [], participants: [], loaded: false }),
  };
});
