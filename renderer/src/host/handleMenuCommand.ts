import type { FileUpload } from '../../../shared/api/contract';
import type { MenuCommand } from '../api/host-events';
import { importParticipantsCsv } from '../participants/importParticipantsCsv';
import { usePackagesStore } from '../packages/packagesStore';
import { useUiStore } from '../state/ui';
import { reloadWorkspace } from '../state/workspace';

/** Bytes chosen in a native dialog, wrapped as Files for the import dialog. */
function toFile(upload: FileUpload): File {
  return new File([upload.data as Uint8Array<ArrayBuffer>], upload.fileName);
}

/** Carries out a native-menu command from the desktop host. */
export function handleMenuCommand(command: MenuCommand): void {
  const ui = useUiStore.getState();
  switch (command.type) {
    case 'project-changed':
      void reloadWorkspace();
      break;
    case 'import-files':
      ui.openImport(command.files.map(toFile));
      break;
    case 'import-participants':
      void importParticipantsCsv(command.file);
      break;
    case 'export-coder-package':
      usePackagesStore.getState().showExportPackage();
      break;
    case 'open-coder-package':
      usePackagesStore.getState().showOpenPackage(command.file, command.suggestedProjectPath);
      break;
    case 'export-coder-return':
      void usePackagesStore.getState().exportReturn();
      break;
    case 'merge-coder-return':
      usePackagesStore.getState().showMergeReturn(command.file);
      break;
    case 'toggle-theme':
      ui.toggleTheme();
      break;
    case 'show-shortcuts':
      ui.setPaletteOpen(true);
      break;
  }
}
