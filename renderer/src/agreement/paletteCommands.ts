import type { Command } from '../palette/commands';
import { useUiStore } from '../state/ui';
import { useAgreementStore } from './agreementStore';
import { showAgreementTab } from './showAgreementTab';

/** Exports from the palette show the tab, where the outcome (or the error) is reported. */
function exportReport(format: 'csv' | 'docx'): void {
  useUiStore.getState().setBottomTab('agreement');
  void useAgreementStore.getState().exportAs(format);
}

/** Palette commands of this feature. */
export function agreementCommands(): Command[] {
  return [
    {
      id: 'show-agreement',
      title: 'Show agreement report',
      group: 'View',
      run: showAgreementTab,
    },
    {
      id: 'export-agreement-csv',
      title: 'Export agreement report as CSV',
      group: 'Project',
      run: () => exportReport('csv'),
    },
    {
      id: 'export-agreement-docx',
      title: 'Export agreement report as DOCX',
      group: 'Project',
      run: () => exportReport('docx'),
    },
  ];
}
