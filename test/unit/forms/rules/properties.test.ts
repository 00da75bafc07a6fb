/** Property tests (fast-check) for the rules: small arbitrary drafts, fast. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DRAFT_SCHEMA_VERSION, type C100Draft, type MiamDraft } from '../../../../forms/c100/draft';
import { PERMISSION_QUESTION, RELATION } from '../../../../forms/c100/enums';
import { EXEMPTION_CATEGORIES, EXEMPTION_CODES, NONE_CODE, type ExemptionCategory } from '../../../../forms/c100/miam/exemptionCodes';
import { miamStatus } from '../../../../forms/c100/miam/miamStatus';
import { clearDependentAnswers, deepEqual, gatesOf, getAt, pruneDependentAnswers } from '../../../../forms/c100/rules/dependentAnswers';

const RUNS = { numRuns: 300 };
const yesNo = fc.constantFrom('yes' as const, 'no' as const);
const text = fc.constantFrom('a', 'Some text', '  ');

/** One category's list: empty, none, some codes, or none mixed with codes. */
function list(category: ExemptionCategory) {
  const codes = fc.subarray([...EXEMPTION_CODES[category]] as string[], { maxLength: Math.min(3, EXEMPTION_CODES[category].length) });
  return fc.oneof(
    fc.constant([NONE_CODE[category]]),
    codes,
    codes.map((c) => [NONE_CODE[category], ...c]),
  );
}

const exemptionsArb = fc.record(
  Object.fromEntries(EXEMPTION_CATEGORIES.map((c) => [c, list(c)])) as { [C in ExemptionCategory]: fc.Arbitrary<string[]> },
  { requiredKeys: [] },
) as fc.Arbitrary<NonNullable<MiamDraft['exemptions']>>;

const miamArb: fc.Arbitrary<MiamDraft> = fc.record(
  {
    acknowledged: fc.boolean(),
    attended: yesNo,
    mediatorDocument: yesNo,
    mediatorRegistrationNumber: text,
    mediatorServiceName: text,
    claimsExemption: yesNo,
    exemptions: exemptionsArb,
    canProvideEvidence: yesNo,
    evidenceUnavailableReason: text,
    previousAttendanceEvidence: fc.constantFrom('certificate' as const, 'details' as const),
    previousAttendanceDetails: text,
    cannotAttendOnlineReason: text,
    mediatorsContacted: text,
    noMediatorNearbyExplanation: text,
    additionalDetails: text,
  },
  { requiredKeys: [] },
);

const permissionArb = fc.dictionary(fc.constantFrom(...PERMISSION_QUESTION), yesNo, { maxKeys: 4 });

const draftArb: fc.Arbitrary<C100Draft> = fc.record(
  {
    schemaVersion: fc.constant(DRAFT_SCHEMA_VERSION),
    screening: fc.record({ consentOrder: yesNo, childProtectionCases: yesNo, draftConsentOrderAttached: fc.boolean() }, { requiredKeys: [] }),
    miam: miamArb,
    safety: fc.record(
      {
        abductionRisk: yesNo,
        domesticAbuse: yesNo,
        substanceMisuse: yesNo,
        substanceMisuseDetails: text,
        abduction: fc.record({ childrenHavePassport: yesNo, passportHolders: fc.subarray(['mother', 'father', 'other'] as const), passportHoldersOther: text }, { requiredKeys: [] }),
        abuse: fc.record({ applicant: fc.record({ physical: fc.record({ answer: yesNo, description: text, ongoing: yesNo, stoppedWhen: text }, { requiredKeys: [] }) }, { requiredKeys: [] }) }, { requiredKeys: [] }),
        protectionSought: yesNo,
        protectionSoughtDetails: text,
      },
      { requiredKeys: [] },
    ),
    orders: fc.record({ sought: fc.subarray(['child_arrangements_home', 'child_arrangements_time', 'prohibited_steps_names'] as const) }),
    children: fc.constant([{ id: 'c1', orders: ['child_arrangements_home' as const], specialGuardianshipOrder: 'no' as const }, { id: 'c2' }]),
    hasOtherChildren: yesNo,
    otherChildren: fc.constant([{ id: 'o1' }]),
    applicants: fc.uniqueArray(
      fc.record(
        {
          id: fc.constantFrom('a1', 'a2'),
          refuge: fc.constantFrom('yes' as const, 'no' as const),
          keepDetailsPrivate: yesNo,
          privateDetails: fc.subarray(['address', 'phone', 'email'] as const),
          relationships: fc.array(
            fc.record({ childId: fc.constantFrom('c1', 'c2', 'o1', 'gone'), relation: fc.constantFrom(...RELATION.values), permission: permissionArb }, { requiredKeys: ['childId'] }),
            { maxLength: 2 },
          ),
        },
        { requiredKeys: ['id'] },
      ),
      { maxLength: 2, selector: (a) => a.id },
    ),
    application: fc.record(
      { urgent: yesNo, urgentReasons: text, withoutNotice: yesNo, withoutNoticeReasons: text, restrictingOrder: yesNo, permissionAlreadySought: yesNo, permissionReasons: text },
      { requiredKeys: [] },
    ),
    fee: fc.record({ helpWithFees: yesNo, hwfReference: text }, { requiredKeys: [] }),
  },
  { requiredKeys: ['schemaVersion'] },
);

