/**
 * Spot checks of the field map through `buildC100Fill`: the widgets whose names mislead (3a shift,
 * 2b/2c, Check Box N), Yes / No placement, split dates, postcodes and HWF blocks, the Welsh grid,
 * the statement of truth, confidentiality and continuation items.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { C100Application } from '../../../../../forms/c100/application';
import { C100_WIDGETS_BY_NAME, STATEMENT_OF_TRUTH_FIELD } from '../../../../../forms/c100/pdf/c100Widgets';
import { buildC100Fill, findConfidentialLeaks } from '../../../../../forms/c100/pdf/fieldMap/buildC100Fill';
import { c100FieldMap } from '../../../../../forms/c100/pdf/fieldMap/c100FieldMap';
import { confidentialValues } from '../../../../../forms/c100/pdf/fieldMap/confidentiality';
import type { ExemptionCode } from '../../../../../forms/c100/miam/exemptionCodes';
import {
  EXEMPTION_CODES,
  EXEMPTION_CATEGORIES,
  NONE_CODE,
} from '../../../../../forms/c100/miam/exemptionCodes';
import { repoRoot } from '../pdfTestSupport';
import {
  applicant,
  crowdedApplication,
  otherPerson,
  respondent,
  simpleApplication,
} from './applicationFixture';

interface InventoryRow {
  name: string;
  type: 'text' | 'checkbox';
  adjacent_text: string | null;
}
const inventory = new Map(
  (
    JSON.parse(
      readFileSync(path.resolve(repoRoot, '..', 'shared', 'forms', 'C100-04.24-widgets.json'), 'utf8'),
    ) as InventoryRow[]
  ).map((w) => [w.name, w]),
);

function filled(app: C100Application) {
  const fill = buildC100Fill(app);
  const texts = new Map<string, string>();
  const checks = new Map<string, { checked: boolean; option?: string }>();
  for (const i of fill.instructions) {
    if (i.kind === 'text') texts.set(i.widget, i.value);
    else checks.set(i.widget, { checked: i.checked, option: i.option });
  }
  const ticked = (name: string) => checks.get(name)?.checked === true;
  return { fill, texts, checks, ticked };
}

/** Names of the section 3 exemption item widgets (pages 7–11), as the map labels them. */
const SECTION_3_ITEMS = Object.entries(c100FieldMap)
  .filter(([, m]) => m.kind === 'check' && m.section.startsWith('3.'))
  .map(([name]) => name);

function exempt(codes: ExemptionCode[]): C100Application {
  const exemptions = Object.fromEntries(
    EXEMPTION_CATEGORIES.map((category) => {
      const own = (EXEMPTION_CODES[category] as readonly string[]).filter((c) =>
        codes.includes(c as ExemptionCode),
      );
      return [category, own.length > 0 ? own : [NONE_CODE[category]]];
    }),
  ) as Extract<C100Application['miam'], { route: 'exempt' }>['exemptions'];
  return { ...simpleApplication(), miam: { route: 'exempt', exemptions, canProvideEvidence: 'yes' } };
}

describe('instructions', () => {
  it('names each widget at most once and only mapped widgets (or the repaired statement-of-truth field)', () => {
    const { fill } = filled(crowdedApplication());
    const names = fill.instructions.map((i) => i.widget);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names)
      expect(name in c100FieldMap || name === STATEMENT_OF_TRUTH_FIELD, name).toBe(true);
  });

  it('gives every mapped check box an instruction, and leaves empty text boxes out', () => {
    const { fill, texts } = filled(simpleApplication());
    const checkNames = Object.entries(c100FieldMap)
      .filter(([, m]) => m.kind === 'check')
      .map(([n]) => n);
    const instructed = new Set(fill.instructions.filter((i) => i.kind === 'check').map((i) => i.widget));
    for (const name of checkNames) expect(instructed.has(name), name).toBe(true);
    expect([...texts.values()].every((v) => v.trim() !== '')).toBe(true);
    expect(texts.has('7. Name of the court where')).toBe(false);
  });
});

