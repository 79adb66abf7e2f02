import { useMemo, useState } from 'react';
import { useUiStore } from '../state/ui';
import { shortcutLabel } from '../lib/keyboard';
import { usePaletteList } from './usePaletteList';
import { dataCommands, staticCommands, type Command } from './commands';
import { fuzzyFilter } from './fuzzy';
import { PaletteFrame } from './PaletteFrame';

const MAX_ROWS = 50;

/** Every command by name, with fuzzy filtering; arrows choose, Enter runs, Escape closes. */
export function CommandPalette() {
  const setOpen = useUiStore((s) => s.setPaletteOpen);
  const [query, setQuery] = useState('');
  const commands = useMemo(() => [...staticCommands(), ...dataCommands()], []);
  const shown = useMemo(
    () => fuzzyFilter(commands, query, (c) => `${c.title} ${c.group}`).slice(0, MAX_ROWS),
    [commands, query],
  );
  const close = () => setOpen(false);
  const run = (command: Command | undefined) => {
    if (!command) return;
    close();
    // Let the palette unmount first so focus moves to where the command sends it.
    requestAnimationFrame(() => command.run());
  };

  const { active, setActive, dialog, list, onKeyDown } = usePaletteList(shown.length, (index) =>
    run(shown[index]),
  );

  return (
    <PaletteFrame
      dialog={dialog}
      list={list}
      className="palette"
      label="Command palette"
      onDismiss={close}
      placeholder="Type a command or a source name…"
      inputLabel="Command"
      listId="palette-list"
      activeRowId={shown[active] ? `cmd-${shown[active].id}` : undefined}
      query={query}
      onQueryChange={(next) => {
        setQuery(next);
        setActive(0);
      }}
      onKeyDown={onKeyDown}
    >
      {shown.length === 0 && <li className="palette__empty">No matching command</li>}
      {shown.map((command, index) => (
        <li
          key={command.id}
          id={`cmd-${command.id}`}
          role="option"
          aria-selected={index === active}
          className={index === active ? 'palette__row is-active' : 'palette__row'}
          onMouseMove={() => setActive(index)}
          onClick={() => run(command)}
        >
          <span className="palette__title">{command.title}</span>
          <span className="palette__group">{command.group}</span>
          {command.shortcut && <kbd>{shortcutLabel(command.shortcut)}</kbd>}
        </li>
      ))}
    </PaletteFrame>
  );
}
