import type { FileUpload } from '../../../shared/api/contract';
import { useParticipantsStore } from '../state/participants';
import { useSourcesStore } from '../state/sources';
import { useUiStore } from '../state/ui';
import { errorMessage } from '../lib/errors';

/** Imports a participants CSV and shows the outcome (from the table's button or the host menu). */
export async function importParticipantsCsv(file: FileUpload): Promise<void> {
  const { showParticipantCsvReport, setBottomTab } = useUiStore.getState();
  try {
    const result = await useParticipantsStore.getState().importCsv(file);
    showParticipantCsvReport({ fileName: file.fileName, result });
    setBottomTab('participants');
    await useSourcesStore.getState().load();
  } catch (error) {
    showParticipantCsvReport({ fileName: file.fileName, error: errorMessage(error) });
  }
}
