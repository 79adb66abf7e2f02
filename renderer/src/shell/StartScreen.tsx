import { useState } from 'react';
import { useProjectStore } from '../state/project';
import { loadProjectData } from '../state/workspace';
import { Icon } from '../ui/Icon';
import { baseName, formatDateTime } from '../lib/format';
import { StartScreenPackageActions } from '../packages/StartScreenPackageActions';

/**
 * Shown when no project is open: create a project, create the demo study, open a project by path,
 * or reopen a recent one. Paths are typed because browser mode has no native file dialog; in the
 * desktop app the File menu offers the native dialogs as well.
 */
export function StartScreen() {
  const recent = useProjectStore((s) => s.recent);
  const busy = useProjectStore((s) => s.busy);
  const error = useProjectStore((s) => s.error);
  const appInfo = useProjectStore((s) => s.appInfo);
  const createProject = useProjectStore((s) => s.createProject);
  const openProject = useProjectStore((s) => s.openProject);
  const [path, setPath] = useState('');
  const [pathError, setPathError] = useState<string | null>(null);

  const withPath = async (action: (path: string) => Promise<boolean>) => {
    const trimmed = path.trim();
    if (!trimmed) {
      setPathError('Type the path of the project file, e.g. /home/me/Study.concord');
      return;
    }
    setPathError(null);
    if (await action(trimmed)) await loadProjectData();
  };
  const open = async (target: string) => {
    if (await openProject(target)) await loadProjectData();
  };

  return (
    <div className="start">
      <div className="start__panel">
        <header className="start__header">
          <span className="start__logo" aria-hidden>
            C
          </span>
          <div>
            <h1 className="start__title">Concord</h1>
            <p className="start__subtitle">
              Team-based qualitative analysis, on your computer.
              {appInfo && <span className="faint"> Version {appInfo.version}</span>}
            </p>
          </div>
        </header>

        <section className="start__section" aria-labelledby="start-project">
          <h2 id="start-project" className="start__heading">
            Project file
          </h2>
          <form
            className="start__form"
            onSubmit={(event) => {
              event.preventDefault();
              void withPath((p) => createProject(p, false));
            }}
          >
            <input
              className="input input--large"
              value={path}
              onChange={(event) => {
                setPath(event.target.value);
                setPathError(null);
              }}
              placeholder="/path/to/Study.concord"
              aria-label="Project file path"
              aria-invalid={pathError ? true : undefined}
              aria-describedby="start-path-hint"
              spellCheck={false}
              autoFocus
            />
            <div className="start__buttons">
              <button type="submit" className="btn btn--primary btn--large" disabled={busy}>
                <Icon name="plus" small /> Create project
              </button>
              <button
                type="button"
                className="btn btn--large"
                disabled={busy}
                onClick={() => void withPath(openProject)}
              >
                <Icon name="folder" small /> Open
              </button>
            </div>
          </form>
          <p id="start-path-hint" className={pathError ? 'inline-error' : 'field__hint'}>
            {pathError ??
              'Everything stays in this one file on your computer: sources, participants, codes.'}
          </p>
          {error && (
            <p className="message message--error" role="alert">
              <Icon name="alert" small /> {error}
            </p>
          )}
        </section>

        <section className="start__demo" aria-labelledby="start-demo">
          <div>
            <h2 id="start-demo" className="start__heading">
              New to Concord?
            </h2>
            <p className="muted">
              The demo study has thirteen pseudonymized interviews with practitioners at two sites,
              coded by a team in two rounds,, their attributes and a field-notes source: everything
              to try the workflow.
            </p>
          </div>
          <button
            type="button"
            className="btn btn--large"
            disabled={busy}
            onClick={() => void withPath((p) => createProject(p, true))}
          >
            <Icon name="spark" small /> Create the demo study
          </button>
        </section>

        <StartScreenPackageActions />

        <section className="start__section" aria-labelledby="start-recent">
          <h2 id="start-recent" className="start__heading">
            Recent projects
          </h2>
          {recent.length === 0 ? (
            <p className="faint">Projects you open will be listed here.</p>
          ) : (
            <ul className="recent">
              {recent.map((project) => (
                <li key={project.path}>
                  <button
                    type="button"
                    className="recent__row"
                    disabled={busy}
                    onClick={() => void open(project.path)}
                    title={project.path}
                  >
                    <Icon name="folder" />
                    <span className="recent__main">
                      <span className="recent__name">{project.name || baseName(project.path)}</span>
                      <span className="recent__path">{project.path}</span>
                    </span>
                    <span className="recent__when faint">
                      {formatDateTime(project.openedAt)}
                      {project.userName && <> · as {project.userName}</>}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </div>
  );
}
