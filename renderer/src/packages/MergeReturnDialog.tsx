import { useId, useState } from 'react';
import type { MergeDecision } from '../../../shared/api/contract';
import type { Id } from '../../../shared/domain/types';
import { Dialog } from '../ui/Dialog';
import { Icon } from '../ui/Icon';
import { MergePreviewView } from './MergePreviewView';
import { MergeReportView } from './MergeReportView';
import type { CollisionChoice } from './mergeSummary';
import { usePackagesStore } from './packagesStore';
import { readFileUpload, RETURN_ACCEPT } from './readFileUpload';

/**
 * Lead: merges a coder's return. Choose the file, review what it would change (deciding each code
 * whose name is taken), apply, read the report. A refused file changes nothing.
 */
export function MergeReturnDialog() {
  const merge = usePackagesStore((s) => s.merge);
  const close = usePackagesStore((s) => s.closeDialog);
  const readReturn = usePackagesStore((s) => s.readReturn);
  const applyMerge = usePackagesStore((s) => s.applyMerge);
  const [choices, setChoices] = useState<Record<Id, CollisionChoice>>({});
  const fileId = useId();

  if (merge.stage === 'done') {
    return (
      <Dialog
        title="Coder return merged"
        onClose={close}
        width={520}
        footer={
          <button type="button" className="btn btn--primary" onClick={close} autoFocus>
            Done
          </button>
        }
      >
        <MergeReportView report={merge.report} coderName={merge.preview.coderName} />
      </Dialog>
    );
  }

  if (merge.stage === 'review') {
    const decisions: MergeDecision[] = merge.preview.nameCollisions.flatMap((collision) => {
      const choice = choices[collision.codeId] ?? 'merge';
      return choice === 'wait' ? [] : [{ codeId: collision.codeId, action: choice }];
    });
    return (
      <Dialog
        title="Review coder return"
        onClose={close}
        width={600}
        closeDisabled={merge.applying}
        footer={
          <>
            <button type="button" className="btn" onClick={close} disabled={merge.applying}>
              Cancel
            </button>
            <button
              type="button"
              className="btn btn--primary"
              disabled={merge.applying}
              onClick={() => void applyMerge(decisions)}
              autoFocus
            >
              <Icon name="check" small /> Apply
            </button>
          </>
        }
      >
        <MergePreviewView
          preview={merge.preview}
          choices={choices}
          onChoose={(codeId, choice) => setChoices((prev) => ({ ...prev, [codeId]: choice }))}
        />
        {merge.error && (
          <p className="message message--error" role="alert">
            <Icon name="alert" small /> {merge.error}
          </p>
        )}
      </Dialog>
    );
  }

  const reading = merge.stage === 'reading';
  return (
    <Dialog
      title="Merge coder return"
      onClose={close}
      width={520}
      footer={
        <button type="button" className="btn" onClick={close}>
          Cancel
        </button>
      }
    >
      <div className="form">
        <p className="muted">
          Choose the return file a coder sent you. You will see what it changes before anything is
          merged.
        </p>
        <div className="field">
          <label className="field__label" htmlFor={fileId}>
            Return file
          </label>
          <input
            id={fileId}
            className="input"
            type="file"
            accept={RETURN_ACCEPT}
            disabled={reading}
            autoFocus
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void readFileUpload(file).then(readReturn);
            }}
          />
        </div>
        {reading && (
          <p className="muted" role="status">
            Reading {merge.fileName}…
          </p>
        )}
        {merge.stage === 'pick' && merge.refusal && (
          <div className="message message--error" role="alert">
            <Icon name="alert" small />
            <span>
              <strong>{merge.refusal.fileName} was not merged.</strong> {merge.refusal.message}{' '}
              Nothing was changed.
            </span>
          </div>
        )}
      </div>
    </Dialog>
  );
}
