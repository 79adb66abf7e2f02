import { useRef, useState, type KeyboardEvent } from 'react';
import type { AttributeDefinition, Participant } from '../../../shared/domain/types';
import { useParticipantsStore } from '../state/participants';
import { EmptyState } from '../ui/EmptyState';
import { Icon } from '../ui/Icon';
import { errorMessage } from '../lib/errors';
import { EditableCell, type CellExit } from './EditableCell';
import { formatAttributeValue, parseAttributeInput } from './attributeValues';
import { AddAttributeDialog } from './AddAttributeDialog';
import { ChangeAttributeTypeDialog } from './ChangeAttributeTypeDialog';
import { ImportParticipantsButton } from './ImportParticipantsButton';

const TYPE_LABEL: Record<AttributeDefinition['type'], string> = {
  text: 'Text',
  number: 'Number',
  date: 'Date',
  choice: 'Choice',
};

/** A cell address: row index and column index (0 is the pseudonym). */
interface CellAddress {
  row: number;
  col: number;
}

/**
 * The participants table: one row per participant, one typed column per attribute. Arrow keys move
 * between cells, Enter/F2 edits, Tab saves and moves on.
 */
export function ParticipantTable() {
  const attributes = useParticipantsStore((s) => s.attributes);
  const participants = useParticipantsStore((s) => s.participants);
  const updatePseudonym = useParticipantsStore((s) => s.updatePseudonym);
  const updateValue = useParticipantsStore((s) => s.updateValue);
  const createParticipant = useParticipantsStore((s) => s.createParticipant);
  const [editing, setEditing] = useState<CellAddress | null>(null);
  const [dialog, setDialog] = useState<
    { kind: 'add-attribute' } | { kind: 'change-type'; attribute: AttributeDefinition } | null
  >(null);
  const [newName, setNewName] = useState('');
  const [addError, setAddError] = useState<string | null>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const columnCount = attributes.length + 1;

  const focusCell = ({ row, col }: CellAddress) => {
    const cell = tableRef.current?.querySelector<HTMLElement>(
      `[data-row="${row}"][data-col="${col}"] [data-cell]`,
    );
    cell?.focus();
  };

  const endEdit = (from: CellAddress, exit: CellExit) => {
    setEditing(null);
    let next = from;
    if (exit !== 'stay') {
      const linear = from.row * columnCount + from.col + (exit === 'next' ? 1 : -1);
      const max = participants.length * columnCount - 1;
      const clamped = Math.max(0, Math.min(max, linear));
      next = { row: Math.floor(clamped / columnCount), col: clamped % columnCount };
      setEditing(next);
      return;
    }
    requestAnimationFrame(() => focusCell(next));
  };

  const onGridKeyDown = (event: KeyboardEvent) => {
    if (editing) return;
    const target = event.target as HTMLElement;
    const td = target.closest<HTMLElement>('[data-row]');
    if (!td) return;
    const row = Number(td.dataset.row);
    const col = Number(td.dataset.col);
    const moves: Record<string, CellAddress> = {
      ArrowDown: { row: Math.min(participants.length - 1, row + 1), col },
      ArrowUp: { row: Math.max(0, row - 1), col },
      ArrowRight: { row, col: Math.min(columnCount - 1, col + 1) },
      ArrowLeft: { row, col: Math.max(0, col - 1) },
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    focusCell(move);
  };

  const commitValue = async (participant: Participant, col: number, draft: string) => {
    if (col === 0) {
      if (!draft.trim()) throw new Error('A participant needs a pseudonym.');
      await updatePseudonym(participant.id, draft.trim());
      return;
    }
    const attribute = attributes[col - 1];
    if (!attribute) return;
    const parsed = parseAttributeInput(attribute, draft);
    if (!parsed.ok) throw new Error(parsed.message);
    await updateValue(participant.id, attribute.id, parsed.value);
  };

  const addParticipant = async () => {
    const pseudonym = newName.trim();
    if (!pseudonym) {
      setAddError('Type a pseudonym first.');
      return;
    }
    try {
      await createParticipant(pseudonym);
      setNewName('');
      setAddError(null);
    } catch (error) {
      setAddError(errorMessage(error));
    }
  };

  return (
    <div className="participant-table">
      <div className="toolbar">
        <form
          className="toolbar__group"
          onSubmit={(event) => {
            event.preventDefault();
            void addParticipant();
          }}
        >
          <input
            className="input input--compact"
            placeholder="New participant pseudonym"
            aria-label="New participant pseudonym"
            aria-invalid={addError ? true : undefined}
            value={newName}
            onChange={(event) => {
              setNewName(event.target.value);
              setAddError(null);
            }}
          />
          <button type="submit" className="btn btn--small">
            <Icon name="plus" small /> Add participant
          </button>
          {addError && <span className="inline-error">{addError}</span>}
        </form>
        <div className="toolbar__group">
          <button
            type="button"
            className="btn btn--small"
            onClick={() => setDialog({ kind: 'add-attribute' })}
          >
            <Icon name="plus" small /> Add attribute
          </button>
          <ImportParticipantsButton />
        </div>
      </div>
      {participants.length === 0 ? (
        <EmptyState icon="users" title="No participants yet">
          <p>
            Add each participant by pseudonym, or import a CSV with one row per participant and a
            column per attribute (job title, site, sector…).
          </p>
        </EmptyState>
      ) : (
        <div className="grid-scroll">
          <table
            ref={tableRef}
            className="grid"
            role="grid"
            aria-label="Participants"
            onKeyDown={onGridKeyDown}
          >
            <thead>
              <tr>
                <th scope="col" className="grid__head grid__head--sticky">
                  Pseudonym
                </th>
                {attributes.map((attribute) => (
                  <th key={attribute.id} scope="col" className="grid__head">
                    <span className="grid__head-inner">
                      <span className="grid__head-name">{attribute.name}</span>
                      <button
                        type="button"
                        className="badge grid__type"
                        title={`Change the type of ${attribute.name}`}
                        aria-label={`Type of ${attribute.name}: ${TYPE_LABEL[attribute.type]}. Change type`}
                        onClick={() => setDialog({ kind: 'change-type', attribute })}
                      >
                        {TYPE_LABEL[attribute.type]}
                      </button>
                    </span>
                  </th>
                ))}
                <th scope="col" className="grid__head grid__head--num">
                  Sources
                </th>
              </tr>
            </thead>
            <tbody>
              {participants.map((participant, row) => (
                <tr key={participant.id} data-participant-id={participant.id}>
                  {[null, ...attributes].map((attribute, col) => {
                    const address = { row, col };
                    const isEditing = editing?.row === row && editing.col === col;
                    const value =
                      attribute === null
                        ? participant.pseudonym
                        : formatAttributeValue(participant.attributes[attribute.id]);
                    const label = `${attribute?.name ?? 'Pseudonym'} of ${participant.pseudonym}`;
                    return (
                      <td
                        key={attribute?.id ?? 'pseudonym'}
                        data-row={row}
                        data-col={col}
                        className={[
                          'grid__cell',
                          col === 0 ? 'grid__cell--sticky' : '',
                          isEditing ? 'is-editing' : '',
                        ].join(' ')}
                        tabIndex={row === 0 && col === 0 && !editing ? 0 : -1}
                        onFocus={(event) => {
                          if (event.target === event.currentTarget) focusCell(address);
                        }}
                      >
                        <EditableCell
                          value={value}
                          attribute={attribute ?? undefined}
                          label={label}
                          editing={isEditing}
                          onStartEdit={() => setEditing(address)}
                          onEndEdit={(exit) => endEdit(address, exit)}
                          onCommit={(draft) => commitValue(participant, col, draft)}
                        />
                      </td>
                    );
                  })}
                  <td className="grid__cell grid__cell--num num">{participant.sourceCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {dialog?.kind === 'add-attribute' && <AddAttributeDialog onClose={() => setDialog(null)} />}
      {dialog?.kind === 'change-type' && (
        <ChangeAttributeTypeDialog attribute={dialog.attribute} onClose={() => setDialog(null)} />
      )}
    </div>
  );
}
