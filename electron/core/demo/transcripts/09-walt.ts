import type { DemoSourceFile } from '../demo-types';

/**
 * Fictional demo study: interview with Walt, deputy juvenile officer, Site B.
 * All names of people, places and organisations in it are invented.
 */
export const source: DemoSourceFile = {
  fileName: 'Interview 09 - Walt.txt',
  participant: 'Walt',
  kind: 'interview',
  content: `[00:00:03] Interviewer: Okay, we're recording. Thank you for having me out here. And thanks for the coffee.

[00:00:25] Walt: Well, it's not good coffee, so don't thank me yet.

[00:00:41] Interviewer: (laughs) Fair enough. So, could you start by telling me about your position and how long you've been doing it?

[00:01:10] Walt: I'm a deputy juvenile officer with the Harlan Valley Juvenile Office. Twenty-two years this past April. I started in Dunmore County when it was just me and the chief juvenile officer and a secretary, and now we're, I think, eleven of us across the circuit. I cover Dunmore and the south half of Tiller. So I do intake when a referral comes in, I do the supervision of kids who are on informal or formal probation, I go to court with them, and I guess I do a lot of driving around and knocking on doors.

[00:03:19] Interviewer: How do youth who've been trafficked come to your attention?

[00:03:36] Walt: Well, I'll be honest with you, for most of my career I didn't know they did. I mean, they came to my attention, but not as that. They came as runaways. They came as incorrigible, which is a word we used to use a lot more. Truancy. A girl who's thirteen and keeps getting picked up at the truck stop off the highway, and you write it up as a runaway and a curfew violation and you take her home, and you don't ask why she's at the truck stop. I think about some of those girls now. I do.

[00:05:50] Interviewer: What changed?

[00:05:55] Walt: Training, mostly. The state put on a training in 2019, it was two days down in the capital, and our chief made all of us go. And there was a woman presenting who had been through it herself, as a teenager, and she described her own juvenile file, what the officers wrote about her. And it was, you know, it was what I would have written. "Uncooperative. Returned to the residence. Refused to identify the adult male." That stuck with me. I drove home and I couldn't stop thinking about it.

[00:07:58] Interviewer: How has your practice changed since then?

[00:08:10] Walt: We screen now, at intake. Every kid who comes in on a runaway or a status offense, we ask a short set of questions. Where were you staying, who were you with, did anyone give you things, did anyone ask you to do something in exchange for a place to stay. It's a form, but really it's a conversation. Most kids, it's nothing. But we've had, I'd say, eight or nine in the last two years where something came up, and then we call the advocate at the Family Crisis Center, and we call law enforcement, and it goes from there.

[00:10:26] Interviewer: What happens once something comes up?

[00:10:36] Walt: That's where it gets harder. Because the juvenile office, we're part of the court. Our job is the child's welfare, but also the community's safety, and we have to do it inside the law. So if a girl has a delinquency referral, say she stole a car, which happens, I still have that referral on my desk. I can't just make it go away because I believe her story. Now, I can recommend it be handled informally, and I often do. But the court's going to want to know there's a plan.

[00:12:41] Interviewer: I've heard about disagreements around detention. What's your view?

[00:12:55] Walt: (pause) Yeah. I expect you've heard from the advocates on that. And they're not wrong about a lot of it. Detention is a jail for children, I'm not going to dress it up. It's cinderblock and a steel door. But I'll tell you about one girl. This was, I'd say, three years ago. She'd run four times in two weeks. Every time she ran she went back to the same place, and the same men were there, and she was getting worse, thinner, she wasn't sleeping. Children's Division didn't have a single bed in the circuit. Hope House had a waitlist of a month. And it was the Wednesday before Thanksgiving, so the courthouse was about to close for four days. So I asked Judge Aldridge to hold her. And the advocates were upset with me, and I understood that. But over that weekend, while she was somewhere nobody could get to her, we found an aunt out of state that nobody had thought to call, and the aunt drove fourteen hours to come get her. She's still with that aunt. Last I heard she's finishing high school. Now would I do it again? I would rather not have to. I'd rather there was somewhere else. That's the truth of it.

[00:17:38] Interviewer: How has the MDT dealt with that question?

[00:17:50] Walt: We've come to an agreement, more or less. Before we ask to hold a youth on a trafficking concern, we call the advocate and we call Children's Division, and we all try to find something else first. Sometimes there's a relative nobody thought of. Sometimes there's not. It's slowed us down, and that's probably a good thing. Makes you stop and think.

[00:19:16] Interviewer: Tell me more about how you work with Children's Division.

[00:19:30] Walt: Children's Division is, well, they've got the hardest job in the state, and they're doing it with kids right out of college who last eighteen months. I don't say that to knock them. But there's always this question of whose case it is. If a child's being abused by a parent, that's Children's Division. If the child's committed an offense, that's us. If she's being exploited by somebody who's not a parent, and she's also run away and stolen a car, well, then everybody looks at each other. And sometimes the kid falls between. I've sat in the office at the courthouse at nine o'clock at night with a fifteen-year-old and a caseworker, both of us on the phone trying to find a bed, and neither of us really has the authority to do what needs doing.

[00:22:34] Interviewer: What about schools? Are they involved?

[00:22:44] Walt: The schools are where I find out first, a lot of the time. Truancy referrals. The school calls because she's missed twenty days, and when you go out to the house you find out why. The schools out here are small. The counselor at Ashby High knows every family in town. Which is good, they notice things. But they're nervous about what they can tell us, privacy laws and so forth, so you get a phone call that says, you might want to check on this family, and then they won't say more. I understand it. I do wish there was a clearer way for us to share with each other.

[00:25:15] Interviewer: How do you work with law enforcement?

[00:25:26] Walt: We've got three sheriff's offices and I don't know how many town police departments in the circuit, some of them two officers. So it varies. The Harlan County sheriff's office has a young investigator, Hollis, who's very good. He's eager, he goes to every training, he calls us. Some of the others, you'd have to bring them the case wrapped up with a bow. And there's some who, I'll put it this way, they grew up with the same families I did, and they've got opinions about those families. That's a small town thing. You know people's grandparents. That can help you and it can blind you.

[00:27:51] Interviewer: Can you say more about how it helps?

[00:28:03] Walt: Well, I've known some of these families three generations. I had the mother on probation in 1998. So when I knock on the door, she knows me. She might not like me, but she knows I'm going to do what I said I'd do. That's worth a lot. Kids too. I had a boy, this wasn't a trafficking case, but I had him from thirteen to seventeen, and he calls me every Christmas. You can't build that with a new worker every year.

[00:29:57] Interviewer: You mentioned boys. Do you see boys in these situations?

[00:30:12] Walt: We do, and we miss them more. A boy who's trading, um, trading favors for a place to sleep, nobody thinks of him as a victim. He doesn't think of himself that way. He'd rather you thought he was a drug runner. We had one last year where it only came out because the advocate kept at it. I'd have missed it.

[00:31:37] Interviewer: What do you think works well about the collaboration here?

[00:31:52] Walt: Honestly? The monthly meeting. I was against it at first. I thought, I already know everybody, what's a meeting going to do. But there's a difference between knowing people and sitting down together once a month and saying, here's the kid, here's what each of us knows, here's what each of us is going to do by next time. And writing it down. The Zoom part is good too, I'll admit it. I'm not driving to Millbrook for an hour's meeting.

[00:33:42] Interviewer: And what doesn't work?

[00:33:49] Walt: Resources. Same as everybody will tell you. We've got no placement in the valley. We've got one therapist I know of who really understands these kids, at Harlan Valley Behavioral Health, and she's got a waitlist. The forensic interviews, the Beacon people will come down to Millbrook when they've got somebody free, which is a blessing, but when they don't, it's two hours each way. And the turnover. Every time somebody leaves, a caseworker, a deputy, you start over with the new one. You explain the screening form again. You explain why you don't put her in the back of the patrol car. It wears on you.

[00:36:13] Interviewer: How do you find the court process for these youth?

[00:36:29] Walt: Judge Aldridge is a fair man. Old school, like me. He's come around on the trafficking piece, I'd say, the way I did. He'll ask now, in the hearing, "Has anybody talked to this young lady about whether she's safe?" Which he didn't used to. The hard part is the kid's in the same courtroom as the kids who stole a four-wheeler, and she's called a juvenile offender on the docket. We talked about a separate docket. Port Carver's got something like that, I hear, with the judge up there. We don't have the numbers for it.

[00:38:40] Interviewer: Last question, more or less. If you were starting out today, what would you want to know?

[00:39:06] Walt: That the kid who's the most trouble is usually the one who's got the most going on. I'd tell my younger self to ask one more question. Where were you staying. Who were you with. Just one more question.

[00:39:59] Interviewer: Thank you. Is there anything else you'd like to add?

[00:40:14] Walt: No, I think I've talked your ear off. Make sure you drive careful on the county road, the deer are bad this time of year.

[00:40:50] Interviewer: I will. I'll stop the recording.
`,
};
