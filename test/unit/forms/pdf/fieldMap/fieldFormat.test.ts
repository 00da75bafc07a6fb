import { describe, expect, it } from 'vitest';
import {
  addressLines,
  dateDigits,
  hwfBlocks,
  longOrdersText,
  shortOrdersText,
  splitIsoDate,
  splitPostcode,
} from '../../../../../forms/c100/pdf/fieldMap/fieldFormat';
import {
  parseTimescale,
  proceedingChildLines,
} from '../../../../../forms/c100/pdf/fieldMap/applicationFields';

describe('dates for split boxes', () => {
  it('splits an ISO date into DD / MM / YYYY keeping leading zeros', () => {
    expect(splitIsoDate('2016-03-07')).toEqual({ day: '07', month: '03', year: '2016' });
  });

  it('gives the eight digits DDMMYYYY of the child date-of-birth comb', () => {
    expect(dateDigits('2016-03-07')).toBe('07032016');
    expect(dateDigits('1999-12-31')).toHaveLength(8);
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => splitIsoDate('7/3/2016')).toThrow(TypeError);
  });
});

describe('postcodes for the two boxes', () => {
  it.each([
    ['SW1A 1AA', ['SW1A', '1AA']],
    ['cf101ep', ['CF10', '1EP']],
    ['M1 1AE', ['M1', '1AE']],
    ['  b33 8th ', ['B33', '8TH']],
  ])('splits %s into outward and inward code', (postcode, parts) => {
    expect(splitPostcode(postcode)).toEqual(parts);
  });

  it('leaves both boxes empty without a postcode', () => {
    expect(splitPostcode(undefined)).toBeUndefined();
  });
});

describe('Help with Fees reference blocks', () => {
  it.each(['HWF-A1B-23C', 'hwf a1b 23c', 'HWFA1B23C'])('splits %s into its two 3-character blocks', (ref) => {
    expect(hwfBlocks(ref)).toEqual(['A1B', '23C']);
  });

  it('gives nothing for a reference in another shape', () => {
    expect(hwfBlocks('A1B-23C')).toBeUndefined();
    expect(hwfBlocks(undefined)).toBeUndefined();
  });
});

describe('other formatting', () => {
  it('prints an address without its postcode, and a foreign country', () => {
    expect(addressLines({ line1: '1 Rue X', town: 'Lyon', postcode: undefined, country: 'France' })).toBe(
      '1 Rue X\nLyon\nFrance',
    );
    expect(
      addressLines({
        line1: '1 A St',
        line2: '',
        town: 'Leeds',
        postcode: 'LS1 1AA',
        country: 'United Kingdom',
      }),
    ).toBe('1 A St\nLeeds');
  });

  it('groups a child’s orders by order type, in the form’s order', () => {
    expect(
      shortOrdersText([
        'prohibited_steps_moving_abroad',
        'child_arrangements_time',
        'child_arrangements_home',
      ]),
    ).toBe(
      'Child Arrangements Order (lives with, spends time with); Prohibited Steps Order (moving outside England and Wales)',
    );
    expect(longOrdersText(['specific_issues_school'])).toBe(
      'Specific Issue Order: what school they’ll go to',
    );
  });

  it('reads an urgent timescale into the number box and the hours/days mark', () => {
    expect(parseTimescale('48 hours')).toEqual({ amount: '48', unit: 'hours' });
    expect(parseTimescale('5 Days')).toEqual({ amount: '5', unit: 'days' });
    expect(parseTimescale('Within 48 hours')).toEqual({ amount: '48', unit: 'hours' });
    expect(parseTimescale('within 3 days.')).toEqual({ amount: '3', unit: 'days' });
    expect(parseTimescale('as soon as possible')).toEqual({ amount: 'as soon as possible', unit: undefined });
    expect(parseTimescale('  ')).toBeUndefined();
  });

  it('spreads the children of a previous case over the four name lines when they fit', () => {
    expect(proceedingChildLines('Nia Llŷr, Ifan Llŷr')).toEqual(['Nia Llŷr', 'Ifan Llŷr']);
    expect(proceedingChildLines('A, B, C, D, E')).toEqual(['A, B, C, D, E']);
  });
});
