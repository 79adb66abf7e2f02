/** An eye struck through: the round hides other coders' work. Drawn like ui/Icon (16px grid). */
export function BlindIcon() {
  return (
    <svg className="icon icon--sm" viewBox="0 0 16 16" aria-hidden>
      <path d="M1.8 8C3.3 5.3 5.5 4 8 4s4.7 1.3 6.2 4c-1.5 2.7-3.7 4-6.2 4S3.3 10.7 1.8 8zM6.3 8a1.7 1.7 0 0 0 3.4 0M2.5 13.5l11-11" />
    </svg>
  );
}
