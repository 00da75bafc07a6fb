import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DRAFT_SCHEMA_VERSION } from '../../../../forms/c100/draft';
import {
  CURRENT_DRAFT_VERSION,
  DraftFormatError,
  UnsupportedDraftVersionError,
  isoDateToParts,
  migrateDraft,
  splitFullName,
} from '../../../../forms/drafts';

const v1Fixture: unknown = JSON.parse(
  readFileSync(new URL('../../../fixtures/drafts/v1-draft.json', import.meta.url), 'utf8'),
);

describe('draft versions', () => {
  it('ends the migration chain at the domain schema version', () => {
    expect(CURRENT_DRAFT_VERSION).toBe(DRAFT_SCHEMA_VERSION);
  });
});

describe('splitFullName (DRAFT-CONTRACT: split on the last space)', () => {
  it.each([
    ['Jane Smith', { firstNames: 'Jane', lastName: 'Smith' }],
    ['Jane Mary Smith', { firstNames: 'Jane Mary', lastName: 'Smith' }],
    ['  Amelia   Rose  Smith ', { firstNames: 'Amelia Rose', lastName: 'Smith' }],
    ['Cher', { lastName: 'Cher' }],
    ['   ', {}],
    ['Nguyễn Văn An', { firstNames: 'Nguyễn Văn', lastName: 'An' }],
  ])('%j', (input, expected) => {
    expect(splitFullName(input)).toEqual(expected);
  });
});

describe('isoDateToParts', () => {
  it('keeps leading zeros', () => {
    expect(isoDateToParts('2016-03-07')).toEqual({ day: '07', month: '03', year: '2016' });
  });
  it('accepts an ISO date-time', () => {
    expect(isoDateToParts('2016-03-07T00:00:00.000Z')).toEqual({ day: '07', month: '03', year: '2016' });
  });
  it('rejects what is not an ISO date', () => {
    expect(isoDateToParts('7 March 2016')).toBeUndefined();
    expect(isoDateToParts('')).toBeUndefined();
  });
});

describe('migrateDraft', () => {
  it('migrates the v1 fixture to v2 names and date boxes', () => {
    const before = JSON.stringify(v1Fixture);
    const { draft, migratedFrom, warnings } = migrateDraft(v1Fixture);
    expect(migratedFrom).toBe(1);
    expect(warnings).toEqual([]);
    expect(draft.schemaVersion).toBe(2);
    expect(draft.children).toEqual([
      {
        id: 'c1',
        firstNames: 'Amelia Rose',
        lastName: 'Smith',
        dateOfBirth: { day: '07', month: '03', year: '2016' },
        sex: 'female',
        orders: ['childArrangementsLiveWith'],
      },
      {
        id: 'c2',
        firstNames: 'Noah',
        lastName: 'Smith',
        dateOfBirth: { day: '23', month: '11', year: '2019' },
        sex: 'male',
      },
    ]);
    expect(draft.otherChildren).toEqual([
      { id: 'oc1', lastName: 'Lily', dateOfBirth: { day: '02', month: '01', year: '2020' } },
    ]);
    expect(draft.applicants).toMatchObject([
      {
        id: 'a1',
        firstNames: 'Jane Mary',
        lastName: 'Smith',
        dateOfBirth: { day: '04', month: '09', year: '1988' },
      },
    ]);
    expect(draft.respondents).toEqual([
      {
        id: 'r1',
        firstNames: 'John',
        lastName: 'Smith',
        dateOfBirth: { day: '30', month: '12', year: '1986' },
        addressUnknown: true,
      },
    ]);
    // A blank full name gives no name at all, not empty strings.
    expect(draft.otherPeople).toEqual([{ id: 'o1', livesWithChildren: 'no' }]);
    // Fields that are not people are untouched, including other "fullName" fields.
    expect(draft.statementOfTruth).toEqual({ fullName: 'Jane Mary Smith' });
    expect(draft.screening).toEqual({
      childrenPostcode: 'SW1A 1AA',
      inEnglandOrWales: 'yes',
      consentOrder: 'no',
    });
    // No fullName is left on any person.
    expect(JSON.stringify([draft.children, draft.applicants, draft.respondents])).not.toContain('fullName');
    // Pure: the input is unchanged.
    expect(JSON.stringify(v1Fixture)).toBe(before);
  });

  it('returns a current draft as it is, without migratedFrom', () => {
    const current = { schemaVersion: 2, applicants: [{ id: 'a', firstNames: 'Jane', lastName: 'Smith' }] };
    const result = migrateDraft(current);
    expect(result.draft).toBe(current);
    expect(result.migratedFrom).toBeUndefined();
  });

  it('warns (by path, without the value) about a v1 date of birth that is not ISO', () => {
    const result = migrateDraft({
      schemaVersion: 1,
      children: [{ id: 'c', fullName: 'A B', dateOfBirth: 'March 2016' }],
    });
    expect(result.warnings).toEqual([
      expect.objectContaining({ path: 'children[0].dateOfBirth', code: 'dateOfBirthNotIso' }),
    ]);
    expect(JSON.stringify(result.warnings)).not.toContain('March 2016');
    expect(result.draft.children).toEqual([{ id: 'c', firstNames: 'A', lastName: 'B' }]);
  });

  it('leaves malformed person lists alone rather than failing', () => {
    const result = migrateDraft({
      schemaVersion: 1,
      children: 'nonsense',
      applicants: [null, 3, { id: 'x', fullName: 7 }],
    });
    expect(result.draft.children).toBe('nonsense');
    expect(result.draft.applicants).toEqual([null, 3, { id: 'x', fullName: 7 }]);
  });

  it.each([[3], [99], [0], [1.5], ['2'], [null]])(
    'throws UnsupportedDraftVersionError for version %j',
    (version) => {
      expect(() => migrateDraft({ schemaVersion: version })).toThrow(UnsupportedDraftVersionError);
    },
  );

  it('tells the user to update for a newer version', () => {
    expect(() => migrateDraft({ schemaVersion: 3 })).toThrow(/newer version of C100 Prep/);
  });

  it.each([[null], [[]], ['draft'], [42], [{}]])('throws DraftFormatError for %j', (raw) => {
    expect(() => migrateDraft(raw)).toThrow(DraftFormatError);
  });
});
