import type { DemoSourceFile } from '../demo-types';

/**
 * Fictional demo study: interview with Marcus, investigator, Site A (Port Carver), wave 1.
 * Written as "[hh:mm:ss] Speaker: text" lines.
 * People, places and organisations are invented.
 */
export const source: DemoSourceFile = {
  fileName: 'Interview 02 - Marcus.txt',
  participant: 'Marcus',
  kind: 'interview',
  content: `[00:00:03] Interviewer: Okay, we're recording. Thanks for doing this. Could you tell me about your role?

[00:00:24] Marcus: Sure. I'm an investigator with the Port Carver Police Department. Fourteen years as an investigator overall, the last six in the special victims unit. Before that I was on patrol. For about four years now I've been on the trafficking side, me and Detective Ray Kowalski, and we work with the regional task force when they've got something in the county.

[00:01:55] Interviewer: How do cases come to you?

[00:02:06] Marcus: A bunch of ways. Some come off online stuff. We do proactive work on the ad sites, or an analyst flags an ad where the person looks young. Some come from patrol, a traffic stop where something looks off, a girl in the car who doesn't know what hotel she's staying at. Hotels call us more than they used to, since the training the hotel association did. Some come from Children's Division hotline reports. A good number come from the hospital. Riverside General has a couple of ER nurses who are really sharp about it. And then the school resource officers.

[00:04:33] Interviewer: Once a case comes to you, what does the investigation look like?

[00:04:51] Marcus: First priority is the kid's safety. That sounds like a line, but it's true, because if she's still out there, nothing else matters. So we locate, we recover, and then the question is where she goes tonight. That's the part that eats up the most time, to be honest with you. Then the forensic interview at Beacon. We don't interview kids ourselves anymore, not formally. We watch from the observation room. Then it's the digital side: phones, social media, the financial stuff, hotel records. These cases are built on the phone, nine times out of ten. Because the kid, she may or may not ever say anything. We have to build it so it doesn't depend on her.

[00:07:29] Interviewer: Why is that important?

[00:07:37] Marcus: Because asking a fifteen-year-old to carry a prosecution is asking a lot. She's loyal to him. He's the one who bought her food. In her mind he's her boyfriend. And the defense will go after her. So Ray always says, "Build the case like she's never going to testify," and if she does, that's a bonus. Early in my career that's not how we did it. Honestly, early in my career, we arrested those girls. For prostitution. I'm not proud of that. The law changed and we changed, and I think a lot of us look back and... yeah.

[00:10:05] Interviewer: How would you describe working with the forensic interviewers and the advocates at Beacon?

[00:10:27] Marcus: Mostly really good. The MOU we have with Beacon, the prosecutor's office and Children's Division lays out who does what, and that helped. Before, a kid would get interviewed by patrol, then by me, then by a caseworker, then by a nurse. Four times. Now it's once, it's recorded, and everybody watches the same interview. That's a big win. Where we bump heads, it's more with the advocates. And I get it, their job is the kid, full stop. My job is the kid and the case. So sometimes I need to talk to her again, because the phone extraction turned up something, and the advocate will say she's not ready. And I'll say, "He's going to be out on bond Thursday." That's a real conversation we've had more than once.

[00:13:21] Interviewer: How do those disagreements get resolved?

[00:13:30] Marcus: Usually we meet in the middle. The advocate sits in, or we do it at Hope House instead of the station, or we wait two days instead of two weeks. It comes down to, do you trust each other. With the advocates I've worked with for years, I can say "I need this," and they know I'm not just trying to close a file. The new ones, there's a suspicion. They've heard stories about cops, and some of those stories are true.

[00:15:29] Interviewer: What about the juvenile office and Children's Division?

[00:15:41] Marcus: The juvenile office matters because a lot of these kids have something on them, a runaway, or a delinquency charge from something they did while they were being exploited. We need the juvenile officer on board so she's not getting charged for stealing a phone charger while we're trying to treat her as a victim. Children's Division is legally responsible for placement if the parents can't keep her safe, or if the parents are part of it. And they are overwhelmed. I've sat with a kid at the station until two in the morning waiting on a placement. And the worker's doing her best. She's calling every place on the list and there's nothing. Hope House is full, the shelter won't take her because she ran from there before, and the emergency foster home doesn't want a kid who might be followed there. So she ends up sleeping on a couch in the Children's Division office. That happens. More than you'd think.

[00:18:49] Interviewer: How does that affect the investigation?

[00:19:01] Marcus: If she doesn't have somewhere safe and stable, she runs. And if she runs, she's back with him, and I'm looking for her again. I'd say the single biggest predictor of whether we get a case through is whether the kid has a stable placement and one adult she trusts. Not the evidence. The placement.

[00:20:18] Interviewer: Some people we've talked to say a locked setting is sometimes used to keep a young person safe. What's your view on that?

[00:20:48] Marcus: This is probably where I disagree with a lot of the social workers. I don't want kids in detention. Nobody does. But I've had nights where the choice is detention or she's back on the street by morning with the guy who's been texting her every ten minutes. And if you ask me, alive and angry at me beats the alternative. The advocates will say it tells her she's the criminal, and they've got a point. What I'd really want is a secure treatment option that isn't a jail. Something in between. We don't have that in this state, as far as I know. So we argue about two bad choices.

[00:23:20] Interviewer: Can you give an example?

[00:23:30] Marcus: There was a girl, I won't use any names. She ran from Hope House three times in the first month. Every time, we'd go get her. And the advocate from Beacon, a woman who's been doing this forever, she just never let go of her. Texted her every day. Even when the girl was back out there, she'd text, "Thinking about you, here if you need anything." No lectures. And six weeks in, the girl texted back from a motel out by the interstate: "come get me." The advocate called Ray, Ray called me, we went. That was the turning point. She stayed after that. Eventually she did testify, and he got twenty-two years. But it wasn't us. It was that advocate and her stubbornness.

[00:26:35] Interviewer: What about the prosecutor's office?

[00:26:46] Marcus: Good relationship. We bring them in early now, before charging, so they can tell us what they need. Before, we'd bring them a case and they'd say, "I can't file this," and we'd be starting over. Now they come to the MDT. The frustration is more with the court calendar. Continuances. The defense asks for a continuance, the judge grants it, and the kid's been getting ready for trial for months, and now it's another six months. Every continuance, I worry we lose her.

[00:28:43] Interviewer: How about the hospital and the schools? You mentioned both as sources of referrals.

[00:29:02] Marcus: The hospital's been one of the better surprises. A few years ago, Beacon and Northstar did training with the ER staff at Riverside General, and now they've got a protocol. A nurse sees a kid with a much older "boyfriend" in the waiting room, or the story doesn't fit the injury, she calls the social worker, the social worker calls the hotline and us. Schools are more uneven. The resource officers are good eyes, but the school side gets nervous about what they can tell us. I had a vice principal who wouldn't confirm a kid's attendance without a subpoena. Meanwhile the girl's missing. Other schools, the counselor calls me directly. It's really who you get.

[00:31:53] Interviewer: You've mentioned the MDT a few times. How does it work here?

[00:32:16] Marcus: We meet every other week at Beacon. Police, prosecutor, Children's Division, juvenile office, Beacon's advocates and therapists, somebody from Hope House, sometimes the school district, sometimes the hospital. We go case by case. It's good for knowing who's doing what. The problem is information sharing outside the room. The therapists can't tell me anything without a release, which, I understand that, legally. But sometimes I need to know if she's in a place to be interviewed again, and I can't get a straight answer. And from their side, I'm sure I'm not telling them everything either, because an open investigation is an open investigation.

[00:34:43] Interviewer: What about training?

[00:34:49] Marcus: We get a lot more than we used to. The state requires a couple of hours now for all officers, which is a start, but two hours online isn't going to change how a patrol officer sees a fifteen-year-old in a hotel hallway at three in the morning. What changes that is seeing it. Ray and I do roll-call trainings now, ten minutes, real cases, no names. Those land better.

[00:36:12] Interviewer: What would you change if you could?

[00:36:25] Marcus: Staffing, first. There are two of us doing trafficking for a city of three hundred thousand, and we're also picking up other child cases. Turnover in the unit is brutal, because it's heavy work and you don't get many wins. I've lost two partners to burnout in six years. And leadership. Our last chief was big on this. He'd show up at the MDT himself. The new chief is focused on violent crime, which I get, and we've felt it. Overtime got cut. The task force grant ends next year, and nobody's said what happens then.

[00:38:51] Interviewer: How do you personally cope with the work?

[00:39:04] Marcus: Gym. My wife. And I don't talk about the details at home. We have a peer support program and I've used it, and I'm not ashamed of that. Ten years ago I would've been.

[00:39:43] Interviewer: Anything you'd like to add that I haven't asked about?

[00:39:58] Marcus: Just that the kids notice who shows up. Not who says the right words in the meeting. Who shows up at two in the morning. That's how you build trust, with the kids and with each other.

[00:40:52] Interviewer: Thank you, Marcus.
`,
};
