import { describe, expect, it } from 'vitest';
import { parseParticipantsCsv } from '../../../electron/core/importers';
import { badInputMessage, fixture, utf8 } from './helpers';

describe('parseParticipantsCsv', () => {
  it('reads quoted fields, escaped quotes and line breaks inside quotes, and infers types', () => {
    const table = parseParticipantsCsv('participants.csv', fixture('participants.csv'));
    expect(table.pseudonymColumn).toBe('Pseudonym');
    expect(table.columns).toEqual([
      { name: 'Age', type: 'number', choices: [] },
      { name: 'Site', type: 'choice', choices: ['North', 'South'] },
      { name: 'Start date', type: 'date', choices: [] },
      { name: 'Notes', type: 'text', choices: [] },
      { name: 'Hours per week', type: 'number', choices: [] },
    ]);
    expect(table.rows).toEqual([
      {
        pseudonym: 'P01',
        values: {
          Age: 34,
          Site: 'North',
          'Start date': '2021-03-01',
          Notes: 'Prefers mornings, "quiet" ward',
          'Hours per week': 38.5,
        },
      },
      {
        pseudonym: 'P02',
        values: {
          Age: 51,
          Site: 'South',
          'Start date': '2019-11-15',
          Notes: null,
          'Hours per week': 20,
        },
      },
      {
        pseudonym: 'P03',
        values: {
          Age: 29,
          Site: 'North',
          'Start date': '2023-01-09',
          Notes: 'Moved from agency\nafter probation',
          'Hours per week': 38.5,
        },
      },
      {
        pseudonym: 'P04',
        values: {
          Age: null,
          Site: 'South',
          'Start date': '2022-06-30',
          Notes: 'Night shifts only',
          'Hours per week': null,
        },
      },
    ]);
    expect(table.warnings).toEqual([]);
  });

  it('detects semicolons with decimal commas, CRLF and a BOM', () => {
    const text = '\uFEFFid;score;group\r\nA;1,5;x\r\nB;2;x\r\nC;-0,25;y\r\n';
    const table = parseParticipantsCsv('scores.csv', utf8(text));
    expect(table.pseudonymColumn).toBe('id');
    expect(table.columns.map((column) => column.type)).toEqual(['number', 'choice']);
    expect(table.rows.map((row) => row.values.score)).toEqual([1.5, 2, -0.25]);
  });

  it('detects tabs and finds the pseudonym column by name, not position', () => {
    const text =
      'Site\tParticipant\tRole\nNorth\tAda\tnurse\nSouth\tBo\tnurse\nNorth\tCy\tdoctor\nSouth\tDee\tnurse\n';
    const table = parseParticipantsCsv('people.tsv', utf8(text));
    expect(table.pseudonymColumn).toBe('Participant');
    expect(table.rows.map((row) => row.pseudonym)).toEqual(['Ada', 'Bo', 'Cy', 'Dee']);
    expect(table.columns.map((column) => [column.name, column.type])).toEqual([
      ['Site', 'choice'],
      ['Role', 'choice'],
    ]);
  });

  it('uses the first column when no header names the pseudonym', () => {
    const table = parseParticipantsCsv('x.csv', utf8('Code,Gender\nR1,f\nR2,m\n'));
    expect(table.pseudonymColumn).toBe('Code');
    expect(table.rows.map((row) => row.pseudonym)).toEqual(['R1', 'R2']);
  });

  it('normalises unambiguous day/month dates and keeps ambiguous ones as text with a warning', () => {
    const text =
      'name,born,joined,visit\nA,24/12/1980,12/24/2020,01/02/2020\nB,3/4/1975,1/31/2021,03/04/2021\n';
    const table = parseParticipantsCsv('dates.csv', utf8(text));
    expect(table.columns.map((column) => column.type)).toEqual(['date', 'date', 'text']);
    expect(table.rows[0]!.values).toEqual({
      born: '1980-12-24',
      joined: '2020-12-24',
      visit: '01/02/2020',
    });
    expect(table.rows[1]!.values).toEqual({
      born: '1975-04-03',
      joined: '2021-01-31',
      visit: '03/04/2021',
    });
    expect(table.warnings).toEqual([
      'Column "visit" looks like dates, but day and month cannot be told apart; it was kept as text.',
    ]);
  });

  it('keeps identifiers with leading zeros and impossible dates as text', () => {
    const text = 'name,postcode,when\nA,01234,2023-02-30\nB,01234,2023-03-01\nC,98765,2023-03-02\n';
    const table = parseParticipantsCsv('x.csv', utf8(text));
    expect(table.columns.map((column) => column.type)).toEqual(['choice', 'text']);
    expect(table.rows[0]!.values.postcode).toBe('01234');
  });

  it('treats many distinct values as text, not choice', () => {
    const text = 'name,city\nA,Oslo\nB,Lima\nC,Pune\nD,Oslo\nE,Rome\nF,Kyiv\n';
    const table = parseParticipantsCsv('x.csv', utf8(text));
    expect(table.columns[0]!.type).toBe('text');
  });

  it('reports duplicate pseudonyms by name', async () => {
    const text = 'pseudonym,age\nP1,30\nP2,31\nP1,32\nP2,33\n';
    expect(await badInputMessage(() => parseParticipantsCsv('dup.csv', utf8(text)))).toBe(
      'dup.csv: pseudonyms appear more than once: P1, P2.',
    );
  });

  it('reports an empty pseudonym and a ragged row by line number', async () => {
    const empty = 'pseudonym,age\nP1,30\n"multi\nline",4\n ,31\n';
    expect(await badInputMessage(() => parseParticipantsCsv('e.csv', utf8(empty)))).toBe(
      'e.csv: line 5: the participant has no pseudonym.',
    );
    const ragged = 'pseudonym,age\nP1,30\nP2,31,extra\n';
    expect(await badInputMessage(() => parseParticipantsCsv('r.csv', utf8(ragged)))).toBe(
      'r.csv: line 3: expected 2 fields like the header row, found 3.',
    );
  });

  it('refuses empty files, missing headers, header-only files and unclosed quotes', async () => {
    expect(await badInputMessage(() => parseParticipantsCsv('a.csv', utf8('')))).toBe(
      'a.csv: the file is empty.',
    );
    expect(await badInputMessage(() => parseParticipantsCsv('b.csv', utf8('P1,34\nP2,40\n')))).toBe(
      'b.csv: line 1: the first row must name the columns (e.g. "pseudonym,age,site").',
    );
    expect(
      await badInputMessage(() => parseParticipantsCsv('c.csv', utf8('pseudonym,age\n'))),
    ).toBe('c.csv: has a header row but no participant rows.');
    expect(
      await badInputMessage(() => parseParticipantsCsv('d.csv', utf8('name,note\nA,"open\nB,x\n'))),
    ).toBe('d.csv: line 2: a quoted field is never closed.');
    expect(
      await badInputMessage(() => parseParticipantsCsv('e.csv', utf8('name,,x\nA,1,2\n'))),
    ).toBe('e.csv: line 1: column 2 of the header row has no name.');
    expect(
      await badInputMessage(() => parseParticipantsCsv('f.csv', utf8('name,age,age\nA,1,2\n'))),
    ).toBe('f.csv: the header row repeats column names: age.');
  });

  it('honours an Excel "sep=" line and refuses spreadsheets with advice', async () => {
    const table = parseParticipantsCsv('excel.csv', utf8('sep=;\r\nname;age\r\nA;30\r\nB;41\r\n'));
    expect(table.rows).toEqual([
      { pseudonym: 'A', values: { age: 30 } },
      { pseudonym: 'B', values: { age: 41 } },
    ]);
    expect(
      await badInputMessage(() =>
        parseParticipantsCsv('people.xlsx', new Uint8Array([0x50, 0x4b])),
      ),
    ).toBe('people.xlsx: is a spreadsheet; save it as CSV (comma- or semicolon-separated).');
  });
});
