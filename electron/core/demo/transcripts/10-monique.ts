import type { DemoSourceFile } from '../demo-types';

/**
 * Fictional demo study: interview with Monique, school social worker, Site A.
 * All names of people, places and organisations in it are invented.
 */
export const source: DemoSourceFile = {
  fileName: 'Interview 10 - Monique.txt',
  participant: 'Monique',
  kind: 'interview',
  content: `[00:00:05] Interviewer: Okay, it's recording. Thanks for squeezing me in. I know it's the last week before summer programming starts.

[00:00:26] Monique: It's fine. The building's quiet for once, so this is actually a good time. If a bell goes off, just ignore it.

[00:00:51] Interviewer: Could you tell me about your role?

[00:01:01] Monique: Sure. I'm a school social worker with Port Carver Public Schools. Six years now. I split my week between Lincoln Middle and Eastside High, which, between the two buildings, is about eleven hundred kids. So I do attendance work, I do crisis response, I do the home visits nobody else does, I coordinate with outside agencies, I run a couple of groups. I'm the person the teachers come to when something's off and they don't know what it is.

[00:02:24] Interviewer: How does trafficking come up in your work?

[00:02:34] Monique: Usually sideways. Nobody walks into my office and says that. What I see is a pattern. Attendance drops, but not all the way, she'll come in for first period and then she's gone. Or she's sleeping in class. She has a new phone, new nails, new shoes, and there's no job, and mom doesn't know where they came from. There's an older boyfriend, and she's guarded about him in a way that's different from normal middle school secrecy. And I have to be really careful, because every one of those things alone is just being thirteen. A lot of kids have new shoes. So I try not to jump. I watch, I check in, I build the relationship.

[00:04:38] Interviewer: How do you build that relationship?

[00:04:47] Monique: Small things. Having snacks. Being the same person every day. I run a girls' group on Thursdays at Lincoln, and a lot of what comes to me comes out of that group, sideways, like, somebody says something about a friend, and I follow up later one-on-one. Kids don't disclose to a form. They disclose to somebody they've decided is safe, and they test you first. They'll tell you something small and watch what you do with it. If you call the police on the small thing, you'll never hear the big thing.

[00:06:23] Interviewer: That sounds like a real tension with your reporting obligations.

[00:06:36] Monique: It is. I'm a mandated reporter, and I take that seriously. If I have reasonable suspicion, I call the hotline, full stop. But there's a lot of space before reasonable suspicion, and that's where the relationship lives. And then once I make the call, honestly, it often goes into a black hole. I call Children's Division, I give them everything, and then I never hear back. Is there an investigation? Did someone go to the house? Was she interviewed? I have no idea. I'm seeing her every day in the hallway and I don't know whether the adults around her know.

[00:08:22] Interviewer: Why do you think you don't hear back?

[00:08:32] Monique: Partly confidentiality, and I respect that, they can't tell me everything. But partly I think schools just aren't seen as part of the team. We're seen as a referral source. We send information in, nothing comes back out. And that's strange, because we see these kids more than anybody. Seven hours a day, a hundred and seventy days a year. The detective sees her twice. The caseworker sees her once a month, if that.

[00:09:51] Interviewer: Are schools part of the multidisciplinary team at Beacon?

[00:10:03] Monique: Kind of. Sometimes. The district has a seat, in theory, but it's whoever's available, it's usually someone from the central office who doesn't know the kid, and I've been to maybe three meetings in six years. I went to one last year because it was about one of my students and someone at Children's Division actually thought to invite me, and I was blown away. There's a detective, a prosecutor, the advocate, the nurse, and they're all talking about this girl, and half of what they were saying about her I knew was out of date. They thought she was still at her grandmother's. She'd moved back with mom three weeks earlier. I knew because I'd changed her bus route.

[00:12:09] Interviewer: Can you tell me about a case where the collaboration did work?

[00:12:23] Monique: Yes. So, I'll keep the details vague. A girl at Lincoln, seventh grade. One of the secretaries at the front office mentioned to me that she was being signed out early by different adult men, all saying they were uncles, and the paperwork had a name that didn't match anyone in her file. So I went and looked at the camera footage from pickup, with the principal, and it was three different cars in two weeks. I called the hotline. And then, because I'd met Detective Kowalski at the spring training at Beacon, the joint one, I called him directly too. And he picked up, and he came out that afternoon. And by that evening she was at Beacon with an advocate. That's the one where I felt like, okay, this is how it's supposed to work.

[00:14:45] Interviewer: What made the difference, do you think?

[00:14:56] Monique: Knowing him. Honestly. I had his cell number from the training, and he'd told us, call me, I'd rather get ten calls that are nothing. And he meant it. If I'd called the front desk at Port Carver PD, I'd have been transferred around. And the hotline call still matters, it creates the record, it brings in Children's Division. But the speed came from one person picking up a phone.

[00:16:09] Interviewer: What happened with school for her after that?

[00:16:20] Monique: This is the part that, um, that frustrates me. She was placed at Hope House, which was the right call for her safety, and they have an on-site school. But the on-site school is, it's small, it's a couple of teachers covering every subject, and the credits don't always line up. When she came back to us, almost a semester later, she was behind in math and the transcript from Hope House wasn't in a format our registrar would accept, and it took me weeks of phone calls to get her placed in the right classes. In the meantime she's sitting in a class she already passed and she's bored and she's back to skipping. And everybody else had closed their file, you know. The criminal case was moving, she was "safe," she was home. And then she's in my office saying she hates school.

[00:18:52] Interviewer: How do you think that transition could work better?

[00:19:03] Monique: Reentry meetings. Before she comes back, sit down: the school, the caseworker, Hope House, the family, her. What classes, who's her person in the building, what's the plan if he shows up at pickup. Some of that is just a phone call. We've done it twice since, and it's better. It's not in any protocol though. It's because I pushed.

[00:20:07] Interviewer: You mentioned the possibility of him showing up. How does the school handle safety?

[00:20:23] Monique: We do a safety plan. The front office gets a photo, if there is one, and a list of who can and can't sign her out. Her teachers know there's a safety concern, not what it is. And we're careful about that, because teachers talk, and a kid who's been through this does not need the whole staff room knowing. The other thing we have to think about is other students. Sometimes the recruitment happens through peers. An older girl, a friend, who's bringing people to parties. That's really delicate, because that older girl is often a victim herself.

[00:22:07] Interviewer: How do teachers respond to all this?

[00:22:17] Monique: Most of them care a lot and just don't know what they're seeing. I did a training for the Lincoln staff last fall, forty-five minutes at a staff meeting, which is nothing, but it was something. And afterwards one teacher came up to me, a good teacher, and said, "But some of these girls are choosing this lifestyle, aren't they?" And I wasn't even mad, because that's what most people think. It's the same with the school resource officer. He's a nice guy, but his instinct is discipline. She's cursing at him in the hallway, she's written up for defiance, she gets suspended, and now she's out of the building for five days, which is exactly where the person exploiting her wants her to be.

[00:24:27] Interviewer: Do you work with the juvenile office or the court?

[00:24:40] Monique: Mostly around attendance. When a kid's on probation, school attendance is usually a condition, and the deputy juvenile officer will call me for records. Some of them are great, they'll ask what's going on behind the absences. Once I was subpoenaed to bring attendance records to Judge Whitfield's courtroom. She asked me a couple of questions directly, about how the girl was doing socially, which I appreciated, because nobody ever asks the school that. But I also had a kid whose probation was revoked partly on truancy, when the reason she was missing school was that he was keeping her out. That's, I mean, the system punished her for the thing he was doing to her.

[00:26:41] Interviewer: What about therapy or other services? How do you connect students with those?

[00:26:58] Monique: At Eastside we have a school-based partnership, a community agency sends a therapist into the building two days a week, which is great for kids who would never make it to an appointment across town. At Lincoln we don't have that, so it's a referral, and the waitlists are long, and a thirteen-year-old can't get herself to a clinic on two buses. The other thing is that the therapists and I don't really talk, because of consent. Which is right, mostly. But I had a girl who was falling apart in fourth period every Tuesday, and it turned out Tuesday was her therapy day, and nobody had thought to tell me she comes back raw. A two-minute conversation would have helped me help her.

[00:29:08] Interviewer: What do you need, in your role, to do this well?

[00:29:21] Monique: Time, first. Eleven hundred kids is not a real caseload for a social worker. And a seat at the table that's actually mine, not the district's. And some kind of, um, some way for information to come back. Even just: we got your report, the case is open, here's who to call. That would change a lot. I don't need the details. I need to know I'm not the only one watching.

[00:30:38] Interviewer: Is there anything else you'd like the study to capture?

[00:30:50] Monique: Just that school is sometimes the only normal thing she has. Everybody else in her life is either hurting her or investigating her. At school she's in a group on Thursdays, and she gets to be a seventh grader who's mad about a group project. I'd want people to protect that.

[00:31:44] Interviewer: Thank you. That's a lovely note to end on. I'll stop the recording.
`,
};
