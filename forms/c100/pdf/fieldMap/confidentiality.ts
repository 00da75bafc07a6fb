/**
 * What the C100 must leave blank. Details a party keeps confidential go on form C8 only: the paper
 * C100 says "If you do not wish your address to be made known to the respondent, leave the details
 * below blank and complete Confidential contact details form C8" (C100-DOMAIN §6.3, §10.4).
 */
import type { Adult, C100Application, OtherPerson } from '../../application';
import type { PartyRole, PrivateDetail } from '../../enums';
import { fullName } from './fieldFormat';

/**
 * True when `detail` of this person must stay off the C100. Someone in a refuge keeps every contact
 * detail private; "don't know" about a refuge counts as a refuge, as MoJ's C8 rule treats it
 * (C100-DOMAIN §6.1: other party "refuge yes/unknown").
 */
export function keepsPrivate(person: Adult, detail: PrivateDetail): boolean {
  if (person.refuge !== 'no') return true;
  return person.keepDetailsPrivate === 'yes' && person.privateDetails.includes(detail);
}

/** True when an other person to be given notice keeps their identity private (C100-DOMAIN §6.2 item 12). */
export function keepsIdentityPrivate(person: Adult): boolean {
  return 'keepIdentityPrivate' in person && (person as OtherPerson).keepIdentityPrivate === 'yes';
}

export interface PartyRef {
  readonly role: PartyRole;
  /** 0-based position in its list. */
  readonly index: number;
  readonly person: Adult;
}

const ROLE_WORD: Record<PartyRole, string> = {
  applicant: 'Applicant',
  respondent: 'Respondent',
  other: 'Other person',
};

/** Find an applicant, respondent or other person by id. */
export function findParty(app: C100Application, id: string): PartyRef | undefined {
  const lists: [PartyRole, readonly Adult[]][] = [
    ['applicant', app.applicants],
    ['respondent', app.respondents],
    ['other', app.otherPeople],
  ];
  for (const [role, list] of lists) {
    const index = list.findIndex((p) => p.id === id);
    const person = list[index];
    if (person) return { role, index, person };
  }
  return undefined;
}

/** "Respondent 2", "Other person 1". */
export function partyLabel(ref: Pick<PartyRef, 'role' | 'index'>): string {
  return `${ROLE_WORD[ref.role]} ${ref.index + 1}`;
}

/**
 * The name to print for a party anywhere on the C100: the full name, or for an other person who
 * keeps their identity private only their place in the form ("Other person 1 (name given on form
 * C8)"), never the name.
 */
export function printableName(ref: PartyRef): string {
  return keepsIdentityPrivate(ref.person)
    ? `${partyLabel(ref)} (name given on form C8)`
    : fullName(ref.person);
}

/**
 * Every confidential value of the application: the strings that must not appear anywhere in the
 * C100's fill instructions or continuation items (used by the tests and by `buildC100Fill`'s guard).
 */
export function confidentialValues(app: C100Application): string[] {
  const values: string[] = [];
  for (const person of [...app.applicants, ...app.respondents, ...app.otherPeople]) {
    if (person.address && keepsPrivate(person, 'address')) {
      values.push(person.address.line1);
      if (person.address.postcode) values.push(person.address.postcode);
      if (person.addressHistory) values.push(person.addressHistory);
    }
    if (keepsPrivate(person, 'phone'))
      values.push(...[person.homePhone, person.mobilePhone].filter((v): v is string => !!v));
    if (keepsPrivate(person, 'email') && person.email) values.push(person.email);
    if (keepsIdentityPrivate(person))
      values.push(fullName(person), ...(person.previousName ? [person.previousName] : []));
  }
  return values.filter((v) => v.trim().length > 0);
}