describe('Yes / No / Don’t know placement', () => {
  // Group the map's answer ticks by question; check each box against the printed word beside it
  // (inventory adjacent text) and against position: Yes left of No left of Don't know, same row.
  const groups = new Map<string, Record<string, string>>();
  for (const [name, mapping] of Object.entries(c100FieldMap)) {
    if (mapping.kind !== 'check') continue;
    const match = /^(.*) – (Yes|No|Don't know)$/.exec(mapping.question);
    if (!match) continue;
    const [, question = '', answer = ''] = match;
    groups.set(question, { ...groups.get(question), [answer]: name });
  }

  it('finds the answer groups of the whole form', () => {
    // 51 Yes boxes in the inventory, less checklist Q9 (unmapped) and the three-way section 5 question, plus the court fee Yes.
    expect(pairs.length).toBe(50);
  });

  // Groups with both a Yes and a No box (section 5's three permission answers are checked elsewhere).
  const pairs = [...groups].filter(([, boxes]) => boxes.Yes && boxes.No);

  it.each(pairs)('%s', (_question, boxes) => {
    const yes = boxes.Yes;
    const no = boxes.No;
    const rect = (name: string) => C100_WIDGETS_BY_NAME.get(name)?.rect ?? [0, 0, 0, 0];
    const [yx, yy] = rect(yes ?? '');
    const [nx, ny] = rect(no ?? '');
    // Side by side on one row (Yes left), or stacked in one column (Yes above: the court fee question).
    const sideBySide = yx < nx && Math.abs(yy - ny) < 4;
    const stacked = Math.abs(yx - nx) < 2 && yy > ny;
    expect(sideBySide || stacked).toBe(true);
    expect(inventory.get(yes ?? '')?.adjacent_text).toMatch(/^Yes\b/);
    expect(inventory.get(no ?? '')?.adjacent_text).toMatch(/^No\b/);
    const unknown = boxes["Don't know"];
    if (unknown) {
      expect(rect(unknown)[0]).toBeGreaterThan(nx);
      expect(inventory.get(unknown)?.adjacent_text).toBe('Don’t know');
    }
  });

  it('ticks exactly the box of the answer', () => {
    const app = simpleApplication();
    app.childrenDetails.knownToLocalAuthority = 'unknown';
    const { ticked } = filled(app);
    expect(
      ticked("1a. Are any of the children known to the local authority children’s services? Don't know"),
    ).toBe(true);
    expect(ticked('1a. Are any of the children known to the local authority children’s services? Yes')).toBe(
      false,
    );
    expect(ticked('1a. Are any of the children known to the local authority children’s services? No')).toBe(
      false,
    );
    expect(ticked("12. Has respondent 1 lived at this address for more than 5 years? Don't know")).toBe(true);
  });
});

describe('section 2: the printed 2b and 2c carry each other’s widget names', () => {
  const ATTENDED_YES = '2b. Are you claiming exemption from the requirement to attend a MIAM? Yes';
  const ATTENDED_NO = '2b. Are you claiming exemption from the requirement to attend a MIAM? No';
  const EXEMPTION_YES =
    '2c. Has a family mediator informed you that a mediator’s exemption applies, and you do not need to attend a MIAM? Yes';

  it('ticks printed 2b "Have you attended a MIAM?" Yes for an attended MIAM, and nothing in 2c', () => {
    const { ticked } = filled(simpleApplication());
    expect(ticked(ATTENDED_YES)).toBe(true);
    expect(ticked(EXEMPTION_YES)).toBe(false);
    // Sanity: the widget ticked for "attended" is the one on the printed 2b row (higher on page 6).
    expect(C100_WIDGETS_BY_NAME.get(ATTENDED_YES)?.rect[1]).toBeGreaterThan(
      C100_WIDGETS_BY_NAME.get(EXEMPTION_YES)?.rect[1] ?? Infinity,
    );
  });

  it('ticks 2b No and printed 2c "Are you claiming exemption?" Yes when exempt', () => {
    const { ticked } = filled(exempt(['misc_without_notice']));
    expect(ticked(ATTENDED_NO)).toBe(true);
    expect(ticked(EXEMPTION_YES)).toBe(true);
  });
});

describe('section 3 exemption ticks', () => {
  // The printed item each code must tick, read off the rendered pages 7–11 (C100-DOMAIN §8.3–8.4).
  const EXPECTED: Record<ExemptionCode, string> = {
    police_arrested:
      'evidence that a prospective party has been arrested for a relevant domestic violence offence',
    police_caution: 'evidence of a relevant police caution for a domestic violence offence',
    police_ongoing_proceedings:
      'evidence of relevant criminal proceedings for a domestic violence offence which have not concluded',
    police_conviction: 'evidence of a relevant conviction for a domestic violence offence',
    court_bound_over:
      'a court order binding a prospective party over in connection with a domestic violence offence',
    police_dvpn:
      'a domestic violence protection notice issued under section 24 of the Crime and Security Act 2010 against a prospective party',
    police_dapn: 'a relevant protective injunction',
    court_protective_injunction:
      'an undertaking given in England and Wales under section 46 or 63E of the Family Law Act 1996 (or given in Scotland or Northern Ireland in place of a protective injunction) by a prospective party, provided that a cross-undertaking relating to domestic violence was not given by another prospective party',
    court_undertaking:
      'a copy of a finding of fact, made in proceedings in the United Kingdom, that there has been domestic violence by a prospective party',
    court_finding_of_fact:
      'an expert report produced as evidence in proceedings in the United Kingdom for the benefit of a court or tribunal confirming that a person with whom a prospective party is or was in a family relationship, was assessed as being, or at risk of being, a victim of domestic violence by that prospective party',
    court_expert_report: 'a letter or report from an appropriate health professional confirming that',
    specialist_examination: 'Check Box1',
    specialist_referral: 'Check Box5',
    local_authority_marac: 'Check Box6',
    da_service_idva: 'Check Box7',
    da_service_isva: 'Check Box8',
    local_authority_la_ha: 'Check Box9',
    da_service_organisation: 'Check Box10',
    da_service_refuge_refusal: 'Check Box11',
    local_authority_public_authority: 'Check Box12',
    misc_right_to_remain: 'Check Box13',
    misc_financial_abuse: 'Check Box14',
    misc_authority_enquiring: 'Check Box15',
    misc_authority_protection_order: 'Check Box16',
    misc_risk_applicant: 'Check Box17',
    misc_risk_children: 'Check Box19',
    misc_risk_unlawful_removal_retention: 'Check Box20',
    misc_miscarriage_justice: 'Check Box21',
    misc_unreasonable_hardship: 'Check Box22',
    misc_irretrievable_problems: 'Check Box23',
    misc_international_proceedings: 'Check Box24',
    misc_previous_attendance: 'Check Box25',
    misc_existing_proceedings_exemption: 'Check Box26',
    misc_without_notice: 'Check Box27',
    misc_applicant_under_age: 'Check Box28',
    misc_access: 'Check Box29',
    misc_access2: 'Check Box30',
    misc_access3: 'Check Box31',
    misc_access4: 'Check Box32',
  };
  const CATEGORY_BOX = {
    domestic: 'Domestic violence you must complete section 13a',
    protection: 'Child protection concerns you must complete section 13b',
    urgency: 'Urgency you must complete section 13c',
    adr: 'Previous MIAM attendance or previous MIAM exemption (you must complete section 3d)',
    misc: 'Other you must complete section 13e',
  } as const;
  const DELAY: readonly ExemptionCode[] = [
    'misc_risk_children',
    'misc_risk_unlawful_removal_retention',
    'misc_miscarriage_justice',
    'misc_unreasonable_hardship',
    'misc_irretrievable_problems',
  ];

  it.each(Object.entries(EXPECTED) as [ExemptionCode, string][])(
    'claiming only %s ticks exactly its printed item and category',
    (code, widget) => {
      const category = EXEMPTION_CATEGORIES.find((c) =>
        (EXEMPTION_CODES[c] as readonly string[]).includes(code),
      );
      const { ticked } = filled(exempt([code]));
      const expected = new Set([
        widget,
        CATEGORY_BOX[category ?? 'misc'],
        ...(DELAY.includes(code) ? ['Check Box18'] : []),
      ]);
      expect(new Set(SECTION_3_ITEMS.filter(ticked))).toEqual(expected);
    },
  );

  it('lists the 3a widgets top to bottom in the printed order (the shifted names sit one item up)', () => {
    const order: ExemptionCode[] = [
      'police_arrested',
      'police_caution',
      'police_ongoing_proceedings',
      'police_conviction',
      'court_bound_over',
      'police_dvpn',
      'police_dapn',
      'court_protective_injunction',
      'court_undertaking',
      'court_finding_of_fact',
      'court_expert_report',
      'specialist_examination',
    ];
    const ys = order.map((code) => C100_WIDGETS_BY_NAME.get(EXPECTED[code])?.rect[1] ?? NaN);
    for (let i = 1; i < ys.length; i++) expect(ys[i]).toBeLessThan(ys[i - 1] ?? -Infinity);
    expect(inventory.get('a relevant protective injunction')?.adjacent_text).toMatch(
      /domestic abuse protection notice/,
    );
  });

  it('ticks nothing in section 3 when a MIAM was attended', () => {
    const { ticked } = filled(simpleApplication());
    expect(SECTION_3_ITEMS.filter(ticked)).toEqual([]);
  });

  it('ticks the claims of a mixed application exactly', () => {
    const { ticked, texts } = filled(crowdedApplication());
    expect(new Set(SECTION_3_ITEMS.filter(ticked))).toEqual(
      new Set([
        CATEGORY_BOX.domestic,
        CATEGORY_BOX.urgency,
        CATEGORY_BOX.misc,
        EXPECTED.police_dapn,
        EXPECTED.court_protective_injunction,
        'Check Box18',
        'Check Box19',
        'Check Box29',
      ]),
    );
    expect(texts.get('Text3')).toBe('The police have not yet sent me the notice.');
    expect(texts.get('Text2x')).toContain('I have no internet at home.');
    expect(texts.get('Text2x')).toContain('Cardiff Mediation, 1 High St');
  });
});

describe('section 4: mediator details from the MIAM answers, attestation left to the mediator', () => {
  it('fills the FMC number, service and sole trader name only', () => {
    const { texts, fill } = filled(simpleApplication());
    expect(texts.get('FMC Registration no')).toBe('FMC 12345');
    expect(texts.get('Family Mediation Service name')).toBe('Cardiff Family Mediation');
    expect(texts.get('Sole trader name')).toBe('Ann Jones Mediation');
    const widgets = new Set(fill.instructions.map((i) => i.widget));
    for (const name of [
      'Text4',
      'Check Box33',
      'Authorised Family Mediator signature box',
      "Authorised Family Mediator's signature date - DD",
    ])
      expect(widgets.has(name)).toBe(false);
  });
});

describe('dates, postcodes and Help with Fees', () => {
  it('splits dates into their boxes', () => {
    const { texts, ticked } = filled(crowdedApplication());
    expect(texts.get('Child 1 - date of birth')).toBe('07032010');
    expect(texts.has('Child 3 - date of birth')).toBe(false);
    expect(ticked("Child 3 - Don't know date of birth")).toBe(true);
    expect([
      texts.get('11. Day of date of birth - applicant 2'),
      texts.get('11. Month of date of birth - applicant 2'),
      texts.get('11. Year of date of birth - applicant 2'),
    ]).toEqual(['14', '02', '1988']);
    expect(texts.has('12. Day of date of birth - respondent 2')).toBe(false);
    expect(ticked("12. Date of birth, don't know - respondent 2")).toBe(true);
    expect([texts.get('Text4p25'), texts.get('Text5'), texts.get('Text6')]).toEqual(['20', '11', '2026']);
  });

  it('splits postcodes into outward and inward codes', () => {
    const { texts } = filled(simpleApplication());
    expect([
      texts.get('11. Address postcode 1, applicant 1'),
      texts.get('11. Address postcode 2, applicant 1'),
    ]).toEqual(['CF10', '1EP']);
    expect([
      texts.get('12. Address postcode 1 - respondent 1'),
      texts.get('12. Address postcode 2 - respondent 1'),
    ]).toEqual(['NP20', '1AA']);
    expect(texts.get('11. Address - applicant 1')).toBe('12 Heol y Frenhines\nFlat 3\nCardiff');
  });

  it('puts the Help with Fees reference into its two blocks', () => {
    const { texts } = filled(simpleApplication());
    expect([texts.get('Help with Fees - 1'), texts.get('Help with Fees - 2')]).toEqual(['A1B', '23C']);
    expect(filled(crowdedApplication()).texts.has('Help with Fees - 1')).toBe(false);
  });
});

describe('front page summary', () => {
  it('derives the risk ticks from the safety answers and the detailed abuse answers', () => {
    const app = simpleApplication();
    app.safety.abuse.applicant.physical = {
      description: 'x',
      startedWhen: '2024',
      ongoing: 'no',
      askedForHelp: 'no',
    };
    app.safety.abuse.children.other = {
      description: 'y',
      startedWhen: '2024',
      ongoing: 'no',
      askedForHelp: 'no',
    };
    const { ticked } = filled(app);
    expect(ticked('any form of domestic abuse - Yes')).toBe(true);
    expect(ticked('child abuse - No')).toBe(true);
    expect(ticked('other safety or welfare concerns - Yes')).toBe(true);
    expect(ticked('child abduction - No')).toBe(true);
  });

  it('answers the additional-information questions from the application', () => {
    const { ticked: crowded } = filled(crowdedApplication());
    expect(
      crowded('Are you asking for permission to make this application, where that is required? - Yes'),
    ).toBe(true);
    expect(crowded('Is an urgent hearing or without notice hearing required? Yes')).toBe(true);
    expect(crowded('Are there previous or ongoing proceedings for the child(ren)? Yes')).toBe(true);
    expect(
      crowded(
        'Will the child or any of the people involved need to use spoken or written Welsh during the course of the proceedings? Yes',
      ),
    ).toBe(true);
    expect(
      crowded('have you applied to the court for permission to make this application? No - now sought'),
    ).toBe(true);
    expect(
      crowded('Child Arrangements Order - Yes') &&
        crowded('Prohibited Steps Order - Yes') &&
        !crowded('Specific Issue Order - Yes'),
    ).toBe(true);
    const { ticked: simple } = filled(simpleApplication());
    expect(
      simple('Are you asking for permission to make this application, where that is required? - No'),
    ).toBe(true);
    expect(
      simple('have you applied to the court for permission to make this application? No - not required'),
    ).toBe(true);
  });

  it('marks the urgent timescale unit on the printed word', () => {
    const { texts, ticked } = filled(crowdedApplication());
    expect(texts.get('The application should be considered within: number of hoursdays')).toBe('48');
    expect(
      ticked('the amount of time within which the application should be considered is given in - hours'),
    ).toBe(true);
    expect(
      ticked('the amount of time within which the application should be considered is given in - days'),
    ).toBe(false);
  });
});

describe('Check Box N widgets outside section 3', () => {
  it('ticks the special measures asked for (page 21)', () => {
    const { ticked } = filled(crowdedApplication());
    expect(['Check Box38', 'Check Box39', 'Check Box40', 'Check Box41'].map(ticked)).toEqual([
      true,
      false,
      false,
      true,
    ]);
  });

  it('answers the checklist, leaving Q2 for an attended MIAM (the mediator signs section 4) and Q9 for the signature', () => {
    const simple = filled(simpleApplication());
    expect(simple.ticked('Check Box42')).toBe(true);
    expect(simple.ticked('Check Box44') || simple.ticked('Check Box45')).toBe(false);
    expect(simple.checks.has('Check Box58')).toBe(false);
    const crowded = filled(crowdedApplication());
    expect(crowded.ticked('Check Box44')).toBe(true);
    expect(crowded.ticked('Check Box47')).toBe(true); // Q3: evidence not provided
  });
});

describe('Welsh grid', () => {
  it('fills seven rows with names and the need, and continues the eighth', () => {
    const { texts, ticked, fill } = filled(crowdedApplication());
    expect(texts.get('person who needs to use written or spoken Welsh - 1')).toBe('Siân Llŷr');
    expect(ticked('person only needs spoken Welsh - 1')).toBe(true);
    expect(ticked('person only needs written Welsh - 2')).toBe(true);
    expect(ticked('person needs both spoken and written Welsh - 3')).toBe(true);
    expect(ticked('person only needs spoken Welsh - 3')).toBe(false);
    expect(texts.has('person who needs to use written or spoken Welsh - 7')).toBe(true);
    const welsh = fill.continuation.find((c) =>
      c.title.startsWith('People who need to use written or spoken Welsh'),
    );
    expect(welsh?.rows).toEqual([['Person 8', 'Megan Lloyd: Written']]);
  });
});

describe('statement of truth', () => {
  it('never signs, fills name and date, and ticks the applicant options', () => {
    const { texts, checks } = filled(simpleApplication());
    expect(texts.has('Text2sot')).toBe(false);
    expect(texts.get('Text7')).toBe('Siân Llŷr');
    expect(texts.has('Text8')).toBe(false);
    expect(checks.get('Check Box3')).toEqual({ checked: true, option: 'Applicant' });
    expect(checks.get(STATEMENT_OF_TRUTH_FIELD)).toEqual({ checked: true, option: 'I believe' });
  });

  it('ticks the legal representative options and fills firm and position', () => {
    const { texts, checks } = filled(crowdedApplication());
    expect(checks.get('Check Box3')).toEqual({ checked: true, option: "Applicant's legal rep" });
    expect(checks.get(STATEMENT_OF_TRUTH_FIELD)).toEqual({ checked: true, option: 'The applicant believes' });
    expect(texts.get('Text8')).toBe('Smith & Co Solicitors');
    expect(texts.get('Text9')).toBe('Partner');
  });
});

describe('confidentiality: private details stay off the C100', () => {
  it('leaves a private address, phone and history blank but keeps the email', () => {
    const app = simpleApplication();
    app.applicants = [
      applicant({
        relationships: app.applicants[0]?.relationships,
        keepDetailsPrivate: 'yes',
        privateDetails: ['address', 'phone'],
      }),
    ];
    const { texts, fill } = filled(app);
    for (const name of [
      '11. Address - applicant 1',
      '11. Address postcode 1, applicant 1',
      '11. Address postcode 2, applicant 1',
      '11. Home telephone number - applicant 1',
      '11. Mobile telephone number - applicant 1',
      'If No, please provide details of all previous addresses applicant 1 has lived at for the last 5 years',
    ]) {
      expect(texts.has(name), name).toBe(false);
    }
    expect(texts.get('11. Email address - applicant 1')).toBe('sian.llyr@example.com');
    expect(confidentialValues(app)).toContain('12 Heol y Frenhines');
    expect(findConfidentialLeaks(app, fill)).toEqual([]);
  });

  it('treats a refuge as keeping every contact detail private, without ticking "Don’t know"', () => {
    const app = simpleApplication();
    app.respondents = [respondent({ refuge: 'yes', relationships: app.respondents[0]?.relationships })];
    const { texts, ticked, fill } = filled(app);
    expect(texts.has('12. Address for respondent 1')).toBe(false);
    expect(texts.has('12. Mobile telephone number - respondent 1')).toBe(false);
    expect(texts.has('12. Email address - respondent 1')).toBe(false);
    expect(ticked("12. Don't know address - respondent 1")).toBe(false);
    expect(ticked("12. Don't know email address - respondent 1")).toBe(false);
    expect(findConfidentialLeaks(app, fill)).toEqual([]);
  });

  it('leaves out the name of an other person who keeps their identity private, everywhere', () => {
    const app = crowdedApplication();
    const { texts, fill } = filled(app);
    expect(texts.has('13. First names - person 1')).toBe(false);
    expect(texts.has('13. Last names - person 1')).toBe(false);
    expect(texts.has('13. Address for person 1')).toBe(false);
    expect(texts.get('13. First names - person 2')).toBe('Dewi');
    expect(texts.get('If some other party requires the interpreter, specify')).toBe(
      'Other person 1 (name given on form C8)',
    );
    const all = JSON.stringify(fill);
    expect(all).not.toContain('Hidden Person');
    expect(all).not.toContain('Quiet Close');
  });

  it('leaks no confidential value into any instruction or continuation item of a crowded application', () => {
    const app = crowdedApplication();
    const secrets = confidentialValues(app);
    expect(secrets).toEqual(
      expect.arrayContaining([
        '9 Refuge Road',
        '07700 900333',
        'gwen.refuge@example.net',
        '77 Secret Lane',
        'mohammed@example.com',
        'Hidden Person',
      ]),
    );
    const fill = buildC100Fill(app);
    expect(findConfidentialLeaks(app, fill)).toEqual([]);
    const everything = JSON.stringify(fill);
    for (const secret of secrets) expect(everything, secret).not.toContain(secret);
  });

  it('detects a leak (so the checks above can fail)', () => {
    const app = crowdedApplication();
    const fill = buildC100Fill(app);
    const leaky = {
      ...fill,
      instructions: [
        ...fill.instructions,
        { widget: 'Text3', kind: 'text' as const, value: 'lives at 9 Refuge Road' },
      ],
    };
    expect(findConfidentialLeaks(app, leaky)).toEqual(['9 Refuge Road']);
  });

  it('leaves the 1d details blank when the children live with someone whose address is private', () => {
    const app = simpleApplication();
    app.childrenDetails.livingArrangementsDetails = 'With me at 12 Heol y Frenhines';
    expect(filled(app).texts.get('if the children currently live with someone else, details')).toBe(
      'With me at 12 Heol y Frenhines',
    );
    app.applicants = [applicant({ keepDetailsPrivate: 'yes', privateDetails: ['address'] })];
    expect(filled(app).texts.has('if the children currently live with someone else, details')).toBe(false);
  });
});

describe('capacity overflow: continuation items', () => {
  it('adds nothing for an application that fits the paper', () => {
    expect(buildC100Fill(simpleApplication()).continuation).toEqual([]);
  });

  it('continues the fifth child, third applicant, respondent, other person and other child, and the second case', () => {
    const { fill, texts } = filled(crowdedApplication());
    const titles = fill.continuation.map((c) => c.title);
    expect(titles).toEqual([
      'Child 5',
      'Other court case 1 – further details',
      'Other court case 2',
      'People who need to use written or spoken Welsh (continued)',
      'Applicant 3',
      'Respondent 3',
      'Other person 3 who should be given notice',
      'Other child 3 not part of the application',
      'Approximate dates of birth',
    ]);
    expect(fill.continuation[0]?.rows).toContainEqual(['First name(s)', 'Mali']);
    expect(texts.get('Child 4 - First name(s)')).toBe('Osian');
    expect(texts.get('7. Name of child(ren) - 2')).toBe('Ifan Llŷr');
    expect(fill.continuation.find((c) => c.title === 'Other court case 2')?.rows).toContainEqual([
      'Type of proceedings',
      'Care Order',
    ]);
  });

  it('keeps confidential details off the continuation sheets too', () => {
    const { fill } = filled(crowdedApplication());
    const applicant3 = fill.continuation.find((c) => c.title === 'Applicant 3');
    const labels = applicant3?.rows.map(([label]) => label);
    expect(labels).toContain('Mobile telephone number');
    expect(labels).not.toContain('Address');
    expect(labels).not.toContain('Email address');
    const respondent3 = fill.continuation
      .find((c) => c.title === 'Respondent 3')
      ?.rows.map(([label]) => label);
    expect(respondent3).toEqual(expect.arrayContaining(['First name(s)', 'Last name(s)']));
    expect(respondent3).not.toEqual(expect.arrayContaining(['Address']));
    expect(respondent3).not.toContain('Mobile telephone number');
  });

  it('ticks "additional sheets are attached" in section 7 when cases continue', () => {
    expect(filled(crowdedApplication()).ticked('7. Additional sheets are attached')).toBe(true);
  });

  it('prints an other person kept private as their place in the form in the Welsh grid', () => {
    const app = simpleApplication();
    app.otherPeople = [otherPerson({ keepIdentityPrivate: 'yes', firstNames: 'Secret', lastName: 'Name' })];
    app.attendingCourt = {
      ...app.attendingCourt,
      welsh: 'yes',
      welshPeople: [{ personId: 'o1', need: 'both' }],
    };
    const { texts } = filled(app);
    expect(texts.get('person who needs to use written or spoken Welsh - 1')).toBe(
      'Other person 1 (name given on form C8)',
    );
  });
});
