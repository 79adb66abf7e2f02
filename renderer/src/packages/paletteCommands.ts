import type { Command } from '../palette/commands';
import { useProjectStore } from '../state/project';
import { usePackagesStore } from './packagesStore';

/**
 * Palette commands of coder packages: a lead exports packages and merges returns; in a project
 * opened from a package, the coder exports the return. Opening a package is on the start screen.
 */
export function packageCommands(): Command[] {
  const { currentUser, project } = useProjectStore.getState();
  const packages = usePackagesStore.getState();
  const commands: Command[] = [];
  if (currentUser?.role === 'lead') {
    commands.push(
      {
        id: 'export-coder-package',
        title: 'Export coder package…',
        group: 'Project',
        run: () => packages.showExportPackage(),
      },
      {
        id: 'merge-coder-return',
        title: 'Merge coder return…',
        group: 'Project',
        run: () => packages.showMergeReturn(),
      },
    );
  }
  if (project?.packageOrigin) {
    commands.push({
      id: 'export-coder-return',
      title: 'Export coder return',
      group: 'Project',
      run: () => void packages.exportReturn(),
    });
  }
  return commands;
}
