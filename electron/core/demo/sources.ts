import type { DemoSourceFile } from './demo-types';
import { source as renata } from './transcripts/01-renata';
import { source as marcus } from './transcripts/02-marcus';
import { source as dana } from './transcripts/03-dana';
import { source as elena } from './transcripts/04-elena';
import { source as tomas } from './transcripts/05-tomas';
import { source as grace } from './transcripts/06-grace';
import { source as jordan } from './transcripts/07-jordan';
import { source as priya } from './transcripts/08-priya';
import { source as walt } from './transcripts/09-walt';
import { source as monique } from './transcripts/10-monique';
import { source as sam } from './transcripts/11-sam';
import { source as lena } from './transcripts/12-lena';
import { source as carla } from './transcripts/13-carla';
import { source as harold } from './transcripts/14-harold-field-notes';

/** Every file of the demo study, in the order a researcher would import them (by interview). */
export const DEMO_SOURCES: readonly DemoSourceFile[] = [
  renata,
  marcus,
  dana,
  elena,
  tomas,
  grace,
  jordan,
  priya,
  walt,
  monique,
  sam,
  lena,
  carla,
  harold,
];
