import { useState } from 'react';
import type { SourceKind } from '../../../shared/domain/types';
import { useImportQueue } from '../state/import-queue';
import { useParticipantsStore } from '../state/participants';
import { useProjectStore } from '../state/project';
import { useSourcesStore } from '../state/sources';
import { useUiStore } from '../state/ui';
import { Dialog } from '../ui/Dialog';
import { Icon } from '../ui/Icon';
import { plural } from '../lib/format';
import { ImportResults } from './ImportResults';

const ACCEPT = '.txt,.text,.md,.docx,.srt,.vtt,.rtf,text/plain';

/**
 * Picks files and imports them one by one with progress and Cancel. Files dropped on the window
 * arrive pre-selected. Every file is its own transaction, so a failure never affects the others.
 */
export function ImportDialog() {
  const initialFiles = useUiStore((s) => s.importFiles);
  const closeImport = useUiStore((s) => s.closeImport);
  const participants = useParticipantsStore((s) => s.participants);
  const queue = useImportQueue();
  const [files, setFiles] = useState<File[]>(initialFiles);
  const [participantId, setParticipantId] = useState('');
  const [kind, setKind] = useState<SourceKind | ''>('');
  const started = queue.running || queue.outcomes.length > 0;

  const close = () => {
    if (queue.running) return;
    queue.reset();
    closeImport();
  };

  const start = async () => {
    const outcomes = await queue.run(files, {
      participantId: participantId || null,
      kind: kind || undefined,
    });
    const imported = outcomes.find((o) => o.status === 'imported');
    await Promise.all([
      useSourcesStore.getState().load(),
      useParticipantsStore.getState().load(),
      useProjectStore.getState().refreshProject(),
    ]);
    if (imported?.status === 'imported')
      useSourcesStore.getState().select(imported.result.sourceId);
  };

  const progress = queue.total > 0 ? (queue.current / queue.total) * 100 : 0;

  return (
    <Dialog
      title="Import sources"
      onClose={close}
      closeDisabled={queue.running}
      width={560}
      footer={
        queue.running ? (
          <button
            type="button"
            className="btn"
            onClick={queue.cancel}
            disabled={queue.cancelRequested}
          >
            {queue.cancelRequested ? 'Stopping after this file…' : 'Cancel'}
          </button>
        ) : started ? (
          <button type="button" className="btn btn--primary" onClick={close} autoFocus>
            Done
          </button>
        ) : (
          <>
            <button type="button" className="btn" onClick={close}>
              Cancel
            </button>
            <button
              type="button"
              className="btn btn--primary"
              disabled={files.length === 0}
              onClick={() => void start()}
            >
              Import {files.length > 0 ? plural(files.length, 'file') : ''}
            </button>
          </>
        )
      }
    >
      {!started && (
        <div className="form">
          <label className="field">
            <span className="field__label">Files</span>
            <input
              type="file"
              multiple
              accept={ACCEPT}
              className="input"
              aria-label="Files to import"
              onChange={(event) => setFiles([...(event.target.files ?? [])])}
            />
            <span className="field__hint">
              Plain text, Word (.docx), subtitles (.srt, .vtt) and exports of transcription
              services. You can also drop files onto the window.
            </span>
          </label>
          {files.length > 0 && (
            <ul className="file-list" aria-label="Selected files">
              {files.map((file) => (
                <li key={`${file.name}-${file.size}`} className="file-list__row">
                  <Icon name="notes" small />
                  <span className="file-list__name">{file.name}</span>
                  <span className="faint num">{Math.max(1, Math.round(file.size / 1024))} KB</span>
                </li>
              ))}
            </ul>
          )}
          <div className="field-row">
            <label className="field">
              <span className="field__label">Participant</span>
              <select
                className="select"
                value={participantId}
                onChange={(event) => setParticipantId(event.target.value)}
              >
                <option value="">None (assign later)</option>
                {participants.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.pseudonym}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span className="field__label">Kind</span>
              <select
                className="select"
                value={kind}
                onChange={(event) => setKind(event.target.value as SourceKind | '')}
              >
                <option value="">Detect from the file</option>
                <option value="interview">Interview transcript</option>
                <option value="field_notes">Field notes</option>
              </select>
            </label>
          </div>
        </div>
      )}
      {started && (
        <div className="import-progress">
          <div className="import-progress__label">
            <span>
              {queue.running
                ? `Importing ${Math.min(queue.current + 1, queue.total)} of ${queue.total}`
                : `Finished: ${queue.outcomes.filter((o) => o.status === 'imported').length} of ${queue.total} imported`}
            </span>
            {queue.running && (
              <span className="muted import-progress__file">{queue.currentName}</span>
            )}
          </div>
          <div
            className="progress"
            role="progressbar"
            aria-label="Import progress"
            aria-valuemin={0}
            aria-valuemax={queue.total}
            aria-valuenow={queue.current}
          >
            <div className="progress__bar" style={{ width: `${progress}%` }} />
          </div>
          <ImportResults outcomes={queue.outcomes} />
        </div>
      )}
    </Dialog>
  );
}
