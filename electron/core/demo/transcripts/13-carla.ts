import type { DemoSourceFile } from '../demo-types';

/**
 * Fictional demo study: interview with Carla, case manager, Site B.
 * All names of people, places and organisations in it are invented.
 */
export const source: DemoSourceFile = {
  fileName: 'Interview 13 - Carla.txt',
  participant: 'Carla',
  kind: 'interview',
  content: `[00:00:07] Interviewer: Okay, that's recording. Thank you for meeting with me. I know your week has been rough.

[00:00:28] Carla: It has. We had a removal on Tuesday night, so I'm running on not much sleep. But I wanted to do this. I think it matters.

[00:01:02] Interviewer: Thank you. Could you start by telling me about your role?

[00:01:18] Carla: I'm a case manager with Children's Division, in the Dunmore County office. Ten years last fall. So once a child comes into care, or the family's on an in-home case, I'm the one who manages it. Placement, visits, the case plan, services, the court reports, school enrollment, doctor's appointments, all of it. I also end up training most of the new workers, because I'm, um, I'm the most senior case manager in the office now. Which tells you something about turnover.

[00:03:00] Interviewer: How do trafficking situations come to Children's Division?

[00:03:12] Carla: A few ways, and it's gotten more formal in the last several years. There's a federal requirement now that we screen every child in care for trafficking and document it, and that we report kids who go missing from care within twenty-four hours, to law enforcement and to the national center. So the screening happens. The harder question is when the child isn't in care yet. The hotline takes reports about caregivers. If a parent is exploiting a child, that's clearly ours. If it's a boyfriend, or a stranger, or someone the family owes money to, and the parents aren't involved, then technically it may not be a child welfare case at all, it's a law enforcement case. Except the child still needs somewhere to sleep tonight. So we end up involved anyway, just without a clear mandate.

[00:06:02] Interviewer: What does that look like in practice?

[00:06:12] Carla: It looks like me in the office at one in the morning with a sixteen-year-old and a deputy, and nobody knows whose she is. (laughs, tired) Sorry. It's not funny. But that's the reality. Hollis, the investigator at the Harlan County sheriff's office, will call me, and he'll say, I've got a kid, the mom's not safe, she's got no relative, what do you have. And what I have, usually, is nothing. We have maybe a dozen licensed foster homes in the whole circuit, and most of them take young children. Very few people will take a teenager, and almost nobody will take a teenager with a trafficking history, because they're afraid. Of her running, of someone showing up at the house. I don't blame them. They didn't sign up for that, and we don't train them for it.

[00:09:04] Interviewer: So where do the young people go?

[00:09:15] Carla: Sometimes they've slept in our office. On the couch in the visitation room, with a worker sitting up with them. I've done it more than once. Sometimes a hotel, which is awful, for all the reasons you can imagine. Sometimes a relative we find at the last minute, and we do the background check the next morning and hope. If she needs a specialized placement, we apply to Hope House, and Hope House is good, they're really good, but they serve both Port Carver and us, and they have a waitlist. And then there's detention, which isn't ours, that's the juvenile office, but when there's nothing else, it gets discussed.

[00:11:30] Interviewer: How do you feel about detention being used?

[00:11:42] Carla: (pause) I don't like it. I've also been in the room where it was the least bad option. There's one deputy juvenile officer, he's been there longer than me, and early on I was furious with him for asking to hold a girl. And then I sat down with him and he walked me through it, every placement he'd called that week, and I realised he'd done more legwork than I had. We still disagree. But I don't think he's the bad guy, and I don't think the advocates who fight him are wrong either. The problem is we don't have anywhere to put her. We're arguing about the least bad option because the good option doesn't exist.

[00:14:09] Interviewer: How do you work with law enforcement?

[00:14:19] Carla: Better than before. Hollis is a good example. He's new-ish, he's open, he asks. Where we've clashed is timing. He wants the forensic interview right away, because evidence disappears, the phone gets wiped. And I've got a kid who hasn't slept, hasn't eaten, and just got pulled out of the only home she knows, even if it's a bad one. I'll push for her to sleep first. We've mostly worked it out: if she's safe tonight, the interview waits until she's rested. If there are other kids at risk, it goes faster. That's a reasonable rule and it came out of arguing about it.

[00:16:28] Interviewer: You mentioned the MDT earlier. How does Children's Division participate?

[00:16:42] Carla: My supervisor goes, and I go when it's my case. It's helped a lot with not duplicating. Before, a girl might get asked the same questions by me, by the deputy, by the juvenile officer, by the school, and she'd just shut down. Now we agree who talks to her about what. And it's helped with information sharing in a practical way. We've got releases we use now that were drafted together, so everyone's asking for consent in the same way and the family's not signing six different forms. That was, honestly, a small thing that made a big difference.

[00:18:46] Interviewer: What's harder about working with the other agencies?

[00:18:59] Carla: Expectations, I'd say. Everybody thinks Children's Division has more power than we do. The advocate thinks I can find a placement if I try harder. The judge thinks I can make the family engage. The school thinks I'm hiding information from them. And some of that's fair, we do hold back, because of confidentiality. But a lot of the time I just don't have it. And we're always short. When I started, a case manager carried fifteen, eighteen cases. I'm at twenty-six right now. Two people in my office left this spring. One went to the hospital, one went to the school district, both for better hours and better pay.

[00:21:14] Interviewer: How does that turnover affect the young people?

[00:21:26] Carla: They notice. Oh, they notice. A girl I've had for three years, she's on her fourth placement but she's had me the whole time, and I think I'm the only adult who's been constant. She calls me "the lady with the binder." (laughs) She'll say, you're still here? And I'll say, I'm still here. That's the thing I can offer, just staying. When a kid gets a new worker every six months, why would she tell any of us anything?

[00:23:06] Interviewer: How do you work with the therapists?

[00:23:17] Carla: The therapists at Harlan Valley Behavioral Health are wonderful, there's one in particular who takes the hardest cases, and she's the person I trust most with these girls. What's hard is keeping therapy going through placement changes. If a girl has to move to Hope House, or to a relative in another county, she loses her therapist, and it's my job to set up the next one, and there isn't always a next one. So I try to arrange handoffs, and I try really hard not to move a kid in the middle of something that's working. That's not always in my control.

[00:25:24] Interviewer: What about the family? Is reunification a goal in these cases?

[00:25:40] Carla: This is where I sometimes part ways with the advocates and therapists. By law, in most cases, reunification is the goal until it isn't. And in some of these families, a parent was involved, or at least knew, and that's, I mean, that case is going to go a different way. But in others, the family is struggling, they're poor, mom's working two jobs, and someone outside the family took advantage of a girl who was unsupervised. That family isn't the problem. That family needs support. Sometimes the advocates see every parent as a risk, and I understand why, they've seen the worst. But my job is to look at each family.

[00:27:59] Interviewer: You mentioned school enrollment earlier. What does that involve?

[00:28:11] Carla: More than you'd think. When a child moves placement, she has a right to stay in her school if that's in her best interest, and we're supposed to arrange the transportation. Out here, that can mean a worker driving forty minutes each way, twice a day, because no bus goes from the placement to her old school. So often she changes schools instead, and then I'm chasing records. The small districts are good about it, they'll send a transcript the same day. Where it gets awkward is what to tell the new school. They want to know why she's there and what to watch for, and she doesn't want anyone to know anything. Usually I tell the counselor there's a safety plan and who can pick her up, and that's it.

[00:30:54] Interviewer: And health care?

[00:30:59] Carla: Every child who comes into care gets a health screening within a few days, and for some of these girls it's the first time anyone has looked at their health in years. Teeth, eyes, the basics, alongside everything else. The nearest specialized exam is at Riverside General in Port Carver, so that's another long drive. We try to line it up with the forensic interview so it's one trip for her, not three.

[00:32:30] Interviewer: How do you find the court process?

[00:32:41] Carla: Judge Aldridge reads our reports, which not every judge does. He'll ask pointed questions. "What's the plan if she runs again?" And if I don't have a good answer, he'll say so, in open court, which isn't fun but keeps you honest. The other thing is, there's the dependency case and there might also be a juvenile case and maybe a criminal case against the adult, and they're on different calendars with different lawyers. I've had a girl in the courthouse three times in one month. Each time she misses school, each time she sees people she doesn't want to see in the hallway. I'd love for those to be coordinated.

[00:34:58] Interviewer: What do you think would most improve things?

[00:35:10] Carla: Placement. A specialized home, or two or three trained foster homes, in the valley. And a stable workforce. I know that's the answer to everything. But every improvement we've made, the screening, the releases, the MDT, it all depends on people who know each other and know the kids. The MOU is good, I'm glad we have it. But when I train a new worker, the first thing I give them isn't the MOU. It's a list of phone numbers.

[00:36:50] Interviewer: That's a striking image. Is there anything else you'd like to add?

[00:37:07] Carla: Just, if you talk to people at the state level, tell them to come sit in the visitation room at one in the morning. Once. They'd fund the placement.

[00:37:45] Interviewer: I'll pass that on. Thank you. I'm stopping the recording now.
`,
};
