import type { DemoSourceFile } from '../demo-types';

/**
 * Fictional demo study: interview with Sam, investigator, Site B.
 * All names of people, places and organisations in it are invented.
 */
export const source: DemoSourceFile = {
  fileName: 'Interview 11 - Sam.txt',
  participant: 'Sam',
  kind: 'interview',
  content: `[00:00:02] Interviewer: Alright, it's recording. Thank you for doing this. I know you're on call, so if you need to step out, just say so.

[00:00:31] Sam: Will do. It's been quiet today, which, knock on wood. (knocks on table)

[00:00:49] Interviewer: Could you start by telling me about your role?

[00:01:02] Sam: Sure. I'm an investigator with the Harlan County Sheriff's Office. I've been in investigations three years, before that I was on patrol for about four. We've got two investigators for the whole county, so I do, well, everything. Burglaries, thefts, the occasional stolen cattle, honestly. But I'm the one who took on the crimes against children, because the other investigator's got twenty-five years in and he was happy to hand them off. So anything involving a juvenile victim, abuse, exploitation, trafficking, that comes to me.

[00:02:46] Interviewer: How do trafficking cases come to you?

[00:02:57] Sam: They almost never come in as trafficking. It'll be a runaway report. Or a welfare check, the school calls because a kid hasn't been seen. Or the hotline sends it to us because it's not a caregiver, so Children's Division can't open an investigation on it, and it lands on my desk as "concern for exploitation." Once it was a traffic stop. A deputy pulled over a car on the state highway at two in the morning for a taillight, and there's a grown man and a fourteen-year-old girl who says she's his niece, and he can't tell you her last name. Good deputy, he called me instead of letting them go.

[00:05:11] Interviewer: What happens from there, in the investigation?

[00:05:22] Sam: First thing is making sure she's safe tonight, and that's honestly the hardest part out here, because there's nowhere to put her. I'll call the juvenile office and Children's Division, and we figure it out, sometimes over the phone at three a.m. Then I try not to interview her myself. That was a big thing I had to learn. On patrol you're trained to get the story, right now, while it's fresh. With kids, you do the opposite. You get the basics, is she hurt, is anyone else in danger, and then you get her to a forensic interview with somebody trained. Beacon will send an interviewer out to the courthouse in Millbrook if they've got somebody free. If not, it's the drive to Port Carver, two hours each way.

[00:08:00] Interviewer: How did you learn that?

[00:08:07] Sam: Trial and error at first. My first case, I'll be honest, I did a long interview with a girl in the back office of the substation, and I asked leading questions, and I didn't record it. And later the prosecutor had to explain to me why that was a problem. So I went to the forensic interviewing overview course at Beacon, and then a detective from Port Carver, Ray Kowalski, kind of took me under his wing. I called him on a case, somebody gave me his number, and he spent an hour on the phone with me walking through it. Since then I call him all the time. He's got, I don't know, twenty years on this. There's nobody like that in the valley.

[00:10:39] Interviewer: What other parts of the investigation are difficult?

[00:10:50] Sam: Digital evidence. These cases live on phones. Messages, the apps, payment apps, location history. We don't have the equipment to do a full extraction, so it goes to the state lab, and the backlog last year was six, seven months. In seven months the suspect's moved, the girl's recanted, the other witnesses are gone. Sometimes Port Carver PD will do an extraction for us as a favor, through Ray, but that's a favor, it's not a system. I'd love for the circuit to have one shared forensic tech. We've talked about it at the MDT. There's no money.

[00:12:49] Interviewer: You mentioned recanting. How often does that happen?

[00:13:01] Sam: A lot. And I get it now, I didn't at first. She's protecting him, or she's scared, or she's decided that the cops are going to mess up her life worse than he did. Or she's just, she's done talking about it. I used to take it personally. Like, I'm trying to help you. Now I kind of expect it. It doesn't mean it didn't happen. It means I've got to build the case so it doesn't hang on her.

[00:14:38] Interviewer: How do you build trust with the young people?

[00:14:52] Sam: Slowly. I don't wear the uniform when I meet them, I wear this, a polo. I try not to have the gun visible. I let the advocate do most of the talking at first. I don't make promises I can't keep, that's a big one. If I say I'll call on Friday, I call on Friday. And you buy a lot of cheeseburgers. (laughs) I'm serious. There was a girl, I'd been working her case for months and she wouldn't say two words to me. One night I'm at the detention center dropping off paperwork and she's there and she asks if I can get her a real burger, not the detention food. So I did, and I sat with her while she ate it, and we talked about her dog. Just the dog. Two months later she called me, from a number I didn't know, and said, "It's the girl with the dog," and she told me where she was. That's how we found the second victim in that case.

[00:18:16] Interviewer: How do you work with the advocates?

[00:18:27] Sam: Good, now. I'll admit when I started I thought the advocate was kind of in the way. Like, she's sitting there telling the kid she doesn't have to talk to me, which is, you know, not what you want to hear as an investigator. But the advocate from the Family Crisis Center sat me down and explained her job, and I realised she actually makes my job possible. Kids trust her. If the kid trusts her, and she trusts me, that's the bridge. So now I call her first, before I even get to the scene sometimes.

[00:20:25] Interviewer: And the prosecutors?

[00:20:31] Sam: That's the frustrating part. Our county prosecutor is part-time, he's got a private practice too, and he's handling every case in the county with one assistant. Trafficking cases are hard to prove, they take a lot of time, and he's been pretty upfront that he doesn't want to file a trafficking charge he can't win. So he'll charge something he can prove, a lesser sex offense, or endangering, or contributing. And I understand the logic, a conviction is a conviction. But it means the guy doesn't get labeled for what he did, and the next county over doesn't know what he is. We've had some heated conversations. He'll say, "Bring me a better case." And I'll say, "Give me a lab that doesn't take seven months." (laughs) So it's, we both have a point.

[00:23:13] Interviewer: Are medical providers part of the picture?

[00:23:23] Sam: When they need to be. The closest hospital with a nurse who does pediatric exams is Riverside General in Port Carver, so if there's a medical need, we're driving again. The little hospital in Millbrook has gotten a lot better about calling us when something looks off in the ER, since they did a training last year. Before that, I had a girl who'd been seen in that ER three times in one year, and nobody asked who the man in the waiting room was.

[00:25:07] Interviewer: How about the juvenile office?

[00:25:14] Sam: They're great. The deputy juvenile officers know every kid and every family in the county. If I've got a name, one of them's going to know the mom, the cousin, who she hangs out with, where she goes when she runs. There's one in particular who's been doing it over twenty years, and he'll tell you things that aren't in any database. Where we disagree sometimes is what to do with her. I'm usually fine with a hold if it keeps her away from the suspect while I'm working the case. The advocates hate that. The juvenile office is kind of in the middle. I've been going back and forth on it myself, to be honest.

[00:27:35] Interviewer: What about working across counties?

[00:27:42] Sam: That's a real problem. The suspects don't care about county lines. A guy's in Harlan this month, Tiller next month, across the state line the month after. Every sheriff has their own records system, some of the small towns are still on paper. So I might have a guy that Dunmore County's had three complaints on, and I don't know unless I happen to call the right person. The MDT helps, because at least once a month we're in the same virtual room. But it's not a database. It's people remembering.

[00:29:34] Interviewer: How do you find the MDT overall?

[00:29:45] Sam: Useful. Some meetings are long, you know, there's a lot of talking. But I've gotten cases moving because of it. Children's Division will say, we've got a kid in a placement who mentioned a name, and I'll go, that's my guy. And everyone's clearer now about who does what. When I started, I'd show up somewhere and the caseworker and the juvenile officer and me would all be trying to interview the same kid. Now there's an order. Patrol secures, I coordinate, the forensic interviewer interviews, the advocate supports.

[00:31:32] Interviewer: How is the workload on you personally?

[00:31:43] Sam: (pause) It's a lot. I'm on call every other week. My wife, she's patient, but there've been a lot of missed dinners. And the cases, some of them stay with you. There's no peer support for investigators out here, not really. The sheriff's good, he lets me go to trainings, he backed me when I asked for the cases. But he can't give me another investigator, there's no budget. If I left, I don't know who'd pick this up. That's not me bragging, it's actually what worries me.

[00:33:30] Interviewer: Looking ahead, what would you want to change?

[00:33:42] Sam: A shared forensic tech for the circuit, like I said. A placement in the valley, so I'm not driving a kid three hours at midnight. And more training for patrol, because patrol is who meets these kids first. If the deputy at the traffic stop doesn't see it, I never get the case.

[00:34:47] Interviewer: Thank you. Anything you'd like to add?

[00:34:57] Sam: Just that I'm still learning. Three years isn't long. I'd want the study to say that the people who taught me are the reason I do this right, and if they retire without passing it on, we lose all that.

[00:35:47] Interviewer: That's an important point. I'll stop the recording here.
`,
};