/** One category's list without a conflict: "None of these" alone, or one or more codes. */
function validList(category: ExemptionCategory) {
  const codes = [...EXEMPTION_CODES[category]] as string[];
  return fc.oneof(fc.constant([NONE_CODE[category]]), fc.subarray(codes, { minLength: 1, maxLength: Math.min(2, codes.length) }));
}

/** Drafts that claim exemptions with valid lists and (usually) every evidence answer given. */
const claimingDraftArb: fc.Arbitrary<C100Draft> = fc
  .tuple(
    draftArb,
    fc.record(Object.fromEntries(EXEMPTION_CATEGORIES.map((c) => [c, validList(c)])) as { [C in ExemptionCategory]: fc.Arbitrary<string[]> }),
    fc.constantFrom('yes' as const, 'no' as const),
    fc.constantFrom('certificate' as const, 'details' as const),
  )
  .map(([draft, lists, canProvideEvidence, previousAttendanceEvidence]) => ({
    ...draft,
    screening: { consentOrder: 'no' as const, childProtectionCases: 'no' as const },
    miam: {
      acknowledged: true,
      attended: 'no' as const,
      claimsExemption: 'yes' as const,
      exemptions: lists as NonNullable<MiamDraft['exemptions']>,
      canProvideEvidence,
      evidenceUnavailableReason: 'The police have not replied',
      previousAttendanceEvidence,
      previousAttendanceDetails: 'MIAM on 1 May with J Smith',
      cannotAttendOnlineReason: 'No internet at home',
      mediatorsContacted: 'A, B, C',
      noMediatorNearbyExplanation: 'Remote island',
      additionalDetails: 'More details',
    },
  }));

/** A change to a section that has nothing to do with the MIAM: children's names, attending court. */
const unrelatedChange = fc.record({
  firstNames: fc.string({ maxLength: 8 }),
  welsh: yesNo,
  interpreter: yesNo,
  disability: yesNo,
});

function applyUnrelated(draft: C100Draft, change: { firstNames: string; welsh: 'yes' | 'no'; interpreter: 'yes' | 'no'; disability: 'yes' | 'no' }): C100Draft {
  return {
    ...draft,
    children: (draft.children ?? []).map((c) => ({ ...c, firstNames: change.firstNames })),
    attendingCourt: { welsh: change.welsh, interpreter: change.interpreter, disability: change.disability, disabilityDetails: 'ramp' },
  };
}

