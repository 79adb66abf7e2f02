import type { Id, SourceSummary, User } from '../../../shared/domain/types';
import { isAssignedIn, type AssignmentDraft } from './assignmentDraft';
import { useRovingGrid } from './useRovingGrid';

/**
 * Sources by coders, a checkbox per assignment, plus a first column that selects sources for the
 * helpers. One tab stop: arrows move between the checkboxes, Space ticks.
 */
export function AssignmentMatrix({
  sources,
  coders,
  draft,
  selected,
  onToggle,
  onToggleSelected,
  onSelectAll,
}: {
  sources: readonly SourceSummary[];
  coders: readonly User[];
  draft: AssignmentDraft;
  selected: ReadonlySet<Id>;
  onToggle: (sourceId: Id, coderId: Id) => void;
  onToggleSelected: (sourceId: Id) => void;
  onSelectAll: (all: boolean) => void;
}) {
  const { tabIndexFor, onKeyDown, onFocus } = useRovingGrid(sources.length, coders.length + 1);
  const allSelected = sources.length > 0 && sources.every((s) => selected.has(s.id));

  return (
    <div className="assign-matrix__scroll">
      <table
        className="assign-matrix"
        aria-label="Assignments: sources by coders"
        onKeyDown={onKeyDown}
        onFocus={onFocus}
      >
        <thead>
          <tr>
            <th scope="col" className="assign-matrix__select">
              <input
                type="checkbox"
                aria-label="Select all sources"
                checked={allSelected}
                onChange={() => onSelectAll(!allSelected)}
              />
            </th>
            <th scope="col">Source</th>
            {coders.map((coder) => (
              <th key={coder.id} scope="col" className="assign-matrix__coder">
                <span>{coder.name}</span>
                <span className="assign-matrix__role">{coder.role}</span>
              </th>
            ))}
            <th scope="col" className="num">
              Coders
            </th>
          </tr>
        </thead>
        <tbody>
          {sources.map((source, row) => {
            const count = coders.filter((c) => isAssignedIn(draft, source.id, c.id)).length;
            return (
              <tr
                key={source.id}
                className={selected.has(source.id) ? 'is-selected' : undefined}
                data-in-round={count > 0 || undefined}
              >
                <td className="assign-matrix__select">
                  <input
                    type="checkbox"
                    aria-label={`Select ${source.title}`}
                    data-row={row}
                    data-col={0}
                    tabIndex={tabIndexFor(row, 0)}
                    checked={selected.has(source.id)}
                    onChange={() => onToggleSelected(source.id)}
                  />
                </td>
                <th scope="row" className="assign-matrix__source" title={source.title}>
                  {source.title}
                </th>
                {coders.map((coder, index) => (
                  <td key={coder.id} className="assign-matrix__cell">
                    <input
                      type="checkbox"
                      aria-label={`${coder.name} codes ${source.title}`}
                      data-row={row}
                      data-col={index + 1}
                      tabIndex={tabIndexFor(row, index + 1)}
                      checked={isAssignedIn(draft, source.id, coder.id)}
                      onChange={() => onToggle(source.id, coder.id)}
                    />
                  </td>
                ))}
                <td className="num assign-matrix__count">{count || '–'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
