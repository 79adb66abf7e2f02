import { CodeTreePanel } from '../codetree/CodeTreePanel';

/** The code tree pane of the workbench (see renderer/src/codetree). */
export function CodeTreePane() {
  return <CodeTreePanel />;
}
