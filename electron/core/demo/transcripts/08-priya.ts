import type { DemoSourceFile } from '../demo-types';

/**
 * Fictional demo study: interview with Priya, victim advocate, Site B.
 * All names of people, places and organisations in it are invented.
 */
export const source: DemoSourceFile = {
  fileName: 'Interview 08 - Priya.txt',
  participant: 'Priya',
  kind: 'interview',
  content: `[00:00:06] Interviewer: Alright, the recorder's on. Thanks again for driving in, I know Millbrook isn't exactly close for you.

[00:00:28] Priya: Oh, it's fine, honestly. I'm in the car half my week anyway. This is a short drive for me.

[00:00:52] Interviewer: That's actually a good place to start. Can you tell me about your job and what an ordinary week looks like?

[00:01:20] Priya: Sure. So I'm a victim advocate with the Harlan Valley Family Crisis Center. I've been there five years, a little over. Our office is in Millbrook but we cover all three counties in the circuit, so Harlan, Tiller and Dunmore, and there are, um, there are two of us on the youth side right now. Used to be three. An ordinary week, I might be at the courthouse Monday for a hearing, Tuesday I'm driving a girl to her forensic interview, Wednesday I'm at a school in Dunmore County because a counselor called, and somewhere in there I'm answering texts from kids at eleven at night, which I'm not supposed to do, but. (laughs) You know.

[00:03:36] Interviewer: What does advocacy mean for the young people you work with?

[00:03:51] Priya: It means I'm the one person in the process who doesn't need anything from them. That's how I explain it. The detective needs a statement, the juvenile officer needs her to follow her conditions, the caseworker needs a placement to work, the prosecutor needs a witness. I don't need anything. I'm there to explain what's happening, go with her to things, make sure she has what she needs, a phone charger, a sandwich, a ride. And what she tells me is confidential, with the usual exceptions. That matters a lot to kids who've had every adult want something.

[00:05:47] Interviewer: How do you usually first meet a young person?

[00:05:59] Priya: It's almost never through a call that says "trafficking." It's a runaway who keeps coming back. It's a girl picked up for shoplifting with a much older boyfriend. It's a sixteen-year-old who's staying with a cousin and the cousin's friends, and there's rent that's, um, there's rent being paid in ways that aren't money. Out here it's very often family, or someone the family knows. And that makes it really hard to identify, because nobody wants to see it, and honestly because the kid doesn't call it that either. She'll tell you it's her boyfriend. She'll tell you she's helping her mom out.

[00:08:02] Interviewer: Who refers to you?

[00:08:08] Priya: Mostly the juvenile office and law enforcement, and more and more the schools. The Harlan Valley Juvenile Office has gotten a lot better at calling us early. A few years ago we'd hear about a case after the kid had already been sitting in detention for a week. Now, the intake officers screen for it, there's a short questionnaire they started using after the state training, and if things come up they call me. Same with the Harlan County sheriff's office. Investigator Hollis there is younger, and he just calls. Other departments, it depends entirely on who's on shift.

[00:10:05] Interviewer: You mentioned detention. Can you say more about that?

[00:10:18] Priya: (sighs) Yeah. This is where I'll get myself in trouble. So, there's a belief, and it's held by good people, some of the deputy juvenile officers who've been doing this twenty years, that if a girl keeps running back to the person who's exploiting her, the safest place for her is detention. Locked. At least for a weekend, until there's a placement. And I understand the fear. I've had those nights too, where you don't know where she is and you're checking your phone every ten minutes. But from her side, she's the one in a cell. He's not. And it confirms everything he's been telling her, that the system sees her as the problem, that nobody's going to help her. And then she comes out and she doesn't trust any of us. So we disagree on that. Respectfully, mostly. Not always respectfully.

[00:13:07] Interviewer: How do those disagreements get worked out?

[00:13:18] Priya: Sometimes in the MDT, sometimes in the hallway before court. (laughs) We started a multidisciplinary team here in 2019, and a few months later everything went to Zoom, which in a way helped, because nobody had to drive ninety minutes to a meeting. It's monthly, at the courthouse in Millbrook, and people can still join by video. The juvenile office, Children's Division, the sheriffs from the three counties if they come, the prosecutors, Harlan Valley Behavioral Health, us. And we talk through cases. The detention thing came up in, I think, a case last winter, and what came out of it was that the juvenile office agreed to call us before a youth is held, not after, so at least we can be at the detention hearing and maybe offer an alternative. That was a real change.

[00:15:59] Interviewer: What alternatives are there, out here?

[00:16:08] Priya: Not many. That's the honest answer. There's no residential program for trafficked youth anywhere in the circuit. The closest is Hope House, in Port Carver, so that's two and a half hours from the far end of Dunmore. And they have a waitlist. So if a girl needs somewhere safe tonight, it's a foster home if Children's Division has one, which they usually don't, or a relative, which is sometimes the problem, or detention. I've driven girls to Hope House. I drove one last spring, and she didn't say a word for two hours, and then just before we got there she asked if we could stop so she could buy a specific kind of sour candy, because her little brother liked it and she wanted to mail it to him. That's, I mean. She's fifteen. She's worried about her brother. And she's going to be three hours from him.

[00:19:05] Interviewer: That's a lot to carry.

[00:19:13] Priya: It is. For her, mostly. For us too a little.

[00:19:25] Interviewer: How do you work with law enforcement around the investigation?

[00:19:40] Priya: It's better than it was. When I started, some deputies saw me as someone who was going to get in the way of their case. Like I was coaching the kid. And I did have to learn what I'm allowed to do. I don't ask her about what happened, I don't talk about the details of the case with her, because that can hurt the case later. I'm there for her, not for the facts. Once the officers understood that, it got easier. Now with Hollis, in Harlan County, we have a rhythm. He does his part, I do mine, and he tells me when the forensic interview is scheduled, so I can get her there and sit with her in the waiting room.

[00:22:07] Interviewer: Where do the forensic interviews happen?

[00:22:16] Priya: At Beacon Advocacy Center, which is in Port Carver. Under the MOU they'll sometimes send an interviewer out to the courthouse in Millbrook, and that has been huge. But when they can't, we drive every kid to Port Carver, and you lose a whole school day, and she's carsick and anxious, and then she sits down with a stranger to talk about the worst thing in her life. So if something happens on a Thursday night, you're waiting or you're driving.

[00:23:52] Interviewer: What about prosecutors?

[00:23:57] Priya: Mixed. The circuit has, um, the prosecutors in the smaller counties are part-time, some of them, they've got a private practice on the side and they're handling everything from traffic to homicide. Trafficking cases are long, they're complicated, and the victim often doesn't want to testify. So what happens sometimes is the case gets pled down to something smaller. And I get why, but when I have to explain to a girl that the man is getting probation on a lesser charge, it's really hard to tell her that she was believed.

[00:25:47] Interviewer: What would you say makes the collaboration work, when it works?

[00:26:02] Priya: People. Knowing people. In a rural area that cuts both ways, though. I know the juvenile officer's wife from church. The school counselor in one district is the aunt of a kid who was, um, involved on the other side of a case. Everybody knows everybody. So trust is personal, which is great when it's there, but confidentiality is really hard. I've had a girl refuse to go to the clinic in her own town because the receptionist is her friend's mom.

[00:27:39] Interviewer: How do you handle information sharing, given your confidentiality?

[00:27:51] Priya: Carefully. I tell every kid at the start what I can keep and what I can't. At the MDT I share what she's agreed I can share, and mostly that's logistics: she's in school, she has a ride to court, she wants the advocate there. If someone asks me something I can't answer I just say, I can't speak to that. Early on that annoyed people. The juvenile office especially wanted to know everything, because they're responsible for her supervision. We've gotten to a place where they trust that if it's a safety issue, I'll tell them how to get the information the right way.

[00:29:57] Interviewer: Are there resources or supports you feel are missing?

[00:30:08] Priya: Funding. Our main grant got cut this year, the federal victim services money, it went down a lot, and that's why we're two instead of three. The third advocate, she left for a school job because it paid more and she wasn't on call. I don't blame her. I've thought about it. This work, you know, you drive home at night on a two-lane road thinking about a kid, and there's no one to talk to about it because you can't talk about it. We have supervision, we have a good director, but there's a lot of weight.

[00:32:04] Interviewer: How do you look after yourself with that?

[00:32:16] Priya: Um. Badly? (laughs) No, I'm better than I was. I have a rule now that I don't answer texts after ten unless it's an emergency, and I tell the kids that. They test it, of course. I garden. I have a dog who doesn't care about any of this.

[00:33:16] Interviewer: If you could change one thing about how the agencies here work together, what would it be?

[00:33:37] Priya: I'd want everyone to start from the same place, which is that she's a victim, not a problem to be managed. I think we mostly say that now. The MOU with Beacon and the other agencies says it in the first paragraph. But in practice, when she's screaming at a deputy at two in the morning, or she's run for the fourth time, people slip back into seeing a delinquent. And I'd want somewhere local for her to go. Just one safe place, in the valley, so she doesn't have to choose between detention and being three hours from her brother.

[00:35:37] Interviewer: Thank you. That's really helpful. Is there anything you want to add?

[00:35:53] Priya: Only that the people doing this here are doing it with almost nothing. I've been critical, I know, of the detention thing, of the prosecutors. But they're trying. Everybody's stretched. I'd just want the study to show the kids and the workers both.

[00:36:45] Interviewer: I'll make sure of that. I'm going to stop the recording.
`,
};
