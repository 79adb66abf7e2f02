import { source as renata } from '../transcripts/01-renata';
import { source as marcus } from '../transcripts/02-marcus';
import { source as dana } from '../transcripts/03-dana';
import { source as elena } from '../transcripts/04-elena';
import { source as grace } from '../transcripts/06-grace';

/**
 * Sarah's first-pass coding of five interviews. Each passage is found by a distinctive phrase
 * and covers the sentence around it (or `sentences` sentences from there), coded with one to
 * three codes given by path. Several passages carry two or three codes, and some spans overlap.
 */
export interface DemoPassage {
  /** The demo file the source was imported from. */
  fileName: string;
  phrase: string;
  /** How many sentences the coding covers, starting with the one holding the phrase. */
  sentences?: number;
  codes: string[];
}

const P = 'Processes';
const C = 'Collaboration';
const F = 'Collaboration factors';

export const DEMO_PASSAGES: readonly DemoPassage[] = [
  // Renata, deputy juvenile officer, Site B
  {
    fileName: renata.fileName,
    phrase: 'almost never labeled as trafficking',
    codes: [`${P} / Identification / Challenges`],
  },
  {
    fileName: renata.fileName,
    phrase: "Early on I didn't see it",
    sentences: 2,
    codes: [`${P} / Identification / Challenges`, `${F} / Training`],
  },
  {
    fileName: renata.fileName,
    phrase: 'A training, mostly',
    sentences: 2,
    codes: [`${F} / Training`, `${P} / Identification / Benefits`],
  },
  {
    fileName: renata.fileName,
    phrase: 'We use a short screening tool now at intake',
    codes: [`${P} / Identification / Benefits`],
  },
  {
    fileName: renata.fileName,
    phrase: "the first call I make is usually to the sheriff's office",
    codes: [`${P} / Referral`, `${C} / With law enforcement`],
  },
  {
    fileName: renata.fileName,
    phrase: "he's had the trafficking training, and he gets it",
    codes: [`${C} / With law enforcement`, `${F} / Training`, `${F} / Trust`],
  },
  {
    fileName: renata.fileName,
    phrase: 'two-hour drive each way for our kids',
    codes: [`${P} / Investigation / Challenges`, `${F} / Capacity`],
  },
  {
    fileName: renata.fileName,
    phrase: "We have an MOU with them now, so they'll prioritize us",
    codes: [`${F} / Role clarity`, `${C} / With service providers`],
  },
  {
    fileName: renata.fileName,
    phrase: 'the defense attorney is going to want to know',
    codes: [`${P} / Court / Challenges`],
  },
  // Marcus, investigator, Site A
  {
    fileName: marcus.fileName,
    phrase: 'Hotels call us more than they used to',
    codes: [`${P} / Identification / Benefits`, `${F} / Training`],
  },
  {
    fileName: marcus.fileName,
    phrase: 'A good number come from the hospital',
    codes: [`${P} / Referral / Benefits`, `${C} / With medical`],
  },
  {
    fileName: marcus.fileName,
    phrase: 'lays out who does what',
    codes: [`${F} / Role clarity`, `${C} / With prosecutors`, `${C} / With child welfare`],
  },
  {
    fileName: marcus.fileName,
    phrase: 'It comes down to, do you trust each other',
    codes: [`${F} / Trust`],
  },
  {
    fileName: marcus.fileName,
    phrase: "Hope House is full, the shelter won't take her",
    codes: [`${P} / Placement / Challenges`, `${F} / Capacity`],
  },
  {
    fileName: marcus.fileName,
    phrase: 'single biggest predictor of whether we get a case through',
    codes: [`${P} / Placement / Benefits`, `${P} / Court / Benefits`],
  },
  {
    fileName: marcus.fileName,
    phrase: 'The advocate sits in, or we do it at Hope House',
    codes: [`${P} / Investigation / Benefits`, `${C} / With service providers`],
  },
  // Dana, therapist, Site A
  {
    fileName: dana.fileName,
    phrase: "The detectives don't always understand why I won't just ask her",
    sentences: 2,
    codes: [`${C} / With law enforcement`, `${F} / Role clarity`],
  },
  {
    fileName: dana.fileName,
    phrase: "You've got the best relationship with her",
    codes: [`${F} / Role clarity`, `${F} / Information sharing`],
  },
  {
    fileName: dana.fileName,
    phrase: 'once I explained, he got it',
    codes: [`${F} / Communication`, `${F} / Training`],
  },
  {
    fileName: dana.fileName,
    phrase: 'When a new detective comes in, we start over',
    codes: [`${F} / Capacity`, `${C} / With law enforcement`],
  },
  {
    fileName: dana.fileName,
    phrase: "the day before, it's continued",
    codes: [`${P} / Court / Challenges`, `${P} / Services / Challenges`],
  },
  {
    fileName: dana.fileName,
    phrase: 'I also consult for the staff at Hope House',
    codes: [`${P} / Services / Benefits`, `${C} / With service providers`],
  },
  // Elena, case manager, Site A
  {
    fileName: elena.fileName,
    phrase: 'Medical appointments, dental, her Medicaid',
    codes: [`${P} / Services / Benefits`],
  },
  {
    fileName: elena.fileName,
    phrase: 'the school needed a birth certificate and proof of address',
    codes: [`${C} / With schools`, `${P} / Services / Challenges`],
  },
  {
    fileName: elena.fileName,
    phrase: 'she let her start attending before the paperwork came through',
    codes: [`${C} / With schools`, `${F} / Shared goal`],
  },
  {
    fileName: elena.fileName,
    phrase: "There's the MDT, every other Tuesday, at Beacon",
    codes: [`${F} / Communication`, `${F} / Information sharing`],
  },
  {
    fileName: elena.fileName,
    phrase: "they have eight beds and they're, like, always full",
    codes: [`${P} / Placement / Challenges`, `${F} / Capacity`],
  },
  // Grace, director, both sites
  {
    fileName: grace.fileName,
    phrase: 'training for law enforcement, schools, hotels, the emergency departments',
    codes: [`${F} / Training`, `${F} / Leadership`],
  },
  {
    fileName: grace.fileName,
    phrase: "The juvenile officer went to high school with the sheriff's investigator",
    codes: [`${F} / Trust`, `${C} / With juvenile office`, `${C} / With law enforcement`],
  },
  {
    fileName: grace.fileName,
    phrase: "two MDTs that don't talk to each other",
    codes: [`${F} / Information sharing`, `${F} / Communication`, `${P} / Placement / Challenges`],
  },
  {
    fileName: grace.fileName,
    phrase: 'drove down for the first MDT at Beacon',
    sentences: 2,
    codes: [`${F} / Shared goal`, `${C} / With juvenile office`],
  },
];
