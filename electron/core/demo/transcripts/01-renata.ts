import type { DemoSourceFile } from '../demo-types';

/**
 * Fictional demo study: interview with Renata, deputy juvenile officer, Site B (Harlan Valley), wave 1.
 * Written as "[hh:mm:ss] Speaker: text" lines.
 * People, places and organisations are invented.
 */
export const source: DemoSourceFile = {
  fileName: 'Interview 01 - Renata.txt',
  participant: 'Renata',
  kind: 'interview',
  content: `[00:00:03] Interviewer: Thanks again for making time. Before we start, just to confirm, you're okay with me recording?

[00:00:25] Renata: Yes, that's fine.

[00:00:35] Interviewer: Great. Could you start by telling me about your role and how long you've been doing it?

[00:01:03] Renata: Sure. I'm a deputy juvenile officer with the Harlan Valley Juvenile Office. I'll have been here nine years this June. Our circuit is three counties, so it's a lot of windshield time. I carry a caseload of, right now, twenty-six kids, give or take, and that's delinquency referrals, status offenses like running away or truancy, and then some kids who come to us on abuse and neglect through the court. Officially I cover Harlan County and the north end of Tiller, but when someone's out I'm covering all three.

[00:03:01] Interviewer: And how do cases involving trafficking come to you?

[00:03:18] Renata: Honestly, almost never labeled as trafficking. That's the first thing I'd want you to understand. They come to us as a runaway, or a curfew violation, or she got picked up for shoplifting at the truck stop out on the highway, or the school sends a truancy referral. And then it's... you sit with the kid, and things don't add up. She's got a new phone and she can't tell you who bought it. She's got an older "boyfriend" who's twenty-four. She's been gone four days and came back with her hair and nails done. Those are the kinds of things. Early on I didn't see it. I'll be honest with you, my first couple of years I would have written that kid up as a chronic runaway and moved on.

[00:05:39] Interviewer: What changed for you?

[00:05:49] Renata: A training, mostly. Beacon Advocacy Center came out to Millbrook, I think it was 2017, and did a full day with us, the sheriff's office, some of the school counselors. And I remember sitting there thinking about three girls on my caseload. Just, oh. Oh no. So after that we started screening. We use a short screening tool now at intake, it's maybe ten questions, and it's not perfect, but it at least makes us ask.

[00:07:32] Interviewer: Can you walk me through what happens once you suspect something?

[00:07:48] Renata: So, the first call I make is usually to the sheriff's office, to Investigator Hollis in Harlan County, if he's on. He's young, but he's had the trafficking training, and he gets it. If it's after hours, it's whoever's on patrol, and that's, well, it depends who you get. Then the hotline, because Children's Division has to be notified. And then I call Beacon to try and get a forensic interview scheduled. Beacon is in Port Carver, so that's a two-hour drive each way for our kids. We have an MOU with them now, so they'll prioritize us, and sometimes they'll send an interviewer out to the courthouse in Millbrook, but not always.

[00:10:07] Interviewer: Two hours each way. How does that affect things?

[00:10:21] Renata: It affects everything. Who drives her? Usually me, or a deputy. Sometimes the foster parent, if there is one. She's missing a whole school day. She's in a car for two hours with an adult she maybe just met, on her way to tell a stranger the worst things that ever happened to her. And then she gets back in the car. I've had kids shut down entirely by the time we get there. I've also had kids talk more in the car than in the interview room, which, that's its own problem, because then I'm a witness.

[00:12:09] Interviewer: Say more about that?

[00:12:16] Renata: Well, if she discloses to me, in the car, then the defense attorney is going to want to know exactly what she said and exactly what I said, and did I lead her. So I've learned to, I say, "I want to hear this, and I want you to be able to say it once, to the person at Beacon, so you don't have to keep saying it." It feels cold. But I'm trying to protect her case and her, both.

[00:13:44] Interviewer: You mentioned the sheriff's office. How would you describe working with law enforcement?

[00:14:02] Renata: It's mixed. It's, I want to be fair. Investigator Hollis is great. He gets it, he treats the kids like victims, he'll call me back at ten at night. But we've got deputies who, the kid runs, and to them she's a problem. She's a runner. They'll say things in front of her like, "Here we go again." And these girls hear that. They already believe nobody's on their side. And in a small place, some of the deputies know the families. Sometimes they know the guy. That's, that's a hard one.

[00:15:52] Interviewer: Because of the relationships?

[00:16:02] Renata: Because everybody's related to somebody. It's a strength too. When I need something, I can call the school secretary at her house on a Sunday. But when a girl tells me the man she's with is somebody's cousin who plays softball with half the department, I have to think hard about who I bring in.

[00:17:12] Interviewer: How about placement? What happens for the young person?

[00:17:27] Renata: That's our biggest gap. There is nowhere here. We have no residential program in the circuit, we have maybe four licensed foster homes across three counties, and none of them are trained for this. The closest specialized program is Hope House, up past Port Carver, and they have, I think, eight beds, and they're usually full. So what happens, and I hate saying it, is detention. If she's likely to run and the people looking for her know where she lives, sometimes the only locked door we have is detention. And that sends exactly the wrong message. She's the victim and she's the one in a cell.

[00:19:41] Interviewer: How do you and others feel about that?

[00:19:56] Renata: We disagree about it, openly. The sheriff's side will tell you detention keeps her alive, and some weekends, honestly, they're not wrong. The advocates will tell you it's re-traumatizing, and they're not wrong either. Judge Aldridge has gotten better about it. He'll ask at the detention hearing, "What's the plan to get her out of here?" And he'll set it back for seventy-two hours instead of thirty days, which pushes everybody to find something.

[00:21:37] Interviewer: Can you tell me about a time when the collaboration worked well?

[00:21:53] Renata: Yeah. There was a girl, fifteen, I'll just call her the girl from the truck stop. She came in on a runaway. Third time. And the third time, I asked the screening questions again, and she didn't answer them, but she asked me, "What happens if somebody's making you do stuff?" That's all she said. So I called Hollis, I called Children's Division, I called Beacon. Beacon had an interviewer free the next morning. The advocate from Beacon met us at the door. Hope House didn't have a bed, so she spent the weekend in detention, which I'm not proud of, but on Monday Judge Aldridge had everybody in his chambers. Children's Division, me, the advocate, the guardian ad litem, the prosecutor on the phone. And in an hour we had a plan. Hope House would take her Wednesday. Beacon would do the therapy referral. The school would send her work. That meeting, that's what collaboration looks like to me. Everybody in a room, nobody passing the buck.

[00:24:45] Interviewer: And when it didn't work so well?

[00:24:57] Renata: Oh, there are plenty. The one that sticks with me, a girl, Children's Division had her in a placement two counties over, and they moved her, and nobody told me. I found out from the school, because she'd stopped showing up. Three weeks. And it wasn't malice. Her worker had quit, the case got reassigned, the new worker had thirty-some cases and didn't know I existed. By the time we found her, she was back with the same people.

[00:26:39] Interviewer: That sounds like turnover.

[00:26:48] Renata: Turnover is, I mean, it's the whole story with Children's Division out here. I counted once, I've worked with eleven different workers in two years in Harlan County alone. They're good people and they're drowning. They're paid less than a first-year teacher, they're on call all the time, and the first really hard case they get, they're gone. And every time, the relationships start over. The trust, knowing who to call, it's all in somebody's head, and it walks out the door.

[00:28:25] Interviewer: How does information get shared among all of you?

[00:28:40] Renata: Mostly phone. Phone and text. We have the monthly MDT, the multidisciplinary team, that started in 2019, and then a few months later everything went to Zoom. It's back at the courthouse now, with people joining by video. That's helped a lot. But between meetings it's me calling people. And there's confusion about what we're allowed to share. Children's Division will say they can't tell me anything because of confidentiality, and I'll say, I'm the juvenile officer, I'm on the court order, and they'll say they have to check with their supervisor. And by then the situation's moved on. The MOU was supposed to fix that, and on paper it does. In practice people don't read MOUs.

[00:31:03] Interviewer: What role do schools play for the kids you work with?

[00:31:21] Renata: A big one, because school is often the only place anyone sees her on a regular basis. Attendance is the first thing to go. Our truancy officer and I talk a lot. But schools can also push kids out. A kid comes back after a month away, and she's behind, she's angry, she gets in a fight, and the answer is a suspension. And that's ten more days on her own. Some principals get it. Some just want her gone.

[00:33:09] Interviewer: What would make collaboration work better here?

[00:33:21] Renata: A bed. I'm only half joking. A place here, in the valley, with people who are trained. After that, I'd say a coordinator. Somebody whose actual job is to keep the team together, run the MDT, keep the contact list current, follow the kid when she moves. Right now that's me on a good week and nobody on a bad week. We had a grant for a part-time coordinator, and it ended last September. And training that doesn't stop. New deputies, new workers, they need the same day I got in 2017, every year, because they keep turning over.

[00:35:10] Interviewer: How do you take care of yourself in this work?

[00:35:26] Renata: [laughs] Badly? No. I have a good supervisor, and we talk. I've learned not to check my phone after nine unless I'm on call. But there are kids I think about. You don't stop. I think what keeps me here is that I've seen a couple of them come out the other side. One of them sent me a picture from her graduation last spring. That carries me a long way.

[00:36:57] Interviewer: Is there anything I didn't ask that you think is important?

[00:37:13] Renata: Just that these kids aren't city kids who got lost out here. They're our kids. They grew up here. People want to think this is a Port Carver problem, and it's not. It's here. It's just quieter.

[00:37:58] Interviewer: Thank you, Renata. That's really helpful.
`,
};
