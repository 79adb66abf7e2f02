/**
 * Icons the code tree needs beyond the shared set (ui/Icon), drawn the same way: strokes on a
 * 16px grid, coloured by currentColor, hidden from screen readers (buttons carry the label).
 */
const PATHS = {
  undo: 'M5.5 4L2.5 7l3 3M2.5 7H10a3.5 3.5 0 0 1 0 7H7',
  redo: 'M10.5 4l3 3l-3 3M13.5 7H6a3.5 3.5 0 0 0 0 7h3',
  subcode: 'M4 2.5v6.5a2 2 0 0 0 2 2h3.5M9.5 8.5v5M7 11h5',
  newCode: 'M8 3.5v9M3.5 8h9',
  trash: 'M3 4.5h10M6.5 4.5V3h3v1.5M4.5 4.5l.7 9h5.6l.7-9M7 7v4.5M9 7v4.5',
  pencil: 'M10.5 2.5l3 3l-8 8H2.5v-3zM9 4l3 3',
  apply: 'M2.5 8.5l3.5 3.5l7.5-8',
  more: 'M3.5 8h.1M8 8h.1M12.5 8h.1',
  layers: 'M8 2.5l5.5 3L8 8.5l-5.5-3zM2.5 8.5L8 11.5l5.5-3M2.5 11L8 14l5.5-3',
} as const;

export type CodeTreeIconName = keyof typeof PATHS;

export function CodeTreeIcon({ name, small }: { name: CodeTreeIconName; small?: boolean }) {
  return (
    <svg className={small ? 'icon icon--sm' : 'icon'} viewBox="0 0 16 16" aria-hidden>
      <path d={PATHS[name]} />
    </svg>
  );
}
