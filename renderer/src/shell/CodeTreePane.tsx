import { useEffect, useState } from 'react';
import type { Code } from '../../../shared/domain/types';
import { api } from '../api';
import { EmptyState } from '../ui/EmptyState';
import { PaneHeader } from '../ui/PaneHeader';

/**
 * The code tree. Coding arrives in a later issue; until then the pane lists existing codes (a
 * project made elsewhere may have some) or explains what the codebook will hold.
 */
export function CodeTreePane() {
  const [codes, setCodes] = useState<Code[] | null>(null);

  useEffect(() => {
    let live = true;
    api
      .listCodes()
      .then((list) => live && setCodes(list))
      .catch(() => live && setCodes([]));
    return () => {
      live = false;
    };
  }, []);

  return (
    <div className="pane__column" data-pane="codes">
      <PaneHeader title="Code tree" count={codes?.length} />
      {codes && codes.length > 0 ? (
        <ul className="list" aria-label="Codes" tabIndex={0}>
          {codes
            .filter((code) => code.parentId === null)
            .map((code) => (
              <li key={code.id} className="list__row">
                <span className="code-swatch" style={{ background: code.color }} aria-hidden />
                <span className="list__title">{code.name}</span>
              </li>
            ))}
        </ul>
      ) : (
        <EmptyState icon="tree" title="No codes yet">
          <p>
            The codebook is the hierarchy of codes your team applies to passages: each with a
            definition, inclusion and exclusion notes and a colour.
          </p>
          <p>
            Coding arrives in the next version of Concord. Meanwhile, read your sources and note
            candidate themes.
          </p>
        </EmptyState>
      )}
    </div>
  );
}
