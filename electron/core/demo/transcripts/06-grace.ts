import type { DemoSourceFile } from '../demo-types';

/**
 * Fictional demo study: interview with Grace, director, both sites, wave 1.
 * Written as an f4/MAXQDA transcript (time mark "#hh:mm:ss-d#" closing each paragraph).
 * People, places and organisations are invented.
 */
export const source: DemoSourceFile = {
  fileName: 'Interview 06 - Grace (f4).txt',
  participant: 'Grace',
  kind: 'interview',
  content: `I: Thank you for making time. I know your schedule is full. Could you start by describing your role and your organization? #00:00:33-6#

Grace: Of course. I'm the executive director of Northstar Youth Services. We're a nonprofit, and we serve youth who've experienced exploitation or are at high risk of it, in Riverside County and across the Harlan Valley counties. So I have a foot in the city and a foot in the country, which turns out to be a useful vantage point. I've been in this field nineteen years, the last eight as director. I started as a case manager, so I still remember what the front line feels like. I hope. #00:02:24-1#

I: What does Northstar do, concretely? #00:02:33-9#

Grace: Case management, mostly, and advocacy. We don't do therapy ourselves; we refer to Beacon and a couple of community clinics. We don't do residential; Hope House is the residential program, and we work closely with them. We have a drop-in center in Port Carver, and in the valley we fund one case manager who sits in the Harlan Valley Family Crisis Center's office in Millbrook, because they were there first and the families know them. And we do a lot of training. That's become a big part of what we do: training for law enforcement, schools, hotels, the emergency departments. #00:05:13-2#

I: From where you sit, how does collaboration differ between the two sites? #00:05:34-8#

Grace: It's almost two different worlds. In Port Carver, there's a lot. There's Beacon, Hope House, three hospitals, a specialized unit at Port Carver PD, a prosecutor's office with a dedicated attorney for these cases. The problem there is fragmentation. There are so many agencies that nobody sees the whole child. A girl can be known to six agencies, and no two of them know about each other. In the valley, it's the opposite. There are almost no services. But the people know each other. The juvenile officer went to high school with the sheriff's investigator. The relationships are thick and the resources are thin. In the city the resources are thicker and the relationships are thin. If I could take the relationships from the valley and the resources from the city, we'd really have something. #00:08:54-6#

I: Is there a case that shows that difference for you? #00:09:12-2#

Grace: The ones that cross between the sites show it best. A girl from the valley gets placed at Hope House, because that's the only specialized bed. Now she has a valley juvenile officer, a valley Children's Division worker, a Port Carver therapist, a Port Carver detective if the exploitation happened here, and two MDTs that don't talk to each other. We had one last year where it went well: the juvenile officer from Harlan Valley drove down for the first MDT at Beacon, sat at the table, and said, "Here's who she is, here's who she trusts back home." That two-hour drive saved weeks. And we've had the opposite, where a girl went home to the valley after discharge and nobody in Port Carver told anybody in Millbrook. Her case manager there found out from Facebook. So now we have a discharge step in the protocol: nobody leaves Hope House without a call between the two teams. It sounds obvious. It took a failure to write it down. #00:12:33-4#

I: How did the current collaborations come about? #00:12:44-7#

Grace: In Riverside County, Beacon has run an MDT for child abuse since 2006, but trafficking cases didn't really have a home in it. Around 2016 a few of us who were frustrated, a detective, Ray Kowalski, an advocate at Beacon, a supervisor at Children's Division, and me, started having coffee once a month. Just talking about the cases we had in common. That became the trafficking case review inside the MDT. Then in 2018 we started on a formal MOU, between the prosecutor's office, Port Carver PD, the sheriff, Children's Division, the juvenile office, Riverside General and Hope House, with Beacon as the host. Northstar signed on a year later. It took eleven months to get it signed, so it was 2019 before it was real. Eleven months. Every legal department had edits. But it mattered, because it meant the collaboration didn't depend on the four of us having coffee. In Harlan Valley they started later, in 2019, and it's more informal. There's an MOU with Beacon for forensic interviews, so Beacon sends an interviewer out to the courthouse in Millbrook when they can, and there's a monthly MDT at the courthouse. Judge Aldridge, who hears all the juvenile cases out there, has been a real champion of it. #00:18:01-4#

I: You said it mattered that it didn't depend on individuals. Can you say more? #00:18:27-9#

Grace: Because individuals leave. That's the lesson I've learned the hardest way. After the 2020 election, the new sheriff in one of the valley counties didn't see trafficking as a priority, and he stopped sending anyone to the MDT. For eight months that county basically wasn't at the table. Nothing changed on paper. But the champion was gone. Same with a police chief in Port Carver who used to come to the MDT himself; he retired, and you felt it immediately. Collaboration is built on people, and it's only as durable as the structures you put under them. #00:20:41-0#

I: What structures have helped? #00:20:50-8#

Grace: The MOU. A standing meeting with a real agenda and minutes. A coordinator, when we can fund one. Shared protocols, so everyone knows: when a youth is identified, who calls whom, in what order, within what time. A contact list that somebody actually keeps current. Those are boring things. Nobody writes a grant for updating the contact list. But that's what keeps it going when people turn over. #00:22:27-3#

I: You mentioned funding. How does funding shape the work? #00:22:41-7#

Grace: Enormously. Almost everything we do is grant funded, and grants last two or three years. So you build something, you hire someone, you train them, they build relationships, and then the grant ends and the position goes away. The valley coordinator position ended last September. We're trying to patch it together. And the grants are very specific: this one pays for case management but not transportation, that one pays for training but not for the staff time to attend the training. Then the agencies compete for the same few grants, which doesn't help collaboration. It's hard to be partners with someone on Tuesday and competitors on Friday. #00:24:59-0#

I: How do you see the shared goal among partners? #00:25:15-2#

Grace: Everyone says "child-centered." Everyone. And I believe they mean it. But they mean different things. For law enforcement, being child-centered means getting the person who hurt her locked up so he can't hurt her or anybody else. For a therapist, it means she's stable and healing, whether or not there's ever a trial. For Children's Division, it means she's in a safe placement and the case meets the legal requirements. For the juvenile office, sometimes it means she's somewhere secure so she doesn't run. And those goals conflict at specific moments. We spent a whole retreat in 2019 on just that question: what does success look like for a youth? We didn't agree. But we understood each other better, which I think was the point. #00:27:54-1#

I: How do you handle conflict within the team? #00:28:08-5#

Grace: We try to name it. Early on, disagreements went underground. People would nod in the meeting and then go do their own thing. Now the MDT facilitator will say, "I'm hearing two different plans here," and we talk it through. We have a rule that we disagree in the room, not in the parking lot. It doesn't always hold. But trust comes from having disagreed and still shown up the next month. #00:29:51-7#

I: What about information sharing? #00:30:01-6#

Grace: It's the perennial issue. Every agency has its own confidentiality rules, and they're legitimate. The schools have FERPA, the therapists have HIPAA and their ethics codes, Children's Division has state statute, law enforcement has the integrity of an investigation. The MOU has a section on information sharing, with a common release form. That helped. But the real barrier is fear. People aren't sure what they're allowed to share, so they share nothing. We brought in an attorney from the state who walked everyone through it: here's what you can share, here's what you can't. People were surprised how much they could share, for the purposes of the team. #00:32:19-6#

I: What about staff wellbeing and turnover in your organization? #00:32:36-6#

Grace: It's the thing that keeps me up at night. Our case managers are young, they're passionate, they're underpaid, and they carry a lot. Average tenure in this role in our field is under two years. We've tried to change that. We capped caseloads at fifteen, which cost us. We have clinical consultation for the case managers every other week. We have a rule that you don't answer your work phone on your day off unless you're on call, and I enforce it. I've lost good people anyway. What I tell new directors is, your retention strategy is your collaboration strategy. Because every time a case manager leaves, the relationships she built with the detective and the caseworker and the school leave with her. #00:35:47-6#

I: Looking across both sites, what are the biggest challenges right now? #00:36:04-8#

Grace: Placement, in both. There are not enough specialized beds. Hope House has eight, and there's always a waitlist. In the valley there's nothing. Kids end up in detention, or in an office, or in a hotel room with a caseworker, and that's not acceptable. Second, therapy in the valley. Harlan Valley Behavioral Health does remarkable work, but there are only a few trained therapists for three counties, and telehealth doesn't work for a lot of those kids. Third, data. We don't know how many kids we're talking about. Each agency counts differently, and some don't count at all. We can't make the case to the legislature without numbers. #00:38:45-9#

I: And what's working well? #00:38:56-4#

Grace: The forensic interviews at Beacon. That's a real success. A youth tells her story once, to a trained person, recorded, with the team watching. That used to be five interviews. The MDTs. Judge Whitfield in Port Carver keeping these youth with the same judge every time, so they are not starting over with a stranger at every hearing. The fact that law enforcement in Port Carver no longer arrests these kids. That was a fight, and we won it. And the schools are starting to come to the table. Lincoln Middle has a school social worker who's become a real partner, and we've started training school secretaries and attendance staff in the valley. It's slow. But when I think back to 2003, when I started, and nobody used the word trafficking for a kid from here, we've come a long way. #00:42:17-8#

I: Is there anything you'd like to add? #00:42:28-5#

Grace: Only that I hope your study is honest about the hard parts. It's tempting, in reports like this, to make collaboration sound like a success story. It's a practice. It's something you do every week, imperfectly, with people you don't always agree with. And the youth are watching whether we do it. #00:43:47-0#

I: Thank you so much, Grace. #00:44:00-0#
`,
};
