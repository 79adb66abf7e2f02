import type { DemoSourceFile } from '../demo-types';

/**
 * Fictional demo study: interview with Dana, therapist, Site A (Port Carver), wave 1.
 * Written as "[hh:mm:ss] Speaker: text" lines.
 * People, places and organisations are invented.
 */
export const source: DemoSourceFile = {
  fileName: 'Interview 03 - Dana.txt',
  participant: 'Dana',
  kind: 'interview',
  content: `[00:00:04] Interviewer: Thank you for meeting with me. We're recording now. Could you start by describing your role?

[00:00:30] Dana: Of course. I'm a therapist, a licensed clinical social worker, at Beacon Advocacy Center. I've been there seven years. I carry about eighteen clients, most of them adolescents, and right now I'd say a third of my caseload has some trafficking history, whether or not it's identified as that in the file. I also consult for the staff at Hope House. Once a week I'm over there.

[00:01:50] Interviewer: What does therapy look like for these young people?

[00:02:05] Dana: Slow. [laughs] That's the first word. I think people imagine the model where you do a trauma-focused treatment for twelve to sixteen weeks and you're done, and for a lot of kids with a single event that works beautifully. With these kids, the first three months might be just getting them to come back. Showing up is the intervention. They've learned that adults who are nice to them want something. So if I'm nice, I'm suspect. I had one girl tell me, very matter-of-fact, "You're getting paid to like me." And she was right! So I said, "Yes, I am. And I'm still going to be here next week." And I was, and the week after that.

[00:04:38] Interviewer: How do you build that trust?

[00:04:48] Dana: Consistency, mostly. Same time, same room, same snacks. Letting her be in charge of what we talk about. A lot of kids don't want to talk about what happened at all, and I don't push. We'll talk about her music, her little sister, her hair. We'll draw. One girl, for five weeks she barely said a word in session. She drew. Very detailed drawings of houses. And then one week she drew a house with no door, and she said, "That's what it was like." And that was the start. I don't need the details of what happened to her. That's not my job. My job is to help her feel safe enough in her own body to make choices again.

[00:07:17] Interviewer: How does your work connect with the investigation and the court process?

[00:07:35] Dana: This is where it gets complicated. I'm not a forensic interviewer, and I'm very careful about that line. I try to make sure the team knows it too. If a client discloses something new to me, I have a duty to report it, and I do, but I don't go digging. Because if I start asking investigative questions, I can contaminate the case, and I also become, in her eyes, one more person who wants her story. The detectives don't always understand why I won't just ask her. I've had a detective say to me, "You've got the best relationship with her, can't you just find out who the guy is?" And I said no. It happened again last month, different detective.

[00:09:57] Interviewer: How did that conversation go?

[00:10:07] Dana: Respectfully, in the end. Ray Kowalski is one of the good ones. He's been to trainings with us, and once I explained, he got it. He said, "Okay, then help me figure out when she'd be ready to talk to the interviewer again." That's a question I can help with. So there's a way to collaborate that respects both roles. But it took us a couple of years to get there. It's built on people. When a new detective comes in, we start over.

[00:11:42] Interviewer: What about court?

[00:11:51] Dana: Court is hard on these kids. Testifying, facing him, or facing his family in the hallway. And the continuances. I've had a client prepare for trial, and we plan around it, we plan her sleep, her safety plan, her school, and then the day before, it's continued. Three months. She regressed, completely. Started running again. There's a victim advocate at the prosecutor's office who's wonderful, and we coordinate on court prep. I work on the coping skills, she does the courtroom tour. But I don't get a vote on the calendar. And honestly, I sometimes wonder whether the prosecution is worth what it costs the child. That's not a popular opinion at the MDT.

[00:13:56] Interviewer: Can you say more about that disagreement?

[00:14:10] Dana: It's not that I don't want him held accountable. I do. But the prosecutor's measure of success is a conviction, and mine is whether she's okay in five years. Sometimes those line up. Sometimes testifying is empowering. I've seen kids stand taller afterward. But sometimes the case needs her at a moment when she needs to be left alone. And the case usually wins, because the case has a deadline and she doesn't.

[00:15:39] Interviewer: How is information shared between you and the rest of the team?

[00:15:59] Dana: Carefully. I share the minimum necessary. With a signed release I'll tell the team whether she's engaged in therapy, general progress, any safety concerns. I don't share what she says in session. At the MDT people sometimes push, and I understand why, they're worried about her. But the minute a kid hears that her therapist told a police officer something she said, she's done. Not just with me. With therapy, maybe for years. The Children's Division workers are usually the most understanding, because they're social workers too. The hardest is when the juvenile officer needs something for a court report. I'll write a short letter instead of handing over notes. That usually works.

[00:18:03] Interviewer: You mentioned Hope House. What's that collaboration like?

[00:18:15] Dana: Good, mostly. Their staff are young, mostly wonderful, and underpaid. Turnover is huge. I'll train a group of direct-care staff on how to respond when a girl is dysregulated, and four months later half of them are gone. So the training never quite sticks. And they have rules they have to have, phones, curfews, because they're licensed and because there's a real safety risk with the phone. But the girls experience the rules as control, and control is, you know, what they've been living under. So we're always balancing. I think of it as trying to be a place with rules that doesn't feel like the place she came from.

[00:20:28] Interviewer: What about schools?

[00:20:35] Dana: Schools want them back in class, which makes sense. School is protective. It's normal, it's friends. But a girl who's in survival mode cannot sit in a classroom for seven hours with a bell going off every fifty minutes. She'll walk out, or she'll get into it with someone, and then she's suspended. Some schools are great about a reduced schedule. Lincoln Middle has a school social worker who would let a girl come to her office and do her work there when it got to be too much. That made a huge difference. Other schools, it's zero tolerance, and I end up on the phone with the assistant principal explaining trauma.

[00:22:53] Interviewer: Could you tell me about a time when the team really worked well together around a client?

[00:23:18] Dana: Yes. There's one I think about a lot. A sixteen-year-old at Hope House, she'd had something like nine placements, and every meeting about her had happened without her. So her caseworker at Children's Division, who's fantastic, suggested we try having her run the meeting. Not attend. Run it. We met in the living room at Hope House. The caseworker, the juvenile officer, her school counselor, her case manager from Northstar, me, and her. She had a list. She wanted to see her brother every week, she wanted to stop having to retell everything to every new person, and she wanted a job. That was it. And everybody in that room said, "Okay, which one of those is mine?" The juvenile officer got the court to approve the sibling visits. The case manager found her a job at a bakery. And I stopped asking her about the past for a while and we worked on the job interview. She told me afterward that was the first time anybody asked her what she wanted. I cried in my car. [laughs] Don't put that in.

[00:27:05] Interviewer: And what made that possible?

[00:27:13] Dana: Honestly, people who trusted each other enough to give up a little control. Nobody was protecting their turf that day.

[00:27:40] Interviewer: What are the biggest challenges you face in collaboration?

[00:27:57] Dana: Role clarity, I think. Every kid I work with has, I counted once, eleven professionals in her life. Caseworker, juvenile officer, guardian ad litem, advocate, detective, prosecutor, me, Hope House staff, school counselor, nurse, her attorney. And each of us thinks we're the one she trusts. Kids are smart. They figure out which adult gives them what. And if we're not talking to each other, they'll, not manipulate exactly, but survive. They'll tell each person what works with that person. The MDT helps, but we need to be clearer about who's the lead for which part.

[00:30:04] Interviewer: What about funding and capacity?

[00:30:13] Dana: Medicaid pays for the session. It doesn't pay for me sitting in the car outside a motel for forty minutes hoping she'll come out. It doesn't pay for the MDT, or the phone calls, or the court prep. Beacon covers that from grants, and every year we hold our breath about the grants. We've got a six-week waitlist for therapy right now, which, for a kid in crisis, six weeks is forever. And then the telehealth we started during COVID, that was supposed to reach the kids in Harlan Valley, and it does, a little. But a lot of those kids don't have a private room or decent internet. You can't do trauma work on a cracked phone in a kitchen with the family listening.

[00:33:11] Interviewer: How do you manage the personal impact?

[00:33:24] Dana: Supervision. Good clinical supervision. We have a consultation group every Thursday, and that hour is sacred. And I try to remember that my job is not to save anyone. It's to be there, consistently, for whatever amount of time she lets me. Secondary trauma is real. I've had stretches where I couldn't watch the news. I took two weeks off last year, and nobody made me feel bad about it, which I'm grateful for. Not every agency is like that.

[00:34:54] Interviewer: Is there anything else you'd like to share?

[00:35:07] Dana: Just that the kids are so much more than what happened to them. They're funny. They're sharp. One of my girls wants to be a veterinarian, and she will be. I hope that whatever comes out of your study, people see that.

[00:36:03] Interviewer: Thank you, Dana.
`,
};
