/**
 * C100 04.24 sections 5 (why, permission), 6 (urgent and without notice hearings), 7 (other court
 * cases: the first case only; the others go on continuation sheets), 8 (international element) and
 * 9 (litigation capacity): physical pages 15–19.
 */
import type { C100Application, Proceeding } from '../../application';
import type { ProceedingType } from '../../enums';
import type { FieldMapping, WidgetName } from './FieldMapping';
import { longDate, paragraphs } from './fieldFormat';
import { answerTicks, check, nonEmpty, text } from './mappingBuilders';

const SECTION_5 = '5. Why are you making this application?';
const SECTION_6A = '6a. Urgent hearing';
const SECTION_6B = '6b. Without notice hearing';
const SECTION_7 = '7. Other court cases which concern the child(ren)';
const SECTION_8 = '8. Cases with an international element';
const SECTION_9 = '9. Factors affecting ability to participate in proceedings';

/** 5: Yes (already applied), No – permission not required, No – permission now sought. */
export type PermissionAnswer = 'yes' | 'not_required' | 'now_sought';

/**
 * `permissionAlreadySought` is present only when permission is needed (C100-DOMAIN §5.1). A
 * s91(14) or civil restraint order also means the court's permission is needed (§8.4).
 */
export function permissionAnswer(app: C100Application): PermissionAnswer {
  const a = app.application;
  if (a.permissionAlreadySought === 'yes') return 'yes';
  if (a.permissionAlreadySought === 'no' || a.restrictingOrder === 'yes') return 'now_sought';
  return 'not_required';
}

function restrictingOrderText(app: C100Application): string | undefined {
  const a = app.application;
  if (a.restrictingOrder !== 'yes') return undefined;
  const parts = [
    'There is an order under section 91(14) of the Children Act 1989, a limited civil restraint order, a general civil restraint order or an extended civil restraint order in force',
    a.restrictingOrderCaseNumber ? `case number ${a.restrictingOrderCaseNumber}` : undefined,
    a.restrictingOrderExpiry ? `it ends on ${longDate(a.restrictingOrderExpiry)}` : undefined,
  ].filter(Boolean);
  return `${parts.join('; ')}.`;
}

/** "48 hours" / "5 days": the number for the box and which of the printed words to mark. */
export interface Timescale {
  readonly amount: string;
  readonly unit: 'hours' | 'days' | undefined;
}

/**
 * 6a "The application should be considered within [__] hours/days". A timescale like "48 hours" or
 * "5 days" puts the number in the box and marks the unit (those two check boxes overlay the printed
 * words: "press space to overtype this text with the letter X"); any other wording goes in the box
 * as typed, and the engine moves it to a continuation sheet if it does not fit.
 */
export function parseTimescale(value: string | undefined): Timescale | undefined {
  const typed = nonEmpty(value);
  if (!typed) return undefined;
  // "Within 48 hours" repeats the printed "within": the number and unit are what the boxes need.
  const match = /^\s*(?:within\s+)?(\d{1,3})\s*(hours?|hrs?|days?)\s*\.?\s*$/i.exec(typed);
  if (!match) return { amount: typed.trim(), unit: undefined };
  const unit = (match[2] ?? '').toLowerCase().startsWith('d') ? 'days' : 'hours';
  return { amount: match[1] ?? '', unit };
}

/** The first previous case is on the paper form; the others go on continuation sheets. */
export function firstProceeding(app: C100Application): Proceeding | undefined {
  return app.application.previousProceedings === 'yes' ? app.application.proceedings[0] : undefined;
}

/**
 * Up to four lines of "Name of child(ren)": split on new lines, semicolons or commas when that
 * gives four parts or fewer; otherwise the whole text goes in the first box (and overflows).
 */
export function proceedingChildLines(names: string): string[] {
  const parts = names
    .split(/\r?\n|;|,/)
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.length <= 4 ? parts : [names];
}

/** The first case needs more than the page holds (type details, other details, or more cases). */
export function proceedingsNeedExtraSheets(app: C100Application): boolean {
  const first = firstProceeding(app);
  if (!first) return false;
  return (
    app.application.proceedings.length > 1 || !!nonEmpty(first.typeDetails) || !!nonEmpty(first.otherDetails)
  );
}

function childLine(n: number) {
  return text(SECTION_7, `Name of child(ren) (line ${n})`, (app) => {
    const first = firstProceeding(app);
    return first ? proceedingChildLines(first.childrenNames)[n - 1] : undefined;
  });
}

