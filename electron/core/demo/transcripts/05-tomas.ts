import type { DemoSourceFile } from '../demo-types';

/**
 * Fictional demo study: interview with Tomas, truancy officer, Site B (Harlan Valley), wave 1.
 * Written as a Rev export ("Speaker (hh:mm:ss):" header, text below).
 * People, places and organisations are invented.
 */
export const source: DemoSourceFile = {
  fileName: 'Interview 05 - Tomas (Rev).txt',
  participant: 'Tomas',
  kind: 'interview',
  content: `Interviewer (00:00:04):
Alright, we're recording. Thanks for doing this. Can you tell me about your role?

Tomas (00:00:25):
Yeah. I'm the truancy officer for the Harlan Valley Juvenile Office. Officially the title is attendance officer, but everybody calls it truancy. I've been in the job eleven years. I cover six school districts across the three counties, which out here means something like a hundred and forty miles of road between the two farthest schools. Before this I drove a school bus and then I was a teacher's aide, so I kind of came up through the schools.

Interviewer (00:02:27):
What does the job involve day to day?

Tomas (00:02:40):
The schools send me referrals when a kid hits a certain number of unexcused absences. I do home visits, I meet with the family, I try to figure out what's going on, and then we make a plan. Most of the time it's not what people think. It's not a lazy kid. It's a kid taking care of younger brothers and sisters, or a family that got evicted, or a kid being bullied. And then, a smaller number, it's something else going on, and that's, that's what you want to talk about, I think.

Interviewer (00:04:35):
Yes. How do you come across trafficking in your work?

Tomas (00:04:55):
Attendance is usually the first sign. Before anybody else notices anything, the kid stops coming. Or the pattern changes. She's there Monday, Tuesday, gone Wednesday to Friday, back Monday with a new phone. Or somebody older picks her up at lunch. The school secretary will mention, oh, her boyfriend picks her up, he's got a nice truck. And the boyfriend is twenty-five. I didn't used to put that together. Honestly, for years, I'd write the truancy petition, take it to court, the judge would order her to go to school, and that was it. I was part of the problem, maybe. Not on purpose.

Interviewer (00:07:06):
What changed?

Tomas (00:07:13):
A training, in 2019. Beacon Advocacy Center came out to Millbrook and did a session for the juvenile office and the school counselors. And they talked about how missing school is one of the earliest signs. I went home that night and I couldn't sleep. I could think of four, five kids right away. One of them I'd taken to court twice. So after that I started asking different questions on home visits. Not "why aren't you in school," but "who are you spending time with," "is anybody giving you things," "does anybody else have your phone password."

Interviewer (00:09:09):
What happens when you suspect something?

Tomas (00:09:21):
I go to my supervisor, and to the deputy juvenile officer on the case, if there is one. Then we decide about the hotline and the sheriff. I'm not an investigator. I have to be careful about that. My role is to notice and pass it on to the right people, and then keep the school piece going. Because school is, for some of these kids, the only safe place they've got for seven hours a day.

Interviewer (00:11:07):
How are the schools as partners?

Tomas (00:11:18):
It really depends on the school. The counselors are great, mostly, but there's one counselor for five hundred kids in some of these districts, and she's also doing testing and scheduling. She doesn't have time to sit with a kid. Some principals, they get it. Mr. Dawson at Ashby High, he'll call me himself if a girl's been gone two days and something feels off. He doesn't wait for the ten absences. Other principals, they just want the kid gone. She comes back after a month, she's disruptive, she's behind, and they'd rather suspend her or push her into the online program. And the online program, for a girl who's being exploited, that's the worst thing. Now nobody sees her at all.

Interviewer (00:14:09):
Do you push back when that happens?

Tomas (00:14:20):
Oh, yeah. That's probably where I fight the most. I'll sit in the meeting and say, if you send her home, she's home alone with a phone, and you know who's on the other end of it. And sometimes they listen. Sometimes they say they've got four hundred other kids to think about. Which is also true. I understand where they're coming from. A teacher with thirty kids can't be a therapist.

Interviewer (00:15:57):
Did the pandemic change any of this?

Tomas (00:16:11):
COVID was, it was bad for us. Schools closed in March 2020, and for a lot of our kids there was nobody watching. Attendance online, you can't tell anything. A kid logs in, camera off. I had kids who were "present" for months, and I found out later they weren't even living at home. We lost track of some. And the phones, that's how a lot of it starts now, out here especially. It's not a van. It's somebody on social media who tells her she's pretty.

Interviewer (00:18:18):
How would you describe collaboration with law enforcement out here?

Tomas (00:18:35):
Small. [laughs] We've got the sheriff's office in each county, a couple of small-town police departments, and a highway patrol troop that covers the interstate. The sheriff's investigator in Harlan County, Hollis, he's young, but he's good, he's taken the training. The rest, some of them are great, some of them see a runaway girl as a nuisance. And the big thing out here is everybody knows everybody. I'll be at a home visit and the uncle is a deputy's brother-in-law. Or the man she's with coaches Little League. That makes people slow to believe it. And it makes kids slow to tell, because they figure, who's going to believe me over him?

Interviewer (00:21:05):
Can you tell me about a case where collaboration worked?

Tomas (00:21:21):
There was a boy. Everybody thinks it's only girls, and it's not. Fifteen. He'd been missing school, his grades dropped, and he had money he couldn't explain. Everybody figured drugs. I almost did too. But on a visit he told me, kind of sideways, about "a guy who pays me to hang out with his friends." And I thought, okay, that's not drugs. I called the DJO, we called Hollis, we got him to Beacon for the interview. Children's Division did a safety plan with his grandma. His school let him do a half-day schedule with the counselor, and the principal made sure nobody asked him questions. It took all of us. He's a senior now, on track to graduate. That one, everybody did their piece, and nobody tried to do somebody else's.

Interviewer (00:24:23):
And one that didn't go as well?

Tomas (00:24:34):
There was a girl in Dunmore County where it was, the family was involved. The mom's boyfriend, I'll just say that. The girl told a teacher something, the teacher told the principal, and the principal called the mom. Instead of the hotline. Because they knew the mom from church. By the time I heard about it, the family had moved out of state. I think about her a lot. That's the part about small places. Trust can be a problem when it's the wrong kind of trust.

Interviewer (00:26:47):
What role does the court play?

Tomas (00:27:00):
Judge Aldridge hears all our juvenile cases, all three counties. He's been on the bench a long time. When I started, truancy court was pretty simple: go to school or else. He's changed a lot. Now if I bring him a truancy case and I say I'm worried about exploitation, he'll order services instead of a fine, or he'll appoint a guardian ad litem, or he'll set it for review every two weeks so somebody's laying eyes on her. He asked me once, right there in court, "Officer, what does this young lady need that we're not giving her?" And I didn't have an answer. Because what she needed, we didn't have here.

Interviewer (00:29:16):
What do you mean, you didn't have it here?

Tomas (00:29:34):
Therapy, for one. Harlan Valley Behavioral Health takes Medicaid, and they're good, but there's a waiting list of a couple of months, and only a few of their therapists do this kind of trauma work. Beacon does some telehealth now, but a lot of our kids don't have good internet, and you can't do therapy on a phone in a trailer with four people listening. No residential program. Placement means Port Carver, two hours away. And then she's away from her school, her friends, her sister, everything she knows. So sometimes the choices are all bad.

Interviewer (00:31:59):
How is information shared among the agencies?

Tomas (00:32:12):
The MDT meets once a month at the courthouse in Millbrook, since 2019, and people can join by video. That's been good. Before that you'd just call the people you knew. The problem with the schools is FERPA, they're nervous about what they can share, and with Children's Division it's their confidentiality rules. So I'm sharing what I know, and I'm not always getting anything back. I'll refer a kid and then never hear what happened. I don't need the details. I just need to know, is somebody on it, and should I be doing something with the school.

Interviewer (00:34:27):
Is there anything that would help with that?

Tomas (00:34:40):
Somebody who's just the coordinator. We had a part-time one on a grant, and when the grant ended, it all went back on whoever cares the most. And training, every year. Honestly, I'd like the bus drivers trained. The bus driver sees who's waiting at the end of the driveway. The lunch ladies. The school secretaries. They see more than anybody.

Interviewer (00:36:03):
How do you deal with the stress of the work?

Tomas (00:36:17):
I fish. [laughs] Really. I go out on the lake on Sunday mornings and I don't take my phone. My wife says I'm better since I started doing that. And I talk to the other people at the office. We have each other's backs. That's the one good thing about a small office. When somebody's having a bad week, we notice.

Interviewer (00:37:43):
Anything you'd like to add?

Tomas (00:37:52):
Just, truancy officer isn't a glamorous job. But I think we're some of the first people who can see it. If I were running things, I'd make sure every attendance officer in the state got that training. Because a kid missing school is a kid trying to tell you something.

Interviewer (00:38:54):
Thank you, Tomas.
`,
};
