import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { clone, examplesDir, readExample, runC100, scratchFolder, type Json } from './runC100';

const exampleFiles = readdirSync(examplesDir)
  .filter((f) => f.endsWith('.json'))
  .sort();
const scratch = scratchFolder();
afterAll(() => scratch.cleanup());

type Person = Json & { address?: Json };
const people = (draft: Json, key: string) => draft[key] as Person[];

describe('c100 validate: the examples', () => {
  it('has the five required situations', () => {
    expect(exampleFiles).toEqual(
      expect.arrayContaining([
        'attended-miam.json',
        'domestic-abuse-exemption.json',
        'urgent-without-notice.json',
        'consent-order.json',
        'grandparent-permission.json',
      ]),
    );
  });

  it.each(exampleFiles)('accepts %s (exit 0)', async (name) => {
    const run = await runC100(['validate', `examples/${name}`]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      `examples/${name}: complete. No issues: it is ready to fill (c100 fill examples/${name} --out FOLDER).\n`,
    );
    expect(run.code).toBe(0);
  });

  it.each(exampleFiles)('reports %s as complete in --json', async (name) => {
    const run = await runC100(['validate', '--json', path.join(examplesDir, name)]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      file: path.join(examplesDir, name),
      complete: true,
      issues: [],
    });
  });
});

