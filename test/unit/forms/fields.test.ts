import { describe, expect, it } from 'vitest';
import {
  ageOn,
  checkDate,
  checkEmail,
  isValidName,
  isValidPhone,
  normaliseHwfReference,
  normalisePostcode,
} from '../../../forms/c100/fields';

describe('names accept every script', () => {
  it.each(['Łukasz Wójcik', 'Siân Llŷr', 'Nguyễn Thị Minh', 'Ayşe Yılmaz', 'محمد علي', "O'Brien-Smith", 'Zoë', 'José María'])(
    'accepts %s',
    (name) => expect(isValidName(name)).toBe(true),
  );
  it.each(['Bob1', 'a@b', '<script>', '', '  ', '-Ann', 'Ann;'])('rejects %j', (name) => expect(isValidName(name)).toBe(false));
});

describe('postcodes', () => {
  it.each([
    ['sw1a1aa', 'SW1A 1AA'],
    ['CF10 1EP', 'CF10 1EP'],
    [' m1  1ae ', 'M1 1AE'],
    ['gir0aa', 'GIR 0AA'],
  ])('normalises %j to %s', (input, expected) => expect(normalisePostcode(input)).toBe(expected));
  it.each(['SW1A', '12345', 'SW1A 1A', 'ZZZZ 9ZZ', 'GIR 1AA'])('rejects %j', (input) => expect(normalisePostcode(input)).toBeUndefined());
});

describe('email with the MoJ typo check', () => {
  it.each([
    ['jane@example.com', 'ok'],
    ['jane@gmail.com', 'ok'],
    ['jane@googlemail.com', 'ok'],
    ['jane@hotmail.co.uk', 'ok'],
    ['zoë@exämple.cymru', 'ok'],
    ['jane@gmial.com', 'typo'],
    ['jane@gmail.co', 'typo'],
    ['jane@hotmial.com', 'typo'],
    ['jane@hotmail.con', 'typo'],
    ['jane@cloud.com', 'typo'],
    ['jane', 'invalid'],
    ['jane@localhost', 'invalid'],
  ] as const)('%s is %s', (email, result) => expect(checkEmail(email)).toBe(result));
});

describe('phone numbers', () => {
  it.each(['07700 900 982', '+44 7700 900982', '(029) 2034 5678'])('accepts %s', (p) => expect(isValidPhone(p)).toBe(true));
  it.each(['12345', 'phone me', '07700-900-982-1234567', '0770090098a'])('rejects %s', (p) => expect(isValidPhone(p)).toBe(false));
});

describe('Help with Fees reference', () => {
  it('formats HWF references', () => {
    expect(normaliseHwfReference('hwf a1b 23d')).toBe('HWF-A1B-23D');
    expect(normaliseHwfReference('HWFA1B23D')).toBe('HWF-A1B-23D');
  });
  it('rejects the published example and malformed ones', () => {
    expect(normaliseHwfReference('HWF-A1B-23C')).toBeUndefined();
    expect(normaliseHwfReference('HWF-A1B-23')).toBeUndefined();
    expect(normaliseHwfReference('ABC-A1B-23D')).toBeUndefined();
  });
});

describe('dates', () => {
  const today = '2026-11-23';
  it('accepts a real past date and returns ISO', () => {
    expect(checkDate({ day: '7', month: '3', year: '2016' }, today, { past: true })).toEqual({ ok: true, iso: '2016-03-07' });
  });
  it('names the missing part', () => {
    expect(checkDate({ day: '7', year: '2016' }, today)).toEqual({ ok: false, problem: 'missing_part', part: 'month' });
  });
  it('rejects 31 February, 2-digit years and words', () => {
    for (const parts of [{ day: '31', month: '2', year: '2016' }, { day: '1', month: '1', year: '16' }, { day: 'x', month: '1', year: '2016' }]) {
      expect(checkDate(parts, today)).toMatchObject({ ok: false, problem: 'not_real' });
    }
  });
  it('rejects the future when the date must be past', () => {
    expect(checkDate({ day: '24', month: '11', year: '2026' }, today, { past: true })).toMatchObject({ problem: 'future' });
    expect(checkDate({ day: '23', month: '11', year: '2026' }, today, { past: true })).toMatchObject({ ok: true });
  });
  it('children must be under 18 on the day', () => {
    expect(checkDate({ day: '23', month: '11', year: '2008' }, today, { under18: true })).toMatchObject({ problem: 'not_under_18' });
    expect(checkDate({ day: '24', month: '11', year: '2008' }, today, { under18: true })).toMatchObject({ ok: true });
  });
  it('computes ages on a day', () => {
    expect(ageOn('2008-11-24', today)).toBe(17);
    expect(ageOn('2008-11-23', today)).toBe(18);
  });
});
