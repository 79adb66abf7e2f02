import type { DemoSourceFile } from '../demo-types';

/**
 * Fictional demo study: interview with Jordan, prosecutor, Site A.
 * All names of people, places and organisations in it are invented.
 */
export const source: DemoSourceFile = {
  fileName: 'Interview 07 - Jordan.txt',
  participant: 'Jordan',
  kind: 'interview',
  content: `[00:00:04] Interviewer: Okay, I think we're recording now. So, first, thank you for making time. I know your calendar is not easy. Just to remind you, everything will be de-identified, and you can skip any question or stop at any point.

[00:00:45] Jordan: Sure, no, happy to do it. I had a hearing get continued this morning, so the timing actually worked out.

[00:01:07] Interviewer: Good. Could you start by telling me about your role and how you came to work on these cases?

[00:01:28] Jordan: Yeah. So I'm an assistant prosecutor with the Riverside County Prosecutor's Office. I've been here about eight years, and for the last, um, five of those I've been in what we call the special victims unit, which covers child abuse, sexual assault, and since 2019 the trafficking cases specifically. Before that I did general felonies, a lot of drug cases, burglaries. I didn't come in thinking I'd do this work. Honestly, the first trafficking case I had, I didn't know it was a trafficking case. It came in as a runaway and a, uh, a harboring charge against an adult, and it was only when the detective went through the phone that we saw what was actually going on.

[00:03:26] Interviewer: How do these cases usually reach you now?

[00:03:37] Jordan: Mostly through Port Carver PD. Their special victims detectives, and one in particular, Ray Kowalski, he's been the anchor on this for a long time. Ray will call me before he's even written a report sometimes, which is how it should work. I'd much rather hear about a case on day one than get a file on my desk three months later where the interview's already been done badly and the phone's been handed back. We also get referrals from the sheriff for the unincorporated parts of the county, and now and then from the federal task force when a case is bigger, crosses state lines, that kind of thing. Then we decide together whether it stays state or goes federal.

[00:05:38] Interviewer: You said "done badly." Can you say more about what that looks like?

[00:05:53] Jordan: (laughs) I should be careful. Um. Okay, so what I mean is, the biggest thing that hurts a case is multiple interviews. A patrol officer talks to the kid on the street, then somebody at the hospital asks questions, then a caseworker, then a detective, and by the time she gets to Beacon for the forensic interview she's told it four times, a little differently each time, and she's exhausted and angry, and frankly she's learned that adults keep asking and nothing happens. And the defense attorney is going to line those four versions up side by side in front of a jury. So when I say done badly, I don't mean anybody's a bad person. I mean everybody's trying to help and nobody's coordinating.

[00:07:58] Interviewer: And Beacon is...

[00:08:02] Jordan: Beacon Advocacy Center, the child advocacy center. They do the forensic interviews, they host the multidisciplinary team, the MDT. It's a huge asset. The interviewers there are trained, it's recorded, I can sit in the observation room and pass questions in without the kid ever seeing me. For the youth it's one interview, in a room with beanbags instead of a room at the police station. For me it's one clean record. That's where our interests actually line up.

[00:09:22] Interviewer: Where don't they line up?

[00:09:29] Jordan: Hmm. Where they don't line up... I think the honest answer is testimony. My job, at the end of the day, is to hold the adult accountable, and in our system that usually means somebody has to testify. And a lot of the people who work with these young people, the advocates, the therapists, they'll tell you, and they're not wrong, that putting a sixteen-year-old on the stand across the room from the man who controlled her life for a year can set her back months. So there's a real tension. What we've tried to do is build cases that don't rest on her. Phone extractions, hotel records, financial records, the online ads. If I can prove it without her, I will. But I can't always.

[00:11:35] Interviewer: How do you handle that tension with the therapists and advocates in practice?

[00:11:50] Jordan: Talking early, mostly. I used to, um, I used to think of the advocate as someone who was there for the victim and that was their lane and I had mine. And then I had a case, this would be 2018 maybe, where the advocate and I basically weren't speaking, and the young woman was getting two completely different messages. I was saying we need you at the preliminary hearing on Tuesday, the advocate was saying you don't have to do anything you don't want to. Both true, right? But she heard it as us fighting over her, which, we kind of were. She stopped answering anyone's calls. So now, at the MDT, I try to be very upfront about what the court process will require and when, so the advocate can prepare her and nobody's surprised.

[00:14:07] Interviewer: Tell me about the MDT. How does it work here?

[00:14:19] Jordan: We meet twice a month at Beacon for case review. It's law enforcement, usually two or three detectives, me or someone else from our unit, Children's Division, the juvenile office, Beacon's advocates and the forensic interviewer, a nurse from the child protection team at Riverside General, and for the trafficking cases we've added someone from Hope House, the residential program, because a lot of these kids end up there. The school district sends somebody sometimes, not always. We go through open cases: what's happened, what's next, who's doing what.

[00:15:49] Interviewer: What do you see as the benefits of that?

[00:15:59] Jordan: The obvious one is nobody duplicates. Second, I hear things I'd never hear otherwise. Like the caseworker will mention the girl's been placed with an aunt who lives two blocks from the suspect. That's not in any police report. Third, honestly, it's relationships. When I need something from the juvenile office at five o'clock on a Friday, I know who to call, and they pick up because they know me.

[00:17:11] Interviewer: And the challenges?

[00:17:16] Jordan: Information sharing is the big one, and it's partly me, to be fair. Anything I learn, I may have to disclose to the defense. So I'm actually the person in the room who sometimes says, please don't tell me that. If a therapist starts describing what the youth said in session, I'll stop them, because now I know it, and if it's inconsistent with her interview I have an obligation. Some of the social service folks find that really frustrating. They feel like they're being asked to share and then told to stop sharing. I get it. We spent a whole meeting last fall on what can be said at case review and what can't, and we still don't completely agree.

[00:19:16] Interviewer: Was that resolved in any way?

[00:19:25] Jordan: Partly. We updated the MOU, the memorandum of understanding, the agencies have had one since 2019, and it now has a section on case review confidentiality. Basically, therapists share whether the youth is engaged and whether there are safety concerns, not content. Which I think is right. But the MOU is a piece of paper. It works because the people in the room trust each other, and when people leave, you kind of start over.

[00:20:41] Interviewer: Has turnover been an issue for you?

[00:20:49] Jordan: Oh, enormously. In the last two years Port Carver PD has lost, I think, three of the five detectives who'd been trained on trafficking. Two retired, one went to a suburban department for better pay. Children's Division, I can't even keep track, the caseworkers change every few months. And every new person has to learn that a fifteen-year-old who keeps running back to him isn't a willing participant. That's not intuitive for people. A new detective will look at a kid with a shoplifting history and, you know, an attitude, and not see a victim. Ray sees it right away, but Ray's one person, and he's starting to talk about retiring.

[00:22:40] Interviewer: You mentioned the juvenile office. How do you work with them?

[00:22:54] Jordan: Um. It's a good relationship mostly, with some friction. So the juvenile office handles the youth's side, if there's a delinquency matter or a status offense, running away, truancy. And there's a question we've gone back and forth on, which is what happens when a trafficked youth has also committed an offense. Say she was picked up for theft, or she was in a car with someone who had drugs. Some of the deputy juvenile officers, and I understand why, want to keep that petition open because it gives the court leverage. Judge Whitfield can order her to a placement, order her to services, and the petition is the hook. My position, and my office's position, is that a trafficking victim shouldn't be carrying a delinquency charge for things that happened because she was being trafficked. We'd rather get her into services through Children's Division. And the juvenile officers say, fine, and when she runs from the placement on day two, what's your plan? And I don't have a great answer to that.

[00:25:46] Interviewer: That sounds like a real disagreement.

[00:25:54] Jordan: It is, but it's a good-faith one. Judge Whitfield has been pretty thoughtful about it. She set up what's basically a specialized docket, informal, so these youth see the same judge every time, and she's very careful about how she talks to them. The kids actually respond to her. One young woman asked me whether Judge Whitfield would come to her graduation. So the court can be a stabilizing thing. It's just that it's also the place where she's called a respondent, in the same building where the man who hurt her is being arraigned.

[00:27:30] Interviewer: What about medical providers? You mentioned a nurse.

[00:27:39] Jordan: The child protection team at Riverside General is excellent. They do exams when it's relevant, they document well, and they're good about not asking investigative questions, they leave that to the forensic interview. The gap is all the other places these kids show up. Urgent care, the emergency room at the private hospital across the river, a walk-in clinic. Those folks often don't know what they're looking at, and they don't know who to call.

[00:28:56] Interviewer: What would help most, from where you sit?

[00:29:06] Jordan: Honestly, money for people. I know everyone says that. But we have the protocols. We have the MOU. What we don't have is enough trained detectives so it isn't all on Ray and his partner, enough placement beds so a judge isn't choosing between Hope House with a waitlist and a motel room with a caseworker sitting in the lobby, and advocates who stay long enough to be known by the kids. Training helps, we do a joint training every spring, but you train twenty people and eight of them are gone the next year.

[00:30:41] Interviewer: Is there anything about the collaboration that works well that people outside might not see?

[00:30:58] Jordan: I think people outside think it's about protocols, and it's really about, um, it's about people calling each other. The best case I had last year, the reason it worked is the school social worker at Lincoln Middle noticed a girl was being picked up by different adult men, called the hotline, and also called Ray directly because she'd met him at the spring training, and Ray called me, all in one afternoon. Nobody waited for the meeting. That only happens when people already know each other and trust that the call will be taken seriously.

[00:32:34] Interviewer: Is there anything I didn't ask that you think I should know?

[00:32:48] Jordan: Just that, um, the kids are the ones carrying the cost of all our coordination problems. When we don't talk, she tells her story five times. When we argue about jurisdiction, she sits in a conference room eating vending machine crackers until midnight. I'd want whatever comes out of your study to say that plainly.

[00:33:44] Interviewer: Thank you. That's a really good place to end. I'll stop the recording now.
`,
};
