/**
 * The demo study's participants table, as a researcher would keep it in a spreadsheet. It goes
 * through the ordinary CSV import, so the column types are inferred there: job title, site and
 * sector become choices, wave and years numbers, the interview date a date.
 * Harold declined recording; his source is field notes.
 */
export const DEMO_PARTICIPANTS_CSV = `Pseudonym,Job title,Site,Sector,Wave,Years in role,Interview date
Renata,Deputy juvenile officer,Site B,Justice system,1,9,2022-03-08
Marcus,Investigator,Site A,Justice system,1,14,2022-03-10
Dana,Therapist,Site A,Social services,1,7,2022-03-15
Elena,Case manager,Site A,Social services,1,4,2022-03-17
Tomas,Truancy officer,Site B,Justice system,1,11,2022-03-22
Grace,Director,Both,Social services,1,19,2022-03-24
Jordan,Prosecutor,Site A,Justice system,1,8,2022-04-05
Priya,Victim advocate,Site B,Social services,2,5,2022-06-14
Walt,Deputy juvenile officer,Site B,Justice system,2,22,2022-06-16
Monique,School social worker,Site A,Social services,2,6,2022-06-21
Sam,Investigator,Site B,Justice system,2,3,2022-06-23
Lena,Therapist,Site B,Social services,2,12,2022-06-28
Carla,Case manager,Site B,Social services,2,10,2022-06-30
Harold,Director,Site A,Social services,2,16,2022-07-07
`;
