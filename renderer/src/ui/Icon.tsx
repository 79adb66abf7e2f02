/** A small stroke icon set drawn on a 16px grid, so the UI needs no icon font or image files. */
const PATHS = {
  interview:
    'M5 3.5h6a1.5 1.5 0 0 1 1.5 1.5v4A1.5 1.5 0 0 1 11 10.5H8l-3 2.5v-2.5A1.5 1.5 0 0 1 3.5 9V5A1.5 1.5 0 0 1 5 3.5z',
  notes: 'M4.5 2.5h5l2.5 2.5v8.5h-7.5zM9.5 2.5V5H12M6.5 8h3.5M6.5 10.5h3.5',
  search: 'M7 3a4 4 0 1 1 0 8a4 4 0 0 1 0-8zM10 10l3.5 3.5',
  import: 'M8 2.5v7.5M5 7l3 3l3-3M3 11.5v2h10v-2',
  sun: 'M8 5.5a2.5 2.5 0 1 1 0 5a2.5 2.5 0 0 1 0-5zM8 1.5v1.5M8 13v1.5M1.5 8H3M13 8h1.5M3.4 3.4l1 1M11.6 11.6l1 1M3.4 12.6l1-1M11.6 4.4l1-1',
  moon: 'M12.5 9.5A5 5 0 0 1 6.5 3.5a5 5 0 1 0 6 6z',
  close: 'M4.5 4.5l7 7M11.5 4.5l-7 7',
  plus: 'M8 3.5v9M3.5 8h9',
  filter: 'M2.5 3.5h11L9.5 8.5v4l-3 1.5v-5.5z',
  user: 'M8 2.5a2.5 2.5 0 1 1 0 5a2.5 2.5 0 0 1 0-5zM3 13.5c.5-2.5 2.5-4 5-4s4.5 1.5 5 4',
  users:
    'M6 3a2.2 2.2 0 1 1 0 4.4A2.2 2.2 0 0 1 6 3zM1.8 13c.4-2.3 2-3.6 4.2-3.6s3.8 1.3 4.2 3.6M10.5 3.2a2.2 2.2 0 0 1 0 4.2M11.5 9.6c1.5.4 2.4 1.6 2.7 3.4',
  tree: 'M3 3h4v3H3zM9 7h4v3H9zM9 12h4v2.5H9zM5 6v7.5h4M5 8.5h4',
  clock: 'M8 2.5a5.5 5.5 0 1 1 0 11a5.5 5.5 0 0 1 0-11zM8 5v3.2l2 1.3',
  folder: 'M2 4.5h4l1.5 1.5H14v7H2z',
  spark: 'M8 2l1.5 4.5L14 8l-4.5 1.5L8 14l-1.5-4.5L2 8l4.5-1.5z',
  command:
    'M5.5 4a1.5 1.5 0 1 0 0 3h5a1.5 1.5 0 1 0-1.5-1.5v5a1.5 1.5 0 1 0 1.5-1.5h-5A1.5 1.5 0 1 0 7 10.5v-5',
  history: 'M3 8a5 5 0 1 0 1.5-3.5M3 2.5V5h2.5M8 5.5V8l1.8 1.2',
  check: 'M3.5 8.5l3 3l6-7',
  alert: 'M8 2.5l6 11H2zM8 6.5v3M8 11.5v.2',
  chevronDown: 'M4.5 6.5L8 10l3.5-3.5',
  chevronRight: 'M6.5 4.5L10 8l-3.5 3.5',
  upload: 'M8 10.5V3M5 6l3-3l3 3M3 10.5v3h10v-3',
  table: 'M2.5 3.5h11v9h-11zM2.5 6.5h11M2.5 9.5h11M6 3.5v9',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name, small, label }: { name: IconName; small?: boolean; label?: string }) {
  return (
    <svg
      className={small ? 'icon icon--sm' : 'icon'}
      viewBox="0 0 16 16"
      aria-hidden={label ? undefined : true}
      role={label ? 'img' : undefined}
      aria-label={label}
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