describe('dependent answers (properties)', () => {
  it('pruning is idempotent and never mutates its input', () => {
    fc.assert(
      fc.property(draftArb, (draft) => {
        const frozen = JSON.stringify(draft);
        const once = pruneDependentAnswers(draft);
        expect(pruneDependentAnswers(once)).toEqual(once);
        expect(JSON.stringify(draft)).toBe(frozen);
      }),
      RUNS,
    );
  });

  it('clearing is idempotent and never mutates its inputs', () => {
    fc.assert(
      fc.property(draftArb, draftArb, (previous, next) => {
        const frozen = JSON.stringify([previous, next]);
        const once = clearDependentAnswers(previous, next);
        expect(clearDependentAnswers(previous, once)).toEqual(once);
        expect(JSON.stringify([previous, next])).toBe(frozen);
      }),
      RUNS,
    );
  });

  it('clearing with no change changes nothing but forced answers', () => {
    fc.assert(
      fc.property(draftArb, (draft) => {
        const pruned = pruneDependentAnswers(draft);
        expect(clearDependentAnswers(pruned, pruned)).toEqual(pruned);
      }),
      RUNS,
    );
  });

  it('pruning never removes an answer whose gate is open, and leaves nothing behind a closed gate', () => {
    fc.assert(
      fc.property(draftArb, (draft) => {
        const pruned = pruneDependentAnswers(draft);
        const originalGates = gatesOf(draft);
        for (const gate of gatesOf(pruned)) {
          // Pruning may drop entries (a relationship to a child who is gone), so the same gate can sit
          // at another index in the original: compare each gate's answers at its own paths.
          const original = originalGates.find((g) => g.id === gate.id);
          gate.dependents.forEach((path, d) => {
            if (gate.open) {
              const originalPath = original?.dependents[d];
              if (original?.open && originalPath && getAt(draft, originalPath) !== undefined) {
                expect(getAt(pruned, path), `${gate.id} ${path.join('.')}`).not.toBeUndefined();
              }
            } else {
              expect(getAt(pruned, path), `${gate.id} ${path.join('.')}`).toBeUndefined();
            }
          });
        }
      }),
      RUNS,
    );
  });

  it('a pruned draft has the same MIAM status as the draft', () => {
    fc.assert(
      fc.property(draftArb, (draft) => {
        expect(miamStatus(pruneDependentAnswers(draft)).kind).toBe(miamStatus(draft).kind);
      }),
      RUNS,
    );
  });
});

describe('MIAM status (properties)', () => {
  it('an exempt draft stays exempt (with the same grounds) when an unrelated section changes', () => {
    fc.assert(
      fc.property(claimingDraftArb, unrelatedChange, (draft, change) => {
        const before = miamStatus(draft);
        fc.pre(before.kind === 'exempt');
        const changed = applyUnrelated(draft, change);
        expect(miamStatus(changed)).toEqual(before);
        expect(miamStatus(clearDependentAnswers(draft, changed))).toEqual(before);
      }),
      { numRuns: 200 },
    );
  });

  it('finds exempt drafts often enough for the property above to mean something', () => {
    const samples = fc.sample(claimingDraftArb, 500).map(miamStatus);
    expect(samples.filter((s) => s.kind === 'exempt').length).toBeGreaterThan(100);
    expect(samples.filter((s) => s.kind === 'must_attend').length).toBeGreaterThan(0);
  });

  it('“None of these” is exclusive: a list with none and another code is never exempt, and is reported', () => {
    fc.assert(
      fc.property(draftArb, fc.constantFrom(...EXEMPTION_CATEGORIES), (draft, category) => {
        const code = EXEMPTION_CODES[category][0];
        const miam: MiamDraft = { ...(draft.miam ?? {}), attended: 'no', claimsExemption: 'yes', exemptions: { ...(draft.miam?.exemptions ?? {}), [category]: [NONE_CODE[category], code] } };
        const mixed: C100Draft = { ...draft, screening: { consentOrder: 'no', childProtectionCases: 'no' }, miam };
        const status = miamStatus(mixed);
        expect(status.kind).toBe('incomplete');
        if (status.kind === 'incomplete') expect(status.missing).toContainEqual(expect.objectContaining({ path: `miam.exemptions.${category}`, code: 'conflict' }));
      }),
      RUNS,
    );
  });

  it('deepEqual agrees with JSON equality on drafts', () => {
    fc.assert(
      fc.property(draftArb, (draft) => {
        expect(deepEqual(draft, JSON.parse(JSON.stringify(draft)))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
