/**
 * Safety concerns (C100 front page "Concerns about risk of harm"; the C1A supplement; C100-DOMAIN
 * §2.4, §4.3, §4.4). All five screening questions are asked, because the paper form needs every answer
 * (unlike the MoJ service, which stops at the first yes: C100-DOMAIN §11.3).
 */
import { HELP_LINKS } from '../../../host/helpLinks';
import { hasSafetyConcerns } from '../../rules/derived';
import { ABUSE_KIND, ABUSE_SUBJECT, CONTACT_WISH, COURT_ORDER_TYPE, PASSPORT_HOLDER, type AbuseKind, type AbuseSubject } from '../../enums';
import { LIMITS, requiredText } from '../../fields';
import { requiredDateRule } from '../rules';
import { Flow, StepParamsError, type SectionFlow, type StepSpec } from '../StepSpec';
import type { StepContext, StepParams } from '../types';

const CAPTION = 'Safety concerns';

function abuseParams(stepId: string, params: StepParams): { subject: AbuseSubject; kind: AbuseKind } {
  const subject = params.subject;
  const kind = params.kind;
  if (!(ABUSE_SUBJECT as readonly string[]).includes(subject ?? '') || !(ABUSE_KIND.values as readonly string[]).includes(kind ?? '')) {
    throw new StepParamsError(stepId, params, 'the kind of abuse is not one the form asks about');
  }
  return { subject: subject as AbuseSubject, kind: kind as AbuseKind };
}

const abuseInstances = (): StepParams[] => ABUSE_SUBJECT.flatMap((subject) => ABUSE_KIND.values.map((kind) => ({ subject, kind })));

const KIND_WORDS: Record<AbuseKind, string> = {
  sexual: 'sexually abused',
  physical: 'physically abused',
  financial: 'financially abused',
  psychological: 'psychologically abused',
  emotional: 'emotionally abused',
  other: 'other',
};

function abuseQuestion(subject: AbuseSubject, kind: AbuseKind): string {
  if (kind === 'other') {
    return subject === 'children' ? 'Do you have any other safety or welfare concerns about the children?' : 'Do you have any other concerns about your safety or welfare?';
  }
  return subject === 'children' ? `Have the children ever been ${KIND_WORDS[kind]} by the respondent?` : `Have you ever been ${KIND_WORDS[kind]} by the respondent?`;
}

function abuseDetailsBuild(ctx: StepContext, page: Parameters<StepSpec['build']>[1]) {
  const { subject, kind } = abuseParams('abuse-details', ctx.params);
  const base = `safety.abuse.${subject}.${kind}`;
  page.textarea(`${base}.description`, 'Briefly describe what happened and who was involved, if you feel able to', 'Describe what happened and who was involved', { shortLabel: 'Description' });
  page.text(`${base}.startedWhen`, 'When did this behaviour start?', requiredText('Enter when the behaviour started (an approximate date is fine)', LIMITS.short, 'Start'), {
    hint: 'Add an approximate date if you are not sure.',
    width: 'medium',
  });
  page.yesNo(`${base}.ongoing`, 'Is the behaviour still going on?', 'Select yes if the behaviour is still going on', {
    reveal: {
      no: () =>
        page.text(`${base}.stoppedWhen`, 'When did the behaviour stop?', requiredText('Enter when the behaviour stopped (an approximate date is fine)', LIMITS.short, 'Stop'), {
          hint: 'Add an approximate date if you are not sure.',
          width: 'medium',
        }),
    },
  });
  page.yesNo(`${base}.askedForHelp`, 'Have you ever asked for help?', 'Select yes if you have ever asked for help', {
    hint: 'For example, from your GP, the police or a support service.',
    reveal: {
      yes: () => {
        page.textarea(`${base}.helpFrom`, 'Who did you ask for help?', 'Enter who you asked for help', { maxLength: LIMITS.medium, shortLabel: 'Who you asked' });
        page.yesNo(`${base}.helpGiven`, 'Did they help you?', 'Select yes if they helped you', {
          reveal: { yes: () => page.textarea(`${base}.helpDescription`, 'What did they do?', 'Describe what they did to help', { shortLabel: 'Help given' }) },
        });
      },
    },
  });
  const who = subject === 'children' ? 'the children' : 'you';
  return { title: kind === 'other' ? `Other concerns about ${who}` : `${ABUSE_KIND.labels[kind]} of ${who}`, caption: CAPTION };
}

