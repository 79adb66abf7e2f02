/**
 * The demo coding tree: how cases move through the system (Processes, each with Benefits and
 * Challenges), who collaborates with whom (Collaboration), and what makes collaboration work
 * (Collaboration factors). Three levels, as in the published study the demo is modelled on.
 */
export interface DemoCode {
  name: string;
  color: string;
  definition: string;
  inclusion: string;
  exclusion: string;
  example: string;
  children?: DemoCode[];
}

interface ProcessStage {
  name: string;
  color: string;
  what: string;
  example: string;
  benefit: string;
  challenge: string;
}

const STAGES: readonly ProcessStage[] = [
  {
    name: 'Identification',
    color: '#1F77B4',
    what: 'recognising that a minor is, or may be, a victim of sex trafficking',
    example: 'They come to us as a runaway, or a curfew violation.',
    benefit: 'screening tools, trained eyes and reports from hotels or schools that surface a case',
    challenge: 'cases arriving under other labels (runaway, truancy) and signs that go unseen',
  },
  {
    name: 'Referral',
    color: '#2CA02C',
    what: 'passing a suspected case to the agency that acts next (hotline, police, advocacy center)',
    example: 'The first call I make is usually to the sheriff\u2019s office.',
    benefit: 'clear first calls and reliable referral sources',
    challenge: 'not knowing whom to call, after-hours gaps and referrals that go nowhere',
  },
  {
    name: 'Investigation',
    color: '#D62728',
    what: 'forensic interviews and the police investigation of a case',
    example: 'Beacon sends an interviewer out to the courthouse.',
    benefit: 'child-friendly interviews and investigators who adapt to the victim',
    challenge: 'travel to interviews, disclosures outside the interview room and rushed timelines',
  },
  {
    name: 'Placement',
    color: '#FF7F0E',
    what: 'where the young person lives during and after the case (residential, foster, home)',
    example: 'Hope House is full, the shelter won\u2019t take her.',
    benefit: 'a stable, safe placement that keeps the young person engaged',
    challenge: 'too few specialised beds, refusals and placements far from home',
  },
  {
    name: 'Services',
    color: '#9467BD',
    what: 'therapy, case management, medical care, schooling and other support for the victim',
    example: 'Medical appointments, dental, her Medicaid, her ID, school enrollment.',
    benefit: 'services that meet the young person where she is and last beyond the case',
    challenge: 'paperwork, waitlists, turnover and services that stop when the case does',
  },
  {
    name: 'Court',
    color: '#8C564B',
    what: 'juvenile and criminal court proceedings, including testimony and continuances',
    example: 'The day before, it\u2019s continued.',
    benefit: 'prosecutions and court decisions that protect the young person',
    challenge: 'continuances, defence scrutiny of disclosures and the strain of testifying',
  },
];

function processCode(stage: ProcessStage): DemoCode {
  return {
    name: stage.name,
    color: stage.color,
    definition: `The process of ${stage.what}.`,
    inclusion: `Descriptions of how ${stage.name.toLowerCase()} happens in practice, who is involved and in what order.`,
    exclusion: `Collaboration between agencies as such (code under Collaboration); other stages of the case.`,
    example: stage.example,
    children: [
      {
        name: 'Benefits',
        color: shade(stage.color, 0.45),
        definition: `What works well in ${stage.name.toLowerCase()}: ${stage.benefit}.`,
        inclusion: 'Practices, resources or changes the participant describes as helping.',
        exclusion: `Problems and barriers (code ${stage.name} / Challenges).`,
        example: stage.example,
      },
      {
        name: 'Challenges',
        color: shade(stage.color, -0.35),
        definition: `What makes ${stage.name.toLowerCase()} harder: ${stage.challenge}.`,
        inclusion: 'Barriers, gaps, delays or risks the participant describes.',
        exclusion: `Things that work (code ${stage.name} / Benefits).`,
        example: stage.example,
      },
    ],
  };
}

function partner(name: string, color: string, who: string, example: string): DemoCode {
  return {
    name,
    color,
    definition: `Working relationships with ${who}.`,
    inclusion: `Any account of working with ${who} on a case: contact, joint work, tension or support.`,
    exclusion: `Mentions of ${who} that involve no joint work (e.g. describing their mandate only).`,
    example,
  };
}

function factor(
  name: string,
  color: string,
  definition: string,
  inclusion: string,
  exclusion: string,
  example: string,
): DemoCode {
  return { name, color, definition, inclusion, exclusion, example };
}

