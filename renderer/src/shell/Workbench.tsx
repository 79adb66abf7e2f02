import { useEffect, useRef, useState } from 'react';
import { useUiStore } from '../state/ui';
import { SourcesPanel } from '../sources/SourcesPanel';
import { ParticipantsPanel } from '../participants/ParticipantsPanel';
import { DocumentPane } from '../document/DocumentPane';
import { CodeTreePane } from './CodeTreePane';
import { BottomPane } from './BottomPane';
import { Splitter } from './Splitter';
import { TitleBar } from './TitleBar';

const MIN_SIDE = 200;
const MIN_DOCUMENT = 320;
const MIN_BOTTOM = 120;
const MIN_TOP = 240;

/** The main window with a project open: title bar and the four resizable panes. */
export function Workbench() {
  const sizes = useUiStore((s) => s.paneSizes);
  const setPaneSize = useUiStore((s) => s.setPaneSize);
  const bottomCollapsed = useUiStore((s) => s.bottomCollapsed);
  const main = useRef<HTMLDivElement>(null);
  const [bounds, setBounds] = useState({ width: 1280, height: 760 });

  // Splitter limits depend on the window size, so the document pane never disappears.
  useEffect(() => {
    const element = main.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setBounds({ width: entry.contentRect.width, height: entry.contentRect.height });
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const maxSide = (other: number) => Math.max(MIN_SIDE, bounds.width - other - MIN_DOCUMENT);
  const left = Math.min(sizes.left, maxSide(sizes.right));
  const right = Math.min(sizes.right, maxSide(left));
  const maxBottom = Math.max(MIN_BOTTOM, bounds.height - MIN_TOP);
  const bottom = Math.min(sizes.bottom, maxBottom);
  const topHeight = bounds.height - (bottomCollapsed ? 30 : bottom);
  const maxLeftSplit = Math.max(120, topHeight - 140);
  const leftSplit = Math.min(sizes.leftSplit, maxLeftSplit);

  return (
    <div className="workbench">
      <TitleBar />
      <div className="workbench__main" ref={main}>
        <div className="workbench__top">
          <aside
            className="pane pane--side"
            style={{ width: left }}
            aria-label="Sources and participants"
          >
            <div className="pane__section" style={{ height: leftSplit }}>
              <SourcesPanel />
            </div>
            <Splitter
              orientation="horizontal"
              size={leftSplit}
              min={120}
              max={maxLeftSplit}
              growsWith={1}
              label="Resize sources and participants"
              onResize={(size) => setPaneSize('leftSplit', size)}
            />
            <div className="pane__section pane__section--fill">
              <ParticipantsPanel />
            </div>
          </aside>
          <Splitter
            orientation="vertical"
            size={left}
            min={MIN_SIDE}
            max={maxSide(right)}
            growsWith={1}
            label="Resize sources pane"
            onResize={(size) => setPaneSize('left', size)}
          />
          <main className="pane pane--document" aria-label="Document">
            <DocumentPane />
          </main>
          <Splitter
            orientation="vertical"
            size={right}
            min={MIN_SIDE}
            max={maxSide(left)}
            growsWith={-1}
            label="Resize code tree pane"
            onResize={(size) => setPaneSize('right', size)}
          />
          <aside className="pane pane--side" style={{ width: right }} aria-label="Code tree">
            <CodeTreePane />
          </aside>
        </div>
        {!bottomCollapsed && (
          <Splitter
            orientation="horizontal"
            size={bottom}
            min={MIN_BOTTOM}
            max={maxBottom}
            growsWith={-1}
            label="Resize results pane"
            onResize={(size) => setPaneSize('bottom', size)}
          />
        )}
        <section
          className="pane pane--bottom"
          style={{ height: bottomCollapsed ? undefined : bottom }}
          aria-label="Results"
        >
          <BottomPane />
        </section>
      </div>
    </div>
  );
}
