/**
 * Who goes on form C8 and with which details (C100-DOMAIN §6.1, §6.3, §10.4): exactly the details
 * the C100 leaves blank (`fieldMap/confidentiality`), so that everything kept off the C100 and the
 * C1A is still given to the court.
 */
import type { Adult, C100Application } from '../../application';
import type { PartyRole } from '../../enums';
import { keepsIdentityPrivate, keepsPrivate, partyLabel } from '../fieldMap/confidentiality';

export interface C8Party {
  readonly role: PartyRole;
  /** 0-based position in its list. */
  readonly index: number;
  readonly person: Adult;
  /** "Applicant 1", "Respondent 2", "Other person 1". */
  readonly label: string;
  /** In a refuge (or, for a respondent or other person, not known): every contact detail is confidential. */
  readonly refuge: boolean;
  readonly address: boolean;
  readonly phone: boolean;
  readonly email: boolean;
  /** Other people only: the name itself is confidential (C100-DOMAIN §6.2 item 12). */
  readonly identity: boolean;
}

/** Every party with at least one confidential detail, applicants first. Throws nothing. */
export function c8Parties(app: C100Application): C8Party[] {
  const lists: [PartyRole, readonly Adult[]][] = [
    ['applicant', app.applicants],
    ['respondent', app.respondents],
    ['other', app.otherPeople],
  ];
  const parties: C8Party[] = [];
  for (const [role, people] of lists) {
    people.forEach((person, index) => {
      const party: C8Party = {
        role,
        index,
        person,
        label: partyLabel({ role, index }),
        refuge: person.refuge !== 'no',
        address: keepsPrivate(person, 'address'),
        phone: keepsPrivate(person, 'phone'),
        email: keepsPrivate(person, 'email'),
        identity: keepsIdentityPrivate(person),
      };
      if (party.address || party.phone || party.email || party.identity) parties.push(party);
    });
  }
  return parties;
}

/** Form C8 goes with the application (C100-DOMAIN §10.4). Throws nothing. */
export function c8Needed(app: C100Application): boolean {
  return c8Parties(app).length > 0;
}