function yesNoPage(id: string, path: string, question: string, missing: string, opts: { hint?: string; detailsPath?: string; detailsLabel?: string; detailsMissing?: string } = {}): StepSpec {
  return {
    id,
    section: 'safety',
    kind: 'question',
    build: (_ctx, page) => {
      const { detailsPath, detailsLabel, detailsMissing } = opts;
      page.yesNo(path, question, missing, {
        ...(opts.hint ? { hint: opts.hint } : {}),
        ...(detailsPath && detailsLabel && detailsMissing
          ? { reveal: { yes: () => page.textarea(detailsPath, detailsLabel, detailsMissing, { shortLabel: 'Details' }) } }
          : {}),
      });
      return { title: question, caption: CAPTION };
    },
  };
}

export const safetySteps: StepSpec[] = [
  {
    id: 'safety-intro',
    section: 'safety',
    kind: 'info',
    build: () => ({
      title: 'Safety concerns',
      body: [
        { type: 'paragraph', text: 'The next questions ask whether you or the children have been harmed or are at risk of harm. The court uses your answers to keep everyone safe. If you answer yes to any of them, your answers also go on form C1A (allegations of harm).' },
        { type: 'paragraph', text: 'Answer only what you feel able to. Your answers are saved on this computer and encrypted.' },
        { type: 'warning', text: 'If you are in danger now, call 999. The National Domestic Abuse Helpline is free and open 24 hours: 0808 2000 247.' },
        { type: 'link', text: 'National Domestic Abuse Helpline', href: HELP_LINKS.domesticAbuseHelpline },
      ],
    }),
  },
  yesNoPage('abduction-risk', 'safety.abductionRisk', 'Are the children at risk of being abducted?', 'Select yes if the children are at risk of being abducted', {
    hint: 'Abduction means being taken or kept away without the consent of everyone with parental responsibility, including outside the UK.',
  }),
  yesNoPage('abduction-police', 'safety.abduction.policeNotified', 'Have the police been told about the risk of abduction?', 'Select yes if the police have been told'),
  {
    id: 'abduction-passports',
    section: 'safety',
    kind: 'question',
    build: (_ctx, page) => {
      page.yesNo('safety.abduction.childrenHavePassport', 'Do any of the children have a passport?', 'Select yes if any of the children have a passport', {
        reveal: {
          yes: () => {
            page.yesNo('safety.abduction.multiplePassports', 'Do the children have more than one passport?', 'Select yes if the children have more than one passport', {
              hint: 'For example, passports from two countries.',
            });
            page.checkboxes(
              'safety.abduction.passportHolders',
              'Who has the children’s passports?',
              PASSPORT_HOLDER.values.map((value) => ({ value, label: PASSPORT_HOLDER.labels[value] })),
              'Select who has the children’s passports',
              {
                hint: 'Select all that apply.',
                reveal: {
                  other: () => page.textarea('safety.abduction.passportHoldersOther', 'Who else has the passports?', 'Say who else has the children’s passports', { maxLength: LIMITS.medium, shortLabel: 'Who has the passports' }),
                },
              },
            );
          },
        },
      });
      return { title: 'Do any of the children have a passport?', caption: CAPTION };
    },
  },
  {
    id: 'abduction-previous',
    section: 'safety',
    kind: 'question',
    build: (_ctx, page) => {
      const question = 'Have the children been abducted or kept outside the UK without your consent before?';
      page.yesNo('safety.abduction.previousAttempt', question, 'Select yes if the children have been abducted or kept outside the UK without your consent before', {
        reveal: {
          yes: () => {
            page.textarea('safety.abduction.previousAttemptDetails', 'Give a short description of what happened', 'Describe the previous abductions', { shortLabel: 'Previous abductions' });
            page.yesNo('safety.abduction.agenciesInvolved', 'Were the police, private investigators or any other organisation involved?', 'Select yes if the police, private investigators or another organisation were involved', {
              reveal: { yes: () => page.textarea('safety.abduction.agenciesDetails', 'Give details of who was involved', 'Give details of who was involved', { shortLabel: 'Organisations involved' }) },
            });
          },
        },
      });
      return { title: question, caption: CAPTION };
    },
  },
  {
    id: 'abduction-details',
    section: 'safety',
    kind: 'question',
    build: (_ctx, page) => {
      page.textarea('safety.abduction.riskDetails', 'Why do you think the children may be abducted or kept outside the UK without your consent?', 'Explain why you think the children may be abducted or kept outside the UK without your consent', { shortLabel: 'Reasons' });
      page.textarea('safety.abduction.currentLocation', 'Where are the children now?', 'Enter where the children are now', { maxLength: LIMITS.medium, shortLabel: 'Where the children are', hint: 'If you think they are outside England and Wales, say which country.' });
      return { title: 'The risk of abduction', caption: CAPTION };
    },
  },
  yesNoPage('substance-misuse', 'safety.substanceMisuse', 'Do you have any concerns about drug, alcohol or substance abuse?', 'Select yes if you have concerns about drug, alcohol or substance abuse', {
    hint: 'By anyone in this application, where it affects the children or you.',
    detailsPath: 'safety.substanceMisuseDetails',
    detailsLabel: 'Give a short description of the drug, alcohol or substance abuse',
    detailsMissing: 'Describe the drug, alcohol or substance abuse',
  }),
  yesNoPage('children-abuse', 'safety.childrenAbuse', 'Have the children suffered or are they at risk of suffering domestic or child abuse?', 'Select yes if the children have suffered or are at risk of suffering abuse', {
    hint: 'Abuse can be physical, emotional, psychological, sexual or financial, and includes seeing or hearing domestic abuse.',
  }),
  yesNoPage('domestic-abuse', 'safety.domesticAbuse', 'Have you suffered or are you at risk of suffering domestic abuse?', 'Select yes if you have suffered or are at risk of suffering domestic abuse', {
    hint: 'Domestic abuse includes controlling or coercive behaviour, threats, violence, and emotional, sexual or financial abuse.',
  }),
  yesNoPage('other-concerns', 'safety.otherConcerns', 'Do you have any other safety concerns about you or the children?', 'Select yes if you have any other safety concerns about you or the children'),
  {
    id: 'abuse-question',
    section: 'safety',
    kind: 'question',
    params: ['subject', 'kind'],
    instances: abuseInstances,
    build: (ctx, page) => {
      const { subject, kind } = abuseParams('abuse-question', ctx.params);
      const question = abuseQuestion(subject, kind);
      // An unanswered kind reads as "no", as toApplication and the C1A read it (only "yes" kinds are described).
      page.yesNo(`safety.abuse.${subject}.${kind}.answer`, question, `Select yes if ${subject === 'children' ? 'the children have' : 'you have'} experienced this`, {
        optional: true,
        hint: 'If you do not answer, this is read as no.',
      });
      return { title: question, caption: subject === 'children' ? 'Safety concerns: the children' : 'Safety concerns: you' };
    },
  },
  {
    id: 'abuse-details',
    section: 'safety',
    kind: 'question',
    params: ['subject', 'kind'],
    instances: abuseInstances,
    build: abuseDetailsBuild,
  },
  yesNoPage('protective-orders', 'safety.hasProtectiveOrders', 'Have you had, or do you have, any court orders made for your protection?', 'Select yes if you have had or have court orders made for your protection', {
    hint: 'For example, a non-molestation order or an occupation order.',
  }),
  {
    id: 'protective-orders-details',
    section: 'safety',
    kind: 'question',
    build: (ctx, page) => {
      for (const type of COURT_ORDER_TYPE.values) {
        const base = `safety.protectiveOrders.${type}`;
        const name = COURT_ORDER_TYPE.labels[type];
        // Only the orders answered yes are needed (the page check asks for at least one): unanswered reads as no.
        page.yesNo(`${base}.inPlace`, name, `Select yes or no for: ${name}`, {
          optional: true,
          ...(type === 'restraining' ? { hint: 'Under the Protection from Harassment Act 1997.' } : {}),
          reveal: {
            yes: () => {
              page.text(`${base}.caseNumber`, 'Case number', requiredText('Enter the case number of the order', LIMITS.short, 'Case number'), { width: 'medium' });
              page.date(`${base}.dateIssued`, 'Date the order was made', requiredDateRule('Date the order was made', ctx.today, { past: true }));
              page.text(`${base}.length`, 'How long was the order for?', requiredText('Enter how long the order was for', LIMITS.short, 'Length of the order'), { width: 'medium' });
              page.text(`${base}.courtName`, 'Which court made the order?', requiredText('Enter the court that made the order', LIMITS.short, 'Court'));
              page.yesNo(`${base}.current`, 'Is the order current?', 'Select yes if the order is current');
            },
          },
        });
      }
      page.check((values, report) => {
        if (!COURT_ORDER_TYPE.values.some((type) => values[`safety.protectiveOrders.${type}.inPlace`] === 'yes')) {
          report('safety.protectiveOrders', 'Select the orders made for your protection, or go back and answer no');
        }
      });
      return { title: 'Orders made for your protection', caption: CAPTION, hint: 'Answer yes for each kind of order you have had or have now.' };
    },
  },
  {
    id: 'contact-wishes',
    section: 'safety',
    kind: 'question',
    build: (_ctx, page) => {
      page.radios(
        'safety.contactWish',
        'Do you agree to the children spending time with the other people in this application?',
        CONTACT_WISH.values.map((value) => ({ value, label: CONTACT_WISH.labels[value] })),
        'Select whether you agree to the children spending time with the other people in this application',
      );
      page.yesNo('safety.otherContact', 'Do you agree to the other people in this application being in touch with the children in other ways?', 'Select yes if you agree to the other people being in touch with the children in other ways', {
        hint: 'For example, by phone, text or video call.',
      });
      return { title: 'Contact with the children', caption: CAPTION };
    },
  },
  yesNoPage('protection-sought', 'safety.protectionSought', 'Is there anything else you are asking the court to decide to protect you or the children?', 'Select yes if you are asking the court to decide anything else to protect you or the children', {
    detailsPath: 'safety.protectionSoughtDetails',
    detailsLabel: 'What are you asking the court to do?',
    detailsMissing: 'Say what you are asking the court to do to protect you or the children',
  }),
];

export const safetyFlow: SectionFlow = (draft) => {
  const flow = new Flow();
  const s = draft.safety ?? {};
  flow.visit('safety-intro');
  flow.visit('abduction-risk');
  if (s.abductionRisk === 'yes') {
    flow.visit('abduction-police');
    flow.visit('abduction-passports');
    flow.visit('abduction-previous');
    flow.visit('abduction-details');
  }
  flow.visit('substance-misuse');
  flow.visit('children-abuse');
  flow.visit('domestic-abuse');
  flow.visit('other-concerns');
  if (!hasSafetyConcerns(draft)) return flow.result();
  // C1A: every kind of abuse, for the children and then for the applicant (MoJ abuse_concerns loop).
  for (const subject of ABUSE_SUBJECT) {
    for (const kind of ABUSE_KIND.values) {
      flow.visit('abuse-question', { subject, kind });
      if (s.abuse?.[subject]?.[kind]?.answer === 'yes') flow.visit('abuse-details', { subject, kind });
    }
  }
  flow.visit('protective-orders');
  if (s.hasProtectiveOrders === 'yes') flow.visit('protective-orders-details');
  flow.visit('contact-wishes');
  flow.visit('protection-sought');
  return flow.result();
};
