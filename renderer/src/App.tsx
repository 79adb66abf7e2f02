import { useEffect } from 'react';
import { useProjectStore } from './state/project';
import { useUiStore } from './state/ui';
import { loadProjectData } from './state/workspace';
import { Workbench } from './shell/Workbench';
import { StartScreen } from './shell/StartScreen';
import { useTheme } from './shell/useTheme';
import { CommandPalette } from './palette/CommandPalette';
import { useGlobalShortcuts } from './palette/useGlobalShortcuts';
import { ImportDialog } from './import/ImportDialog';
import { FileDropTarget } from './import/FileDropTarget';
import { ParticipantCsvReportDialog } from './participants/ParticipantCsvReportDialog';
import { useHostMenuCommands } from './host/useHostMenuCommands';
import { TeamDialogs } from './team/TeamDialogs';
import { RoundDialogs } from './rounds/RoundDialogs';
import { PackageDialogs } from './packages/PackageDialogs';

/** The root: the start screen or the workbench, plus app-wide dialogs and shortcuts. */
export function App() {
  const status = useProjectStore((s) => s.status);
  const paletteOpen = useUiStore((s) => s.paletteOpen);
  const importOpen = useUiStore((s) => s.importOpen);

  useTheme();
  useHostMenuCommands();
  useGlobalShortcuts(status === 'open');

  useEffect(() => {
    void (async () => {
      await useProjectStore.getState().initialize();
      if (useProjectStore.getState().status === 'open') await loadProjectData();
    })();
  }, []);

  if (status === 'loading') return <div className="app-loading" aria-busy />;
  if (status === 'closed')
    return (
      <>
        <StartScreen />
        <PackageDialogs />
      </>
    );

  return (
    <>
      <Workbench />
      {paletteOpen && <CommandPalette />}
      {importOpen && <ImportDialog />}
      <ParticipantCsvReportDialog />
      <FileDropTarget />
      <TeamDialogs />
      <RoundDialogs />
      <PackageDialogs />
    </>
  );
}
