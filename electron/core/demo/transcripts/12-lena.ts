import type { DemoSourceFile } from '../demo-types';

/**
 * Fictional demo study: interview with Lena, therapist, Site B.
 * All names of people, places and organisations in it are invented.
 */
export const source: DemoSourceFile = {
  fileName: 'Interview 12 - Lena.vtt',
  participant: 'Lena',
  kind: 'interview',
  content: `WEBVTT

00:00:04.000 --> 00:00:14.200
<v Interviewer>Okay, we should be recording. Thank you for doing this over video. Can you hear me alright?

00:00:22.400 --> 00:00:39.200
<v Lena>I can, yes. Sorry about the background, I'm in my office at the clinic and the walls are thin, so I might keep my voice down a little.

00:00:47.800 --> 00:00:53.200
<v Interviewer>That's fine. Could you start by describing your role?

00:01:03.800 --> 00:01:12.800
<v Lena>Sure. I'm a licensed therapist at Harlan Valley Behavioral Health. I've been there twelve years.

00:01:18.700 --> 00:01:30.100
<v Lena>Our main clinic is in Millbrook and we have a satellite office in Dunmore that I'm at on Wednesdays.

00:01:34.800 --> 00:02:01.800
<v Lena>I see kids and adolescents mostly, and over the last, I'd say, five or six years I've become the person who gets referred the trafficking cases, partly because I got trained in a trauma-focused model early on, and partly because, um, nobody else wanted them.

00:02:07.900 --> 00:02:19.300
<v Lena>That sounds harsh. They're hard cases. They take a long time and they don't fit neatly into twelve sessions.

00:02:28.400 --> 00:02:33.200
<v Interviewer>How do young people usually get to you?

00:02:41.200 --> 00:02:52.600
<v Lena>Court order, a lot of the time. Or Children's Division makes the referral as part of a case plan.

00:02:58.800 --> 00:03:17.400
<v Lena>Occasionally the advocate at the Family Crisis Center brings someone in who asked for it herself, and those are, honestly, those are the best starts, because she's chosen to be there.

00:03:22.700 --> 00:03:45.500
<v Lena>When it's court-ordered, the first two or three sessions are her sitting with her arms crossed telling me she doesn't need therapy, and I tell her that's fine, she can sit, and we talk about whatever she wants.

00:03:49.900 --> 00:03:56.500
<v Lena>Music. Her cousin's baby. It's not wasted time. It's the work.

00:04:08.000 --> 00:04:14.600
<v Interviewer>Can you say more about what the early work looks like?

00:04:25.800 --> 00:04:33.000
<v Lena>So, a lot of these young people don't see themselves as victims.

00:04:37.000 --> 00:04:50.200
<v Lena>They see themselves as people who made choices, or who were in a relationship, or who were taking care of their family.

00:04:53.900 --> 00:05:11.900
<v Lena>And if I come in calling it trafficking, calling him a trafficker, I lose her. She'll defend him. So I start where she is. What was good about that relationship.

00:05:15.600 --> 00:05:34.800
<v Lena>What did you get from it. And slowly, over months sometimes, we get to what it cost her. I'm not trying to get a disclosure. That's really important. That's not my role.

00:05:38.300 --> 00:05:56.900
<v Lena>If she tells me something that I'm required to report, I report it, and I tell her I'm going to, but I'm not asking investigative questions. That's for the forensic interviewer.

00:06:06.000 --> 00:06:13.200
<v Interviewer>How does that distinction play out with law enforcement and the court?

00:06:25.100 --> 00:06:37.700
<v Lena>It causes friction sometimes. I'll get a call from a deputy, or from a juvenile officer, asking what she's told me.

00:06:41.400 --> 00:07:04.800
<v Lena>And I have to say, I can confirm she's attending, I can tell you generally how she's engaging, and if there's a safety risk I'll tell you, but I can't share content without her consent and without a release.

00:07:10.700 --> 00:07:27.500
<v Lena>Most people accept that. Some don't like it. We had a case last year where a prosecutor in one of the counties subpoenaed my records, the whole file.

00:07:32.600 --> 00:07:47.600
<v Lena>And my supervisor and I went to the judge and asked him to review it privately first, and in the end very little was released.

00:07:51.500 --> 00:08:07.700
<v Lena>But she found out about the subpoena, and she thought I'd given everything to the prosecutor, and she didn't come back for a month. That's the cost.

00:08:13.100 --> 00:08:19.700
<v Lena>The trust is the treatment, in a way, and it's fragile.

00:08:29.800 --> 00:08:35.800
<v Interviewer>Did that case change anything in how the agencies work?

00:08:45.900 --> 00:08:50.700
<v Lena>A bit. It came up at the MDT.

00:08:55.600 --> 00:09:13.000
<v Lena>We talked about, um, what therapists can be expected to share, and I think people understood better afterwards that if therapy notes become evidence, kids stop talking in therapy.

00:09:16.800 --> 00:09:34.200
<v Lena>The MOU has language about it now, very general, about respecting each discipline's confidentiality. Whether that holds up the next time someone really wants the file, I don't know.

00:09:44.100 --> 00:09:48.900
<v Interviewer>How do you find the MDT more generally?

00:10:01.300 --> 00:10:06.700
<v Lena>I go when my cases are on the agenda.

00:10:12.900 --> 00:10:32.100
<v Lena>It's monthly, on video, and I block the time, but if I have a client in crisis I'm not going to leave them for a meeting. When I do go, it's useful.

00:10:37.800 --> 00:10:52.200
<v Lena>I hear things I wouldn't otherwise. Like, that she's moved placements again, which nobody told me, and it explains why she's been so dysregulated.

00:10:58.600 --> 00:11:08.200
<v Lena>Placement moves are the biggest thing that derails therapy. Every time she moves, she starts over.

00:11:14.500 --> 00:11:27.700
<v Lena>New house, new rules, new school, and sometimes a new therapist, because the placement's three hours away and out of our area.

00:11:35.800 --> 00:11:42.400
<v Interviewer>What happens when a young person is placed outside the area?

00:11:51.900 --> 00:12:06.300
<v Lena>If she goes to Hope House, they have their own clinical staff, and they're good. What I try to do is a warm handoff.

00:12:12.100 --> 00:12:24.100
<v Lena>I'll call her new therapist, with her consent, and tell them what's worked, what her triggers are, what she likes.

00:12:29.600 --> 00:12:43.400
<v Lena>And sometimes I'll do one joint session by video so she sees us both and knows we've talked. That makes a big difference.

00:12:47.400 --> 00:13:11.400
<v Lena>When I can't do that, when she's just gone one day because a bed opened at two in the afternoon and Children's Division had to move her that night, then she arrives somewhere new and has to tell everything again.

00:13:16.600 --> 00:13:32.800
<v Lena>And then when she comes back to the valley, months later, she might not be able to get back in with me, because I've filled her slot.

00:13:36.700 --> 00:13:42.700
<v Lena>We have a waitlist of, right now, about seven weeks.

00:13:55.100 --> 00:13:58.700
<v Interviewer>Did telehealth change things for you?

00:14:08.300 --> 00:14:20.300
<v Lena>Oh, completely. During COVID we went almost fully to video, and for the rural kids that was a huge gain.

00:14:25.100 --> 00:14:41.300
<v Lena>A girl in the far end of Dunmore County doesn't have to find a ride for an hour each way. But there's a real problem with privacy.

00:14:47.000 --> 00:14:56.000
<v Lena>I'll be in a session and I can tell someone's in the next room listening.

00:15:00.300 --> 00:15:11.700
<v Lena>Or she's in the car in the school parking lot because it's the only place she can be alone.

00:15:18.000 --> 00:15:30.000
<v Lena>With these kids specifically, you have to ask, who else is in the house, who has access to your phone.

00:15:36.400 --> 00:15:48.400
<v Lena>Sometimes the person who exploited her is a family member, and she's doing therapy on a phone he pays for.

00:15:53.700 --> 00:16:07.500
<v Lena>So now I do the first sessions in person whenever I can, and we make a plan together about when video is safe.

00:16:18.600 --> 00:16:22.800
<v Interviewer>How do you work with Children's Division?

00:16:30.700 --> 00:16:48.100
<v Lena>Closely, when it works. The caseworker usually holds the consent, so I need them for releases, for scheduling, for transport. The good ones call me after every court date.

00:16:51.900 --> 00:16:54.300
<v Lena>The trouble is turnover.

00:16:57.900 --> 00:17:28.500
<v Lena>I had one girl who had four caseworkers in a year, and every new caseworker had to be told again why therapy matters, why a session can't just be cancelled for a family visit, why we shouldn't move her in the middle of a school term if we can avoid it.

00:17:34.300 --> 00:17:44.500
<v Lena>She'd ask me, "Who's my worker now?" and I didn't know. The caseworkers who've stayed are gold.

00:17:50.500 --> 00:18:04.900
<v Lena>There's one in the Dunmore office who's been there about ten years, and when her name is on a case, I relax a little.

00:18:13.200 --> 00:18:15.000
<v Interviewer>And law enforcement?

00:18:27.400 --> 00:18:45.400
<v Lena>Fine, mostly at arm's length, which is how it should be. The friction is usually about timing. An investigator wants to move fast, because evidence disappears, and I understand that.

00:18:49.500 --> 00:19:07.500
<v Lena>But if she was removed from a house at midnight, she isn't ready to sit down with anyone the next morning, and pushing can make the interview worse, not better.

00:19:11.400 --> 00:19:29.400
<v Lena>Hollis, the young investigator at the Harlan County sheriff's office, and I actually talked this through after a case, and he's been good about waiting a day when he can.

00:19:41.500 --> 00:19:45.100
<v Interviewer>How do you work with schools?

00:19:56.000 --> 00:20:07.400
<v Lena>Less than I'd like. The school counselors out here are stretched thin, one counselor for a whole district sometimes.

00:20:13.800 --> 00:20:32.400
<v Lena>When a girl is struggling at school I'll ask if she's okay with me talking to the counselor, and usually she says no, because the counselor knows her mom, knows everybody.

00:20:36.900 --> 00:20:44.700
<v Lena>Which I respect. It's a small place. Privacy is hard to come by.

00:20:52.900 --> 00:21:01.300
<v Interviewer>Do you ever identify trafficking yourself, in a young person referred for something else?

00:21:09.600 --> 00:21:12.000
<v Lena>Yes, more than once.

00:21:16.900 --> 00:21:40.300
<v Lena>A girl gets referred for depression, or self-harm, or for anger at school, and months in, she mentions the man who buys her phone cards, or the party where she was expected to, um, to pay back a debt.

00:21:45.200 --> 00:21:51.200
<v Lena>And then I'm the one who makes the hotline call.

00:21:56.500 --> 00:22:14.500
<v Lena>Those are the hardest, because she didn't come to me for that, and now there's a deputy and a caseworker in her life because of something she said to me.

00:22:18.300 --> 00:22:34.500
<v Lena>I always tell her beforehand. I tell her what will probably happen next, and I offer to be in the room when she talks to the advocate.

00:22:39.500 --> 00:22:47.900
<v Lena>Some of them never come back. Most do, actually, which surprised me early on.

00:22:59.400 --> 00:23:04.200
<v Interviewer>How is the work funded, from your side?

00:23:14.400 --> 00:23:32.400
<v Lena>Mostly Medicaid, which covers the sessions but not the phone calls, not the MDT, not the drive to Dunmore, not the hour I spend on the phone with Hope House.

00:23:36.700 --> 00:23:55.900
<v Lena>None of the collaboration is billable. So the agency carries it, and there's pressure, understandably, to keep my billable hours up. My director has been supportive, but every year it's a conversation.

00:24:08.100 --> 00:24:14.100
<v Interviewer>You mentioned court-ordered therapy. How do you feel about that?

00:24:22.900 --> 00:24:27.100
<v Lena>Ambivalent. (laughs) I go back and forth.

00:24:31.700 --> 00:24:50.900
<v Lena>On one hand, without the order, a lot of these kids would never walk in the door, and some of them end up really engaging, and they tell me later they're glad.

00:24:55.300 --> 00:25:12.100
<v Lena>On the other hand, therapy that's ordered by the same court that has a delinquency petition open on her, that's a strange thing to ask her to trust.

00:25:16.100 --> 00:25:28.100
<v Lena>She knows the juvenile officer is going to ask whether she attended. Sometimes she thinks I'm reporting to the judge.

00:25:33.200 --> 00:25:52.400
<v Lena>I spend a lot of time explaining what I do and don't tell the court. And I've had conversations with the juvenile office about that, about not framing therapy as a consequence.

00:25:56.900 --> 00:26:04.100
<v Lena>The deputy juvenile officers I work with most, they've been receptive, actually.

00:26:08.800 --> 00:26:26.800
<v Lena>One of them, he's been doing this over twenty years, he told me he'd stopped saying "you'll go to counseling or you'll go to detention." That was a real shift.

00:26:37.900 --> 00:26:42.700
<v Interviewer>What would help you do this work better?

00:26:52.100 --> 00:27:08.900
<v Lena>More clinicians, first. I'm, at the moment, one of two people in our whole agency who really takes these cases, and the other one is leaving in August.

00:27:14.100 --> 00:27:26.100
<v Lena>We can't compete with private practice or with telehealth companies on salary. And training for the people around the kids.

00:27:32.400 --> 00:27:42.000
<v Lena>A lot of what I see called defiance, or lying, or manipulation, is a trauma response.

00:27:46.500 --> 00:28:01.500
<v Lena>If the caseworker, the foster parent, the deputy understood that, she'd get into a lot less trouble and I'd spend a lot less time repairing.

00:28:10.400 --> 00:28:16.400
<v Interviewer>How do you take care of yourself with these cases?

00:28:27.100 --> 00:28:45.700
<v Lena>I have good clinical supervision, thankfully. Every two weeks. And I limit how many of these cases I carry, or I try to. Right now it's six, which is too many.

00:28:49.800 --> 00:29:00.000
<v Lena>The hard part isn't the stories, actually. I mean, it is, but you learn to hold that.

00:29:03.500 --> 00:29:18.500
<v Lena>The hard part is watching the system move her around when you know what she needs is to stay somewhere long enough to feel safe.

00:29:28.200 --> 00:29:35.400
<v Interviewer>Thank you. Is there anything you'd like to add before we stop?

00:29:44.500 --> 00:29:56.500
<v Lena>Only that they do get better. I think people in this work, especially in law enforcement, mostly see the crisis.

00:30:02.800 --> 00:30:22.600
<v Lena>I get to see some of them a year later, two years later, when they're back in school, or they're working, or they're taking care of a younger sibling in a good way.

00:30:27.400 --> 00:30:37.600
<v Lena>It's slow, and it's not a straight line, but it happens. I'd want people to know that.

00:30:49.300 --> 00:30:55.300
<v Interviewer>I'm glad you said that. I'll stop the recording now.
`,
};
