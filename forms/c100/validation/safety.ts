/**
 * Safety concerns (C100 04.24 front page "Concerns about risk of harm"; C1A supplement):
 * abduction, substance misuse, abuse of the children and of the applicant, protective orders,
 * contact wishes and protective orders sought (C100-DOMAIN §2.4, §4.3, §4.4).
 */
import type { AbuseConcern, C100Application, ProtectiveOrder } from '../application';
import type { AbuseConcernDraft, C100Draft } from '../draft';
import { ABUSE_KIND, ABUSE_SUBJECT, CONTACT_WISH, COURT_ORDER_TYPE, PASSPORT_HOLDER, YES_NO } from '../enums';
import type { AbuseKind, AbuseSubject, PassportHolder } from '../enums';
import { LIMITS, requiredText } from '../fields';
import type { Checker, IssuePath } from './Checker';

function longText(c: Checker, value: string | undefined, path: IssuePath, missing: string, label: string): string {
  return c.text(requiredText(missing, LIMITS.long, label), value, path);
}

function abuseConcern(c: Checker, draft: AbuseConcernDraft, path: IssuePath): AbuseConcern {
  const ongoing = c.choice(YES_NO, draft.ongoing, [...path, 'ongoing'], 'Select yes if the behaviour is still going on');
  const asked = c.choice(YES_NO, draft.askedForHelp, [...path, 'askedForHelp'], 'Select yes if you have ever asked for help');
  const concern: AbuseConcern = {
    description: longText(c, draft.description, [...path, 'description'], 'Describe what happened and who was involved', 'Description'),
    startedWhen: c.text(requiredText('Enter when the behaviour started (an approximate date is fine)', LIMITS.short, 'Start'), draft.startedWhen, [...path, 'startedWhen']),
    ongoing,
    askedForHelp: asked,
  };
  if (ongoing === 'no') {
    concern.stoppedWhen = c.text(requiredText('Enter when the behaviour stopped (an approximate date is fine)', LIMITS.short, 'Stop'), draft.stoppedWhen, [...path, 'stoppedWhen']);
  }
  if (asked === 'yes') {
    concern.helpFrom = c.text(requiredText('Enter who you asked for help', LIMITS.medium, 'Who you asked'), draft.helpFrom, [...path, 'helpFrom']);
    concern.helpGiven = c.choice(YES_NO, draft.helpGiven, [...path, 'helpGiven'], 'Select yes if they helped you');
    if (concern.helpGiven === 'yes') {
      concern.helpDescription = longText(c, draft.helpDescription, [...path, 'helpDescription'], 'Describe what they did to help', 'Help given');
    }
  }
  return concern;
}

const subjectWords: Record<AbuseSubject, string> = { children: 'the children', applicant: 'you' };

