import { useProjectStore } from '../state/project';
import { Dialog } from '../ui/Dialog';
import { ExportPackageDialog } from './ExportPackageDialog';
import { MergeReturnDialog } from './MergeReturnDialog';
import { OpenPackageForm } from './OpenPackageForm';
import { PackageOriginBanner } from './PackageOriginBanner';
import { usePackagesStore } from './packagesStore';

/**
 * Dialogs for coder packages and returns, on the start screen and in the workbench, and in a
 * project opened from a package the banner with its Export return action.
 */
export function PackageDialogs() {
  const dialog = usePackagesStore((s) => s.dialog);
  const close = usePackagesStore((s) => s.closeDialog);
  const opening = usePackagesStore((s) => s.opening);
  const status = useProjectStore((s) => s.status);
  const origin = useProjectStore((s) => s.project?.packageOrigin ?? null);

  return (
    <>
      {status === 'open' && origin && (
        <PackageOriginBanner key={origin.projectId} origin={origin} />
      )}
      {dialog?.kind === 'export-package' && status === 'open' && (
        <ExportPackageDialog onClose={close} />
      )}
      {dialog?.kind === 'merge-return' && status === 'open' && <MergeReturnDialog />}
      {dialog?.kind === 'open-package' && (
        <Dialog title="Open coder package" onClose={close} width={560} closeDisabled={opening}>
          <OpenPackageForm
            presetFile={dialog.file}
            suggestedPath={dialog.suggestedPath}
            autoFocus
          />
        </Dialog>
      )}
    </>
  );
}