export const DEMO_CODEBOOK: readonly DemoCode[] = [
  {
    name: 'Processes',
    color: '#393B79',
    definition:
      'The stages a case of a trafficked minor goes through, from identification to court.',
    inclusion:
      'Use the child code for the stage; code Benefits or Challenges where they are named.',
    exclusion: 'How agencies relate to each other (Collaboration, Collaboration factors).',
    example: 'Can you walk me through what happens once you suspect something?',
    children: STAGES.map(processCode),
  },
  {
    name: 'Collaboration',
    color: '#17BECF',
    definition: 'Collaboration with another agency or profession, coded by partner.',
    inclusion: 'Joint work with a named partner agency or role on a case.',
    exclusion: 'What helps or hinders collaboration in general (Collaboration factors).',
    example: 'How would you describe working with law enforcement?',
    children: [
      partner(
        'With law enforcement',
        '#0E5A8A',
        'police and sheriff\u2019s investigators',
        'The first call I make is usually to the sheriff\u2019s office.',
      ),
      partner(
        'With juvenile office',
        '#6B6ECF',
        'the juvenile office and juvenile officers',
        'The juvenile officer from Harlan Valley drove down for the first MDT.',
      ),
      partner(
        'With child welfare',
        '#B5CF6B',
        'Children\u2019s Division and the child abuse hotline',
        'Then the hotline, because Children\u2019s Division has to be notified.',
      ),
      partner(
        'With schools',
        '#E7BA52',
        'schools, counsellors and school resource officers',
        'The high school counselor let her start attending.',
      ),
      partner(
        'With service providers',
        '#CE6DBD',
        'advocacy centers, therapists, case managers and residential programs',
        'The advocate sits in, or we do it at Hope House.',
      ),
      partner(
        'With prosecutors',
        '#AD494A',
        'the prosecutor\u2019s office',
        'The MOU with the prosecutor\u2019s office lays out who does what.',
      ),
      partner(
        'With medical',
        '#637939',
        'hospitals, emergency departments and clinics',
        'A good number come from the hospital.',
      ),
    ],
  },
  {
    name: 'Collaboration factors',
    color: '#7B4173',
    definition: 'Conditions that help or hinder collaboration between agencies.',
    inclusion:
      'Code the factor the participant names or clearly describes, whichever agency is involved.',
    exclusion: 'Who the partner is (Collaboration); a stage of the case (Processes).',
    example: 'It comes down to, do you trust each other.',
    children: [
      factor(
        'Capacity',
        '#FF9896',
        'Staff, time, beds, money and distance available for the work.',
        'Shortages, waitlists, caseloads, travel, funding ending.',
        'Skills and knowledge (Training).',
        'They have eight beds and they\u2019re always full.',
      ),
      factor(
        'Shared goal',
        '#98DF8A',
        'Partners agreeing on what they are trying to achieve for the young person.',
        'Accounts of partners putting the young person first together, or of goals clashing.',
        'Agreement about who does what (Role clarity).',
        'She let her start attending before the paperwork came through.',
      ),
      factor(
        'Communication',
        '#AEC7E8',
        'How partners talk to each other: channels, frequency, tone.',
        'Calls, meetings, MDTs, explaining oneself to a partner.',
        'Exchanging case information (Information sharing).',
        'Once I explained, he got it.',
      ),
      factor(
        'Trust',
        '#C5B0D5',
        'Confidence that partners will act competently and in good faith.',
        'Personal relationships, reliability, trust built or lost.',
        'A young person\u2019s trust in an adult, unless it shapes how agencies work together.',
        'It comes down to, do you trust each other.',
      ),
      factor(
        'Role clarity',
        '#F7B6D2',
        'Knowing and respecting who does what.',
        'MOUs, mandates, boundaries between roles, role confusion.',
        'Whether partners share a goal (Shared goal).',
        'The MOU lays out who does what.',
      ),
      factor(
        'Information sharing',
        '#DBDB8D',
        'Passing case information between agencies.',
        'Confidentiality rules, records, case review, information that does not travel.',
        'General communication style (Communication).',
        'Two MDTs that don\u2019t talk to each other.',
      ),
      factor(
        'Training',
        '#9EDAE5',
        'Training that shapes how people recognise and handle cases.',
        'Trainings given or received, and what changed after them.',
        'Experience gained on the job without training.',
        'A training, mostly.',
      ),
      factor(
        'Leadership',
        '#C49C94',
        'People or agencies that drive the collaboration forward.',
        'Coordinators, champions, directors organising the network.',
        'Formal roles without initiative (Role clarity).',
        'That\u2019s become a big part of what we do: training for law enforcement, schools.',
      ),
    ],
  },
];

/** Lightens (amount > 0) or darkens (amount < 0) a #RRGGBB colour, for child codes. */
function shade(color: string, amount: number): string {
  const channels = [1, 3, 5].map((at) => parseInt(color.slice(at, at + 2), 16));
  const shaded = channels.map((value) =>
    Math.round(amount >= 0 ? value + (255 - value) * amount : value * (1 + amount)),
  );
  return `#${shaded
    .map((value) => value.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase()}`;
}