export function checkSafety(c: Checker, draft: C100Draft): C100Application['safety'] {
  const s = draft.safety ?? {};
  const ask = (key: 'abductionRisk' | 'substanceMisuse' | 'childrenAbuse' | 'domesticAbuse' | 'otherConcerns', message: string) =>
    c.choice(YES_NO, s[key], ['safety', key], message);
  // The paper form's front page needs all five answers, so all five are asked (unlike the MoJ
  // service, which stops at the first yes: C100-DOMAIN §11.3).
  const safety: C100Application['safety'] = {
    abductionRisk: ask('abductionRisk', 'Select yes if the children are at risk of being abducted'),
    substanceMisuse: ask('substanceMisuse', 'Select yes if you have concerns about drug, alcohol or substance abuse'),
    childrenAbuse: ask('childrenAbuse', 'Select yes if the children have suffered or are at risk of suffering abuse'),
    domesticAbuse: ask('domesticAbuse', 'Select yes if you have suffered or are at risk of suffering domestic abuse'),
    otherConcerns: ask('otherConcerns', 'Select yes if you have any other safety concerns about you or the children'),
    abuse: { children: {}, applicant: {} },
    protectiveOrders: {},
  };

  if (safety.abductionRisk === 'yes') {
    const a = s.abduction ?? {};
    const p: IssuePath = ['safety', 'abduction'];
    const hasPassport = c.choice(YES_NO, a.childrenHavePassport, [...p, 'childrenHavePassport'], 'Select yes if any of the children have a passport');
    const previous = c.choice(YES_NO, a.previousAttempt, [...p, 'previousAttempt'], 'Select yes if the children have been abducted or kept outside the UK without your consent before');
    const abduction: NonNullable<C100Application['safety']['abduction']> = {
      riskDetails: longText(c, a.riskDetails, [...p, 'riskDetails'], 'Explain why you think the children may be abducted or kept outside the UK without your consent', 'Reasons'),
      currentLocation: c.text(requiredText('Enter where the children are now', LIMITS.medium, 'Where the children are'), a.currentLocation, [...p, 'currentLocation']),
      policeNotified: c.choice(YES_NO, a.policeNotified, [...p, 'policeNotified'], 'Select yes if the police have been told'),
      childrenHavePassport: hasPassport,
      passportHolders: [],
      previousAttempt: previous,
    };
    if (hasPassport === 'yes') {
      abduction.multiplePassports = c.choice(YES_NO, a.multiplePassports, [...p, 'multiplePassports'], 'Select yes if the children have more than one passport');
      const holders = [...new Set(a.passportHolders ?? [])].filter((h): h is PassportHolder => (PASSPORT_HOLDER.values as readonly string[]).includes(h));
      c.expect(holders.length > 0, [...p, 'passportHolders'], 'required', 'Select who has the children’s passports');
      abduction.passportHolders = holders;
      if (holders.includes('other')) {
        abduction.passportHoldersOther = c.text(requiredText('Say who else has the children’s passports', LIMITS.medium, 'Who has the passports'), a.passportHoldersOther, [...p, 'passportHoldersOther']);
      }
    }
    if (previous === 'yes') {
      abduction.previousAttemptDetails = longText(c, a.previousAttemptDetails, [...p, 'previousAttemptDetails'], 'Describe the previous abductions', 'Previous abductions');
      abduction.agenciesInvolved = c.choice(YES_NO, a.agenciesInvolved, [...p, 'agenciesInvolved'], 'Select yes if the police, private investigators or another organisation were involved');
      if (abduction.agenciesInvolved === 'yes') {
        abduction.agenciesDetails = longText(c, a.agenciesDetails, [...p, 'agenciesDetails'], 'Give details of who was involved', 'Organisations involved');
      }
    }
    safety.abduction = abduction;
  }
  if (safety.substanceMisuse === 'yes') {
    safety.substanceMisuseDetails = longText(c, s.substanceMisuseDetails, ['safety', 'substanceMisuseDetails'], 'Describe the drug, alcohol or substance abuse', 'Description');
  }

  for (const subject of ABUSE_SUBJECT) {
    const answers = s.abuse?.[subject] ?? {};
    for (const kind of ABUSE_KIND.values) {
      const concern = answers[kind];
      if (concern?.answer === 'yes') {
        safety.abuse[subject][kind as AbuseKind] = abuseConcern(c, concern, ['safety', 'abuse', subject, kind]);
      }
    }
  }
  // A yes to "have the children / have you suffered abuse" needs at least one kind described (C1A section 2).
  const described = (subject: AbuseSubject) => Object.keys(safety.abuse[subject]).length > 0;
  if (safety.childrenAbuse === 'yes') {
    c.expect(described('children'), ['safety', 'abuse', 'children'], 'required', `Tell us what kind of abuse ${subjectWords.children} have suffered or are at risk of`);
  }
  if (safety.domesticAbuse === 'yes') {
    c.expect(described('applicant'), ['safety', 'abuse', 'applicant'], 'required', `Tell us what kind of abuse ${subjectWords.applicant} have suffered or are at risk of`);
  }

  const anyConcern = [safety.abductionRisk, safety.substanceMisuse, safety.childrenAbuse, safety.domesticAbuse, safety.otherConcerns].includes('yes');
  if (anyConcern) {
    safety.hasProtectiveOrders = c.choice(YES_NO, s.hasProtectiveOrders, ['safety', 'hasProtectiveOrders'], 'Select yes if you have had or have court orders made for your protection');
    if (safety.hasProtectiveOrders === 'yes') {
      for (const type of COURT_ORDER_TYPE.values) {
        const order = s.protectiveOrders?.[type];
        if (order?.inPlace !== 'yes') continue;
        const p: IssuePath = ['safety', 'protectiveOrders', type];
        const checked: ProtectiveOrder = {
          caseNumber: c.text(requiredText('Enter the case number of the order', LIMITS.short, 'Case number'), order.caseNumber, [...p, 'caseNumber']),
          dateIssued: c.date(order.dateIssued, [...p, 'dateIssued'], 'Date the order was made', { past: true }),
          length: c.text(requiredText('Enter how long the order was for', LIMITS.short, 'Length of the order'), order.length, [...p, 'length']),
          courtName: c.text(requiredText('Enter the court that made the order', LIMITS.short, 'Court'), order.courtName, [...p, 'courtName']),
          current: c.choice(YES_NO, order.current, [...p, 'current'], 'Select yes if the order is current'),
        };
        safety.protectiveOrders[type] = checked;
      }
      c.expect(
        Object.keys(safety.protectiveOrders).length > 0,
        ['safety', 'protectiveOrders'],
        'required',
        'Select the orders made for your protection, or answer no',
      );
    }
    safety.contactWish = c.choice(CONTACT_WISH.values, s.contactWish, ['safety', 'contactWish'], 'Select whether you agree to the children spending time with the other people in this application');
    safety.otherContact = c.choice(YES_NO, s.otherContact, ['safety', 'otherContact'], 'Select yes if you agree to the other people being in touch with the children in other ways');
    safety.protectionSought = c.choice(YES_NO, s.protectionSought, ['safety', 'protectionSought'], 'Select yes if you are asking the court to decide anything else to protect you or the children');
    if (safety.protectionSought === 'yes') {
      safety.protectionSoughtDetails = longText(c, s.protectionSoughtDetails, ['safety', 'protectionSoughtDetails'], 'Say what you are asking the court to do to protect you or the children', 'Protection sought');
    }
  }
  return safety;
}
