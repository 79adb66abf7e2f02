import type { DemoSourceFile } from '../demo-types';

/**
 * Fictional demo study: interview with Elena, case manager, Site A (Port Carver), wave 1.
 * Written as an Otter.ai text export ("Speaker  m:ss" header, text below).
 * People, places and organisations are invented.
 */
export const source: DemoSourceFile = {
  fileName: 'Interview 04 - Elena (Otter export).txt',
  participant: 'Elena',
  kind: 'interview',
  content: `Interviewer  0:04
Okay, I think it's recording now. Um, so to start, could you tell me a bit about what you do?

Elena  0:33
Yeah, sure. So I'm a case manager at Northstar Youth Services, here in Port Carver. I've been there about four years, um, a little over. I started right before COVID, actually, which was a weird time to start. So my job, basically, I'm the one who coordinates. Like, if a youth is identified, or even just suspected, and she gets referred to us, I'm the one who makes sure she has, like, the practical stuff. Medical appointments, dental, her Medicaid, her ID, school enrollment, a phone that's safe. Getting her to therapy. Going to court with her. Kind of whatever comes up.

Interviewer  2:24
How do referrals come to you?

Elena  2:34
Mostly from Children's Division, and from the juvenile office, and then Beacon refers to us after the forensic interview if the family's agreeable. Some from the hospital. Riverside General has a social worker in the ER who calls us pretty directly now. And every once in a while a youth refers herself, or a friend brings her, which is, um, those are actually some of my favorite cases, because she chose us.

Interviewer  3:54
What happens after a referral?

Elena  4:04
So I try to meet her within forty-eight hours. Ideally wherever she's comfortable, which is sometimes Hope House, sometimes a McDonald's, honestly. The first meeting, I don't do an assessment. Like, I have an assessment, we have a form, but I don't pull it out. I just ask her what she needs right now. And it's usually something really concrete. "I need my stuff from my aunt's house." "I need a charger." "I need to see my little brother." And if I can do that one thing, that's, that's how it starts.

Interviewer  5:54
Can you give an example of the practical side?

Elena  6:07
Oh, yeah. So, okay. There was a girl last year, sixteen. She'd been out of school for, I think, almost a year. We wanted to get her enrolled, and the school needed a birth certificate and proof of address. She didn't have a birth certificate, she was born in another state, and her mom, um, the mom wasn't really available. To get the birth certificate, you need an ID. To get the ID, you need a birth certificate. [laughs] You know. So it took, like, everybody. Her Children's Division worker signed a letter, the juvenile officer got a court order, Beacon's advocate knew somebody at vital records. It took six weeks. And the social worker at Lincoln, no, sorry, she was in high school by then, it was the high school counselor, she let her start attending before the paperwork came through, which she technically wasn't supposed to do. And that girl, she finished the semester. She had a B in biology. Like, that was huge.

Interviewer  9:33
That's a great story. What made it work?

Elena  9:47
People being willing to bend a little. And knowing each other. Like, I knew who to text. If I'd gone through the front door at every one of those agencies, it would have been six months, not six weeks.

Interviewer  10:38
You mentioned texting. How does communication work among the different partners?

Elena  10:52
Um, honestly, a lot of it is group texts. Which I know is not ideal, for, like, confidentiality. We're not supposed to put names in texts and we try not to. There's the MDT, every other Tuesday, at Beacon. That's where the big stuff gets decided. But in between, things happen fast. She ran, she's back, she's at the ER, she got picked up. And I need to know that, like, now, not in two weeks. So yeah. Phone calls, texts, emails. And the problem is when someone new comes in and they're not on the thread.

Interviewer  12:35
Does that happen often?

Elena  12:43
All the time. Turnover is, um, it's the biggest thing, I think. With Children's Division especially. I had one youth who had three different caseworkers in six months. Every time, the new worker has to read the file, which is like two hundred pages, and they have thirty other kids, so they don't. And the youth has to tell her story again. And she's like, why would I tell you anything, you're going to leave too. And she's not wrong. Honestly, at Northstar too. I've been here four years and I'm one of the more senior case managers now, which is kind of scary.

Interviewer  14:34
Why do you think people leave?

Elena  14:42
Pay, for one. I have a master's degree and I make, um, not a lot. And the caseload. I have eighteen right now, which, for this population, it should be more like ten. And it's heavy. You carry it home. You get a call on Saturday night that she's missing, and you don't sleep. There's not a lot of, like, structure for that. We have an EAP, which is fine. My supervisor is great, she checks in. But I've seen people just burn out in a year.

Interviewer  16:12
How would you describe working with law enforcement?

Elena  16:24
Um. It depends on who. Detective Kowalski, Ray, he's amazing. He'll, like, call me to ask how she's doing, not just about the case. Some of the patrol officers, though, it's, they still see her as the problem. I was with a youth once when she got picked up after she ran, and the officer said something like "you again," and she just, shut down. Like, completely. And then I'm the one who has to rebuild that. So. It's really person to person.

Interviewer  17:48
What about placement?

Elena  17:56
Placement is hard. Hope House is great, but they have eight beds and they're, like, always full. The waitlist can be a month. Foster homes mostly aren't trained for this. And some of the girls have been in, like, twelve placements. Every move is another loss. I think the, the system kind of moves kids when things get hard, instead of adding support where they are. So I'm always advocating, like, can we keep her here and add more services, instead of moving her again.

Interviewer  19:48
Do others on the team agree with that?

Elena  20:01
Not always. Like, the juvenile office sometimes wants her somewhere more secure, which I understand, if she's running. And Children's Division is just trying to find, like, any bed. The MDT talks about it. Sometimes we agree to disagree. I think it helps that everybody at least hears the other side. Before the MDT, I'd find out she'd been moved after the fact.

Interviewer  21:08
What about medical care?

Elena  21:15
The medical piece is actually one of the better ones. There's the adolescent clinic at Riverside General, and the nurse practitioner there, she's trauma-informed, she explains everything before she does it, she lets the girl decide the order of things, she'll stop if the girl says stop. So I always try to get them there instead of, like, whatever urgent care is closest. The challenge is just getting them to appointments. Transportation. She's at Hope House, the clinic's across town, I'm the one driving, and I have seventeen other kids.

Interviewer  23:01
You mentioned school enrollment earlier. How are schools as partners?

Elena  23:15
Um, mixed? Like, Lincoln Middle has been great. The school social worker there, she'll call me if one of my girls isn't in first period, and she'll actually hold a spot in her office for her when she needs a break. High schools are harder. They're huge, and a girl who's missed a semester, nobody really notices she's back. And some of them want the police involved for, like, every fight, and for my girls that's the worst possible thing. So a lot of my time is in meetings with the school, explaining why she's not "defiant," she's, like, terrified.

Interviewer  25:25
And funding, how does that affect your work?

Elena  25:38
Oh, um. So our grant pays for case management hours, but not for gas, not for, like, a bus pass, not for food when I take her to lunch. We have a little flexible fund from donors, and that's what actually buys the phone charger and the birth certificate fee. When that runs out, it's honestly sometimes my own money. Which I know I shouldn't. Everybody does it.

Interviewer  26:45
How did you learn to do this work?

Elena  27:01
Honestly, on the job. Like, my master's program had maybe one lecture on trafficking. When I started, my supervisor sent me to a two-day training at Beacon, and that was helpful, but most of it was, like, shadowing. Watching how the senior case managers talked to the girls. And messing up. I've messed up. Early on, I promised a youth I'd keep something confidential that I wasn't allowed to keep confidential, and then I had to tell her I had to report it. And she didn't talk to me for a month. So now I'm really clear upfront about what I can and can't keep to myself.

Interviewer  28:55
How does that come up now, in the first meeting?

Elena  29:09
I just say it, like, in normal words. "Most of what you tell me stays with me. If you tell me somebody's hurting you or you're going to hurt yourself, I have to tell someone, and I'll tell you first who I'm telling." And then I actually do that. Like, I'll call the hotline with her sitting next to me, if she wants. It's, it's slower, but she knows I'm not going behind her back.

Interviewer  30:29
What would you change if you could?

Elena  30:42
More case managers, smaller caseloads. And, um, I think a shared system. Like, one place where the team can see who's on the case, who to call, what's happening, with the right permissions. Right now it's all in people's phones. And training for everyone together. Not just the social workers. Cross-training. I'd love for the patrol officers to hear what the girls actually say about how they were treated.

Interviewer  31:50
Is there anything else you'd like to add?

Elena  32:03
Just, um, I think people think these kids are, like, broken. And they're not. They're survivors. They've figured out how to stay alive in situations most adults couldn't handle. And we should, like, build on that, not just see the damage. Yeah.

Interviewer  32:58
Thank you so much, Elena.
`,
};
