import { useState } from 'react';
import type { Code } from '../../../../shared/domain/types';
import { errorMessage } from '../../lib/errors';
import { Dialog } from '../../ui/Dialog';
import { updateCode } from '../codebookActions';
import { ColorPicker } from '../ColorPicker';

/** Changes a code's colour; each choice saves at once (and can be undone). */
export function ColorDialog({ code, onClose }: { code: Code; onClose: () => void }) {
  const [color, setColor] = useState(code.color);
  const [error, setError] = useState<string | null>(null);

  const choose = async (hex: string) => {
    const previous = color;
    setColor(hex);
    setError(null);
    try {
      await updateCode(code.id, { color: hex });
    } catch (e) {
      setColor(previous);
      setError(errorMessage(e));
    }
  };

  return (
    <Dialog
      title={`Colour of “${code.name}”`}
      onClose={onClose}
      width={360}
      footer={
        <button type="button" className="btn btn--primary" onClick={onClose}>
          Done
        </button>
      }
    >
      <ColorPicker value={color} onChange={(hex) => void choose(hex)} label="Code colour" />
      {error && (
        <p className="inline-error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  );
}
