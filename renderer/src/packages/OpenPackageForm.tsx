import { useId, useState } from 'react';
import type { FileUpload } from '../../../shared/api/contract';
import { Icon } from '../ui/Icon';
import { usePackagesStore } from './packagesStore';
import { PACKAGE_ACCEPT, readFileUpload } from './readFileUpload';

/**
 * Opens a coder package as a new project: the package file (chosen here, or already chosen in the
 * desktop menu) and the path of the project to create, typed as on the start screen because
 * browser mode has no native save dialog.
 */
export function OpenPackageForm({
  presetFile = null,
  suggestedPath = '',
  autoFocus,
}: {
  presetFile?: FileUpload | null;
  suggestedPath?: string;
  autoFocus?: boolean;
}) {
  const opening = usePackagesStore((s) => s.opening);
  const openError = usePackagesStore((s) => s.openError);
  const openPackage = usePackagesStore((s) => s.openPackage);
  const [chosen, setChosen] = useState<File | null>(null);
  const [path, setPath] = useState(suggestedPath);
  const [problem, setProblem] = useState<string | null>(null);
  const fileId = useId();
  const pathId = useId();
  const hintId = useId();

  const submit = async () => {
    const projectPath = path.trim();
    if (!presetFile && !chosen) return setProblem('Choose the package file you were sent.');
    if (!projectPath) {
      return setProblem('Type the path of the new project file, e.g. /home/me/Coding.concord');
    }
    setProblem(null);
    const file = presetFile ?? (await readFileUpload(chosen!));
    await openPackage(file, projectPath);
  };

  const message = problem ?? openError;
  return (
    <form
      className="form package-open"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <div className="field">
        <label className="field__label" htmlFor={fileId}>
          Package file
        </label>
        {presetFile ? (
          <p id={fileId} className="package-open__file">
            <Icon name="folder" small /> {presetFile.fileName}
          </p>
        ) : (
          <input
            id={fileId}
            className="input"
            type="file"
            accept={PACKAGE_ACCEPT}
            autoFocus={autoFocus}
            onChange={(event) => {
              setChosen(event.target.files?.[0] ?? null);
              setProblem(null);
            }}
          />
        )}
      </div>
      <div className="field">
        <label className="field__label" htmlFor={pathId}>
          New project file
        </label>
        <div className="start__form">
          <input
            id={pathId}
            className="input input--large"
            value={path}
            onChange={(event) => {
              setPath(event.target.value);
              setProblem(null);
            }}
            placeholder="/path/to/My coding.concord"
            aria-invalid={message ? true : undefined}
            aria-describedby={hintId}
            autoFocus={autoFocus && presetFile !== null}
            spellCheck={false}
          />
          <button type="submit" className="btn btn--primary btn--large" disabled={opening}>
            <Icon name="folder" small /> Open package
          </button>
        </div>
      </div>
      <p
        id={hintId}
        className={message ? 'inline-error' : 'field__hint'}
        role={message ? 'alert' : undefined}
      >
        {message ??
          'Creates a new project with the sources you were assigned and opens it as you, the coder.'}
      </p>
    </form>
  );
}
