/**
 * A deterministic synthetic study for the benchmarks: transcripts in the `[hh:mm:ss] Speaker:`
 * convention built from a practitioner vocabulary, so the importers, the store and the full-text
 * index see realistic input. Deterministic so that figures compare across runs.
 */

const WORDS = (
  'the a and to of in that it we was for with they on is be have she he at but so this about ' +
  'when what there would like just know think really from were had because then them their ' +
  'case worker court judge officer juvenile school attendance referral placement therapist ' +
  'services family youth trust communication agency partner meeting team safety plan hotline ' +
  'investigation interview advocate prosecutor detective shelter runaway screening training ' +
  'funding caseload turnover supervisor county circuit deputy truancy counselor hospital nurse ' +
  'report disclosure trauma relationship consistent information sharing collaboration process ' +
  'challenge benefit resource program residential community outreach phone call email week ' +
  'month year time people kids parents guardian mother father grandmother sister brother home'
).split(' ');

/** Mulberry32: small, fast, seeded. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function clock(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return [h, m, s].map((n) => String(n).padStart(2, '0')).join(':');
}

export interface SyntheticTranscript {
  fileName: string;
  participant: string;
  content: string;
  words: number;
}

/** One transcript of about `targetWords` words in interviewer/participant turns. */
export function syntheticTranscript(index: number, targetWords: number): SyntheticTranscript {
  const random = prng(index + 1);
  const participant = `P${String(index % 200).padStart(3, '0')}`;
  const lines: string[] = [];
  let words = 0;
  let seconds = 3;
  let turn = 0;
  while (words < targetWords) {
    const speaker = turn % 2 === 0 ? 'Interviewer' : participant;
    const length =
      speaker === 'Interviewer' ? 12 + Math.floor(random() * 20) : 40 + Math.floor(random() * 120);
    const sentence: string[] = [];
    for (let i = 0; i < length; i++) sentence.push(WORDS[Math.floor(random() * WORDS.length)]!);
    const text = sentence.join(' ');
    lines.push(`[${clock(seconds)}] ${speaker}: ${text[0]!.toUpperCase()}${text.slice(1)}.`);
    words += length;
    seconds += Math.max(4, Math.round(length / 2.5));
    turn++;
  }
  return {
    fileName: `Synthetic interview ${String(index + 1).padStart(4, '0')}.txt`,
    participant,
    content: lines.join('\n\n') + '\n',
    words,
  };
}

export function syntheticParticipantsCsv(count: number): string {
  const roles = [
    'Investigator',
    'Deputy juvenile officer',
    'Truancy officer',
    'Therapist',
    'Case manager',
    'Director',
  ];
  const rows = ['Pseudonym,Job title,Site,Sector,Wave'];
  for (let i = 0; i < count; i++) {
    const role = roles[i % roles.length]!;
    const sector = i % roles.length < 3 ? 'Justice system' : 'Social services';
    rows.push(
      `P${String(i).padStart(3, '0')},${role},Site ${i % 2 === 0 ? 'A' : 'B'},${sector},${1 + (i % 2)}`,
    );
  }
  return rows.join('\n') + '\n';
}