describe('c100 validate: broken copies of the examples (exit 1)', () => {
  it('names the path and says what to do when a child’s date of birth is removed', async () => {
    const draft = clone(readExample('grandparent-permission.json'));
    delete people(draft, 'children')[1]?.dateOfBirth;
    const file = scratch.write('no-dob.json', draft);
    const run = await runC100(['validate', file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('1 issue to fix');
    expect(run.stdout).toMatch(
      /^ {2}children\.1\.dateOfBirth: Enter the child’s date of birth {2}\[step: [\w-]+\]$/m,
    );
  });

  it('rejects a postcode that is not a real UK postcode', async () => {
    const draft = clone(readExample('attended-miam.json'));
    const applicant = people(draft, 'applicants')[0];
    if (!applicant?.address) throw new Error('example changed: the applicant has no address');
    applicant.address.postcode = 'CF24 4H';
    const run = await runC100(['validate', scratch.write('bad-postcode.json', draft)]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/applicants\.0\.address\.postcode: Enter a real postcode, like SW1A 1AA/);
  });

  it('catches a typing error in an email domain', async () => {
    const draft = clone(readExample('domestic-abuse-exemption.json'));
    const applicant = people(draft, 'applicants')[0];
    if (!applicant) throw new Error('example changed: no applicant');
    applicant.email = 'minh.nguyen@gmial.com';
    const run = await runC100(['validate', scratch.write('email-typo.json', draft)]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/applicants\.0\.email: The email address seems to have a typing error/);
  });

  it('lists several issues, each once, and gives them as JSON with path, step, code and message', async () => {
    const draft = clone(readExample('urgent-without-notice.json'));
    delete people(draft, 'children')[0]?.dateOfBirth;
    const respondent = people(draft, 'respondents')[0];
    if (!respondent) throw new Error('example changed: no respondent');
    respondent.mobilePhone = 'call me';
    const run = await runC100(['validate', '--json', scratch.write('two-issues.json', draft)]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { complete: boolean; issues: Record<string, string>[] };
    expect(report.complete).toBe(false);
    expect(report.issues.map((i) => i.path)).toEqual(['children.0.dateOfBirth', 'respondents.0.mobilePhone']);
    for (const issue of report.issues) {
      expect(Object.keys(issue).sort()).toEqual(['code', 'message', 'path', 'step']);
      expect(issue.message).not.toBe('');
      expect(issue.step).not.toBe('');
    }
  });

  it('treats {} as an empty draft: exit 1 with everything still to answer', async () => {
    const run = await runC100(['validate', scratch.write('empty.json', '{}')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/issues to fix/);
    expect(run.stdout).toContain('screening.childrenPostcode: Enter the postcode where the children live');
    expect(run.stdout).toContain('children: Add at least one child');
  });

  it('treats a draft without schemaVersion but with only draft fields as a current draft', async () => {
    const draft = clone(readExample('consent-order.json'));
    delete draft.schemaVersion;
    const run = await runC100(['validate', scratch.write('no-version.json', draft)]);
    expect(run.code).toBe(0);
  });

  it('checks dates against --today', async () => {
    // The statement of truth in this example is dated 2 November 2026.
    const before = await runC100(['validate', '--today', '2026-10-01', 'examples/attended-miam.json']);
    expect(before.code).toBe(1);
    expect(before.stdout).toContain(
      'statementOfTruth.date: Date of the statement must be today or in the past',
    );
    const after = await runC100(['validate', '--today', '2026-12-01', 'examples/attended-miam.json']);
    expect(after.code).toBe(0);
  });
});

describe('c100 validate: files that are not drafts (exit 2, one line)', () => {
  const oneLine = (stderr: string) => {
    expect(stderr.endsWith('\n')).toBe(true);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr.startsWith('c100: ')).toBe(true);
  };

  it('gives the line and column of malformed JSON', async () => {
    const file = scratch.write(
      'malformed.json',
      '{\n  "schemaVersion": 2,\n  "children": [\n    { "id": "c1", }\n  ]\n}\n',
    );
    const run = await runC100(['validate', file]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    oneLine(run.stderr);
    expect(run.stderr).toContain('is not valid JSON');
    expect(run.stderr).toContain('line 4, column 19');
  });

  it('locates an unexpected token even when the parser does not give its position', async () => {
    const run = await runC100([
      'validate',
      scratch.write('bad-literal.json', '{\n  "schemaVersion": 2,\n  "hasOtherChildren": nope\n}'),
    ]);
    expect(run.code).toBe(2);
    oneLine(run.stderr);
    expect(run.stderr).toContain("Unexpected token 'o' at line 3, column 24");
  });

  it('says the file ends too early for truncated JSON', async () => {
    const run = await runC100([
      'validate',
      scratch.write('truncated.json', '{"schemaVersion": 2, "children": ['),
    ]);
    expect(run.code).toBe(2);
    oneLine(run.stderr);
    expect(run.stderr).toContain('the file ends too early at line 1, column 35');
  });

  it('says so when the file does not exist', async () => {
    const run = await runC100(['validate', 'examples/no-such-draft.json']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    oneLine(run.stderr);
    expect(run.stderr).toBe(
      'c100: cannot read examples/no-such-draft.json: there is no such file. Check the name and the folder you are in.\n',
    );
  });

  it('says so when the path is a folder', async () => {
    const run = await runC100(['validate', 'examples']);
    expect(run.code).toBe(2);
    oneLine(run.stderr);
    expect(run.stderr).toContain('it is a folder, not a file');
  });

  it.each([
    ['array.json', '[]', 'the file holds a JSON array, but a draft is a JSON object'],
    ['text.json', '"text"', 'the file holds a text string, but a draft is a JSON object'],
    ['null.json', 'null', 'the file holds null, but a draft is a JSON object'],
    ['number.json', '42', 'the file holds the number 42, but a draft is a JSON object'],
    [
      'foreign.json',
      '{"name": "c100-prep", "version": "1.0.0"}',
      'a top-level field "name" that drafts do not have',
    ],
    ['version-text.json', '{"schemaVersion": "2"}', '"schemaVersion" must be a whole number like 2'],
    ['wrong-type.json', '{"schemaVersion": 2, "children": "Kai"}', 'at children: '],
    ['wrong-nested.json', '{"schemaVersion": 2, "miam": {"attended": "maybe"}}', 'at miam.attended: '],
  ])('refuses %s as not a C100 draft', async (name, content, reason) => {
    const run = await runC100(['validate', scratch.write(name, content)]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    oneLine(run.stderr);
    expect(run.stderr).toContain('is not a C100 draft');
    expect(run.stderr).toContain(reason);
  });

  it('refuses a draft from a newer version and says to update', async () => {
    const run = await runC100(['validate', scratch.write('v99.json', '{"schemaVersion": 99}')]);
    expect(run.code).toBe(2);
    oneLine(run.stderr);
    expect(run.stderr).toContain(
      'is a version 99 draft, written by a newer C100 Prep; this one reads versions up to 2. Update C100 Prep',
    );
  });

  it('refuses a version no C100 Prep has written', async () => {
    const run = await runC100(['validate', scratch.write('v0.json', '{"schemaVersion": 0}')]);
    expect(run.code).toBe(2);
    oneLine(run.stderr);
    expect(run.stderr).toContain('schemaVersion 0, which no version of C100 Prep has written');
  });

  it('also reports the failure as JSON on stdout with --json', async () => {
    const run = await runC100(['validate', '--json', scratch.write('array2.json', '[]')]);
    expect(run.code).toBe(2);
    oneLine(run.stderr);
    const report = JSON.parse(run.stdout) as { complete: boolean; error: { code: string; message: string } };
    expect(report.complete).toBe(false);
    expect(report.error.code).toBe('not_a_draft');
  });

  it('accepts a UTF-8 byte order mark', async () => {
    const draft = readExample('consent-order.json');
    const run = await runC100(['validate', scratch.write('bom.json', `\uFEFF${JSON.stringify(draft)}`)]);
    expect(run.code).toBe(0);
  });
});

describe('c100 validate: older drafts', () => {
  /** The version 1 format (DRAFT-CONTRACT.md): fullName instead of firstNames + lastName, ISO dateOfBirth. */
  function toVersion1(draft: Json): Json {
    const v1 = clone(draft);
    v1.schemaVersion = 1;
    for (const key of ['children', 'otherChildren', 'applicants', 'respondents', 'otherPeople']) {
      for (const person of (v1[key] as Person[] | undefined) ?? []) {
        person.fullName = `${String(person.firstNames)} ${String(person.lastName)}`;
        delete person.firstNames;
        delete person.lastName;
        const dob = person.dateOfBirth as { day: string; month: string; year: string } | undefined;
        if (dob) person.dateOfBirth = `${dob.year}-${dob.month.padStart(2, '0')}-${dob.day.padStart(2, '0')}`;
      }
    }
    return v1;
  }

  it('converts a version 1 draft and validates it, with a note on stderr', async () => {
    const file = scratch.write('v1.json', toVersion1(readExample('attended-miam.json')));
    const run = await runC100(['validate', file]);
    expect(run.stderr).toContain('is a version 1 draft; it was read as the current format');
    expect(run.code).toBe(0);
  });
});