function typeTicks(
  type: ProceedingType,
  label: string,
  yes: WidgetName,
  no: WidgetName,
): Record<WidgetName, FieldMapping> {
  return answerTicks(SECTION_7, `Type of proceedings: ${label}`, { yes, no }, (app) => {
    const first = firstProceeding(app);
    if (!first) return undefined;
    return first.types.includes(type) ? 'yes' : 'no';
  });
}

const PERMISSION_Q = 'have you applied to the court for permission to make this application?';

export const applicationFields: Record<WidgetName, FieldMapping> = {
  // Section 5 (page 15)
  [`${PERMISSION_Q} Yes`]: check(
    SECTION_5,
    'Have you applied to the court for permission? – Yes',
    (app) => permissionAnswer(app) === 'yes',
  ),
  [`${PERMISSION_Q} No - not required`]: check(
    SECTION_5,
    'Have you applied to the court for permission? – No, permission not required',
    (app) => permissionAnswer(app) === 'not_required',
  ),
  [`${PERMISSION_Q} No - now sought`]: check(
    SECTION_5,
    'Have you applied to the court for permission? – No, permission now sought',
    (app) => permissionAnswer(app) === 'now_sought',
  ),
  '5a Reasons for permission if permission is required': text(
    SECTION_5,
    '5a. Reasons for permission, if permission is required',
    (app) =>
      permissionAnswer(app) === 'not_required'
        ? undefined
        : paragraphs(app.application.permissionReasons, restrictingOrderText(app)),
  ),
  '5b. Please give brief details of: any previous agreements (formal or informal) or parenting plans, and how they have broken down, your reasons for bringing this application to the court, what you want the court to do, and reasons given by the respondent(s) for their actions in relation to this application':
    text(
      SECTION_5,
      '5b. Brief details of previous agreements, your reasons, what you want the court to do, and the respondent’s reasons',
      (app) => nonEmpty(app.application.reasonsForApplication),
    ),
  ...answerTicks(
    SECTION_5,
    '5c. Have you previously prepared a Parenting Plan?',
    {
      yes: '5c. Have you previously prepared a Parenting Plan? Yes',
      no: '5c. Have you previously prepared a Parenting Plan? No',
    },
    (app) => app.application.parentingPlan,
  ),

  // Section 6a (page 16)
  '6a. Set out the ordersdirections sought': text(
    SECTION_6A,
    'Set out the order(s)/directions sought',
    (app) => (app.application.urgent === 'yes' ? nonEmpty(app.application.urgentOrdersSought) : undefined),
  ),
  '6a. Set out the reasons for urgency': text(SECTION_6A, 'Set out the reasons for urgency', (app) =>
    app.application.urgent === 'yes' ? nonEmpty(app.application.urgentReasons) : undefined,
  ),
  'The application should be considered within: number of hoursdays': text(
    SECTION_6A,
    'Proposed timetable: the application should be considered within',
    (app) =>
      app.application.urgent === 'yes' ? parseTimescale(app.application.urgentTimescale)?.amount : undefined,
    'shrink',
  ),
  'the amount of time within which the application should be considered is given in - hours': check(
    SECTION_6A,
    'Proposed timetable – hours',
    (app) =>
      app.application.urgent === 'yes' && parseTimescale(app.application.urgentTimescale)?.unit === 'hours',
  ),
  'the amount of time within which the application should be considered is given in - days': check(
    SECTION_6A,
    'Proposed timetable – days',
    (app) =>
      app.application.urgent === 'yes' && parseTimescale(app.application.urgentTimescale)?.unit === 'days',
  ),
  // "If consideration is sought within 48 hours, you must complete the section below".
  'What efforts have you made to put each respondent on notice of the application?': text(
    SECTION_6A,
    'What efforts have you made to put each respondent on notice of the application?',
    (app) => (app.application.urgent === 'yes' ? nonEmpty(app.application.urgentNoticeEfforts) : undefined),
  ),

  // Section 6b (page 17)
  '6b. Complete this section if you have ticked the relevant box on the front of the form. Without notice hearing. Set out the reasons for the application to be considered without notice. (This information is a requirement, a without notice hearing will not be directed without reason)':
    text(SECTION_6B, 'Set out the reasons for the application to be considered without notice', (app) =>
      app.application.withoutNotice === 'yes' ? nonEmpty(app.application.withoutNoticeReasons) : undefined,
    ),
  ...answerTicks(
    SECTION_6B,
    'Do you require a without notice hearing because it is not possible to give notice, including abridged or informal notice?',
    {
      yes: 'you require a without notice hearing because it is not possible to give notice including abridged or informal notice - Yes',
      no: 'you require a without notice hearing because it is not possible to give notice including abridged or informal notice - No',
    },
    (app) => (app.application.withoutNotice === 'yes' ? app.application.withoutNoticeImpossible : undefined),
  ),
  'if you require a without notice hearing because it is not possible to give notice including abridged or informal notice, set out reasons below':
    text(SECTION_6B, 'Why it is not possible to give notice, including abridged or informal notice', (app) =>
      app.application.withoutNotice === 'yes' && app.application.withoutNoticeImpossible === 'yes'
        ? nonEmpty(app.application.withoutNoticeImpossibleDetails)
        : undefined,
    ),
  ...answerTicks(
    SECTION_6B,
    'Do you require a without notice hearing because notice to a respondent will frustrate the order that is being applied for?',
    {
      yes: 'Do you require a without notice hearing because notice to a respondent will frustrate the order that is being applied for? Yes',
      no: 'Do you require a without notice hearing because notice to a respondent will frustrate the order that is being applied for? No',
    },
    (app) => (app.application.withoutNotice === 'yes' ? app.application.withoutNoticeFrustrate : undefined),
  ),
  'If you require a without notice hearing because notice to a respondent will frustrate the order that is being applied for, set out the reasons below':
    text(SECTION_6B, 'Why notice to a respondent would frustrate the order applied for', (app) =>
      app.application.withoutNotice === 'yes' && app.application.withoutNoticeFrustrate === 'yes'
        ? nonEmpty(app.application.withoutNoticeFrustrateDetails)
        : undefined,
    ),

  // Section 7 (page 18): the first case.
  '7. Name of child(ren) - 1': childLine(1),
  '7. Name of child(ren) - 2': childLine(2),
  '7. Name of child(ren) - 3': childLine(3),
  '7. Name of child(ren) - 4': childLine(4),
  '7. Name of the court where': text(
    SECTION_7,
    'Name of the court where proceedings heard',
    (app) => firstProceeding(app)?.courtName,
  ),
  '7. Case no': text(SECTION_7, 'Case no.', (app) => nonEmpty(firstProceeding(app)?.caseNumber), 'shrink'),
  '7. Date/year if known': text(
    SECTION_7,
    'Date/year (if known)',
    (app) => nonEmpty(firstProceeding(app)?.dateOrYear),
    'shrink',
  ),
  '7. Name and office (if known) of Cafcass/CAFCASS CYMRU officer': text(
    SECTION_7,
    'Name and office (if known) of Cafcass/Cafcass Cymru officer',
    (app) => nonEmpty(firstProceeding(app)?.cafcassOfficer),
  ),
  ...typeTicks(
    'emergency_protection',
    'Emergency Protection Order',
    '7. Proceedings include - Emergency Protection Order, Yes',
    '7. Proceedings include - Emergency Protection Order, No',
  ),
  ...typeTicks(
    'supervision',
    'Supervision Order',
    '7. Proceedings include - Supervision Order, Yes',
    '7. Proceedings include - Supervision Order, No',
  ),
  ...typeTicks(
    'care',
    'Care Order',
    '7. Proceedings include - Care Order, Yes',
    '7. Proceedings include - Care Order, No',
  ),
  ...typeTicks(
    'child_abduction',
    'Child abduction',
    '7. Proceedings include - Child abduction, Yes',
    '7. Proceedings include - Child abduction, No',
  ),
  ...typeTicks(
    'family_law_act_part_4',
    'Family Law Act 1996 Part 4',
    '7. Proceedings include - Family Law Act 1996 Part 4 (proceedings for non-molestation order or occupation order), Yes',
    '7. Proceedings include - Family Law Act 1996 Part 4 (proceedings for non-molestation order or occupation order), No',
  ),
  ...typeTicks(
    'contact_or_residence_in_divorce',
    'A contact or residence order made within proceedings for a divorce or dissolution of a civil partnership',
    '7. Proceedings include - A contact or residence order (Section 8 Children Act 1989) made within proceedings for a divorce or dissolution of a civil partnership, Yes',
    '7. Proceedings include - A contact or residence order (Section 8 Children Act 1989) made within proceedings for a divorce or dissolution of a civil partnership, No',
  ),
  ...typeTicks(
    'contact_or_residence_with_adoption',
    'A contact or residence order made in connection with an Adoption Order',
    '7. Proceedings include - A contact or residence order (Section 8 Children Act 1989) made in connection with an Adoption Order, Yes',
    '7. Proceedings include - A contact or residence order (Section 8 Children Act 1989) made in connection with an Adoption Order, No',
  ),
  ...typeTicks(
    'child_maintenance',
    'An order relating to child maintenance (Schedule 1 Children Act 1989)',
    '7. Proceedings include - An order relating to child maintenance (Schedule 1 Children Act 1989), Yes',
    '7. Proceedings include - An order relating to child maintenance (Schedule 1 Children Act 1989), No',
  ),
  ...typeTicks(
    'child_arrangements',
    'A child arrangements order (Section 8 Children Act 1989)',
    '7. Proceedings include - A child arrangements order (Section 8 Children Act 1989), Yes',
    '7. Proceedings include - A child arrangements order (Section 8 Children Act 1989), No',
  ),
  '7. Additional sheets are attached': check(
    SECTION_7,
    'Additional sheets are attached',
    proceedingsNeedExtraSheets,
  ),

  // Section 8 (page 19)
  ...answerTicks(
    SECTION_8,
    'Any reason to believe that any child, parent or potentially significant adult in the child’s life may be habitually resident in another state?',
    {
      yes: 'any reason to believe that any child, parent or potentially significant adult in the child’s life may be habitually resident in another state - Yes',
      no: 'any reason to believe that any child, parent or potentially significant adult in the child’s life may be habitually resident in another state - No',
    },
    (app) => app.application.internationalResident,
  ),
  'reason to believe that any child, parent or potentially significant adult in the child’s life may be habitually resident in another state - details':
    text(SECTION_8, 'Habitual residence in another state: details', (app) =>
      app.application.internationalResident === 'yes'
        ? nonEmpty(app.application.internationalResidentDetails)
        : undefined,
    ),
  ...answerTicks(
    SECTION_8,
    'Any reason to believe that there may be an issue as to jurisdiction in this case?',
    {
      yes: 'Do you have any reason to believe that there may be an issue as to jurisdiction in this case? Yes',
      no: 'Do you have any reason to believe that there may be an issue as to jurisdiction in this case? No',
    },
    (app) => app.application.internationalJurisdiction,
  ),
  'If you have any reason to believe that there may be an issue as to jurisdiction in this case, please give details':
    text(SECTION_8, 'Issue as to jurisdiction: details', (app) =>
      app.application.internationalJurisdiction === 'yes'
        ? nonEmpty(app.application.internationalJurisdictionDetails)
        : undefined,
    ),
  ...answerTicks(
    SECTION_8,
    'Has a request been made or should a request be made to a Central Authority or other competent authority in a foreign state or a consular authority in England and Wales?',
    {
      yes: 'Has a request been made or should a request be made to a Central Authority or other competent authority in a foreign state or a consular authority in England and Wales? Yes',
      no: 'Has a request been made or should a request be made to a Central Authority or other competent authority in a foreign state or a consular authority in England and Wales? No',
    },
    (app) => app.application.internationalRequest,
  ),
  'If a request been made or should a request be made to a Central Authority or other competent authority in a foreign state or a consular authority in England and Wales, please give details':
    text(SECTION_8, 'Request to a Central Authority or consular authority: details', (app) =>
      app.application.internationalRequest === 'yes'
        ? nonEmpty(app.application.internationalRequestDetails)
        : undefined,
    ),

  // Section 9 (page 19)
  '9. Please give details of any factors affecting litigation capacity': text(
    SECTION_9,
    'Details of any factors affecting litigation capacity',
    (app) =>
      app.application.litigationCapacity === 'yes' ? nonEmpty(app.application.capacityDetails) : undefined,
  ),
  'Provide details of any referral to or assessment by the Adult Learning Disability team, and/or any adult health service, where known, together with the outcome':
    text(
      SECTION_9,
      'Referral to or assessment by the Adult Learning Disability team or an adult health service, with the outcome',
      (app) =>
        app.application.litigationCapacity === 'yes'
          ? nonEmpty(app.application.capacityReferralDetails)
          : undefined,
    ),
  'Are you aware of any other factors which may affect the ability of the person concerned to take part in the proceedings?':
    text(
      SECTION_9,
      'Other factors which may affect the ability of the person concerned to take part in the proceedings',
      (app) =>
        app.application.litigationCapacity === 'yes'
          ? nonEmpty(app.application.capacityOtherFactors)
          : undefined,
    ),
};
