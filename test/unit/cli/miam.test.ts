import { afterAll, describe, expect, it } from 'vitest';
import { clone, readExample, runC100, scratchFolder, type Json } from './runC100';

const scratch = scratchFolder();
afterAll(() => scratch.cleanup());

interface Report {
  summary: string;
  canApply: boolean;
  status: {
    kind: string;
    reason?: string;
    grounds?: { category: string; code: string }[];
    missing?: { path: string }[];
  };
  evidence: { kind: string; satisfied: boolean; c100Section: string; path: string }[];
  warnings: { code: string }[];
}

async function miamJson(file: string): Promise<{ code: number; report: Report }> {
  const run = await runC100(['miam', '--json', file]);
  return { code: run.code, report: JSON.parse(run.stdout) as Report };
}

describe('c100 miam on each example', () => {
  it('attended-miam: attended, with the mediator’s section 4 confirmation', async () => {
    const { code, report } = await miamJson('examples/attended-miam.json');
    expect(code).toBe(0);
    expect(report.status.kind).toBe('attended');
    expect(report.evidence.map((e) => [e.kind, e.c100Section, e.satisfied])).toEqual([
      ['document', '4', true],
      ['text', '4', true],
    ]);
    const human = await runC100(['miam', 'examples/attended-miam.json']);
    expect(human.stdout).toMatch(/^examples\/attended-miam\.json: You have attended a MIAM/);
    expect(human.stdout).toContain('[x] Document: The mediator’s confirmation');
  });

  it('domestic-abuse-exemption: exempt on two domestic-abuse grounds, with the evidence documents', async () => {
    const { code, report } = await miamJson('examples/domestic-abuse-exemption.json');
    expect(code).toBe(0);
    expect(report.status.kind).toBe('exempt');
    expect(report.status.grounds).toEqual([
      { category: 'domestic', code: 'police_conviction' },
      { category: 'domestic', code: 'court_protective_injunction' },
    ]);
    expect(report.evidence.length).toBeGreaterThan(0);
    expect(report.evidence.every((e) => e.kind === 'document' && e.c100Section === '3a' && e.satisfied)).toBe(
      true,
    );
    const human = await runC100(['miam', 'examples/domestic-abuse-exemption.json']);
    expect(human.stdout).toContain('Domestic abuse evidence (section 3a');
    expect(human.stdout).toContain('FPR r3.8(1)(a)');
  });

  it('urgent-without-notice: exempt on urgency and without notice, no documents, no warnings', async () => {
    const { code, report } = await miamJson('examples/urgent-without-notice.json');
    expect(code).toBe(0);
    expect(report.status.kind).toBe('exempt');
    expect(report.status.grounds?.map((g) => g.category)).toEqual(['urgency', 'urgency', 'misc']);
    expect(report.evidence).toEqual([]);
    expect(report.warnings).toEqual([]);
  });

  it('consent-order: not required, with the draft consent order to attach', async () => {
    const { code, report } = await miamJson('examples/consent-order.json');
    expect(code).toBe(0);
    expect(report.status).toEqual({ kind: 'not_required', reason: 'consent_order' });
    expect(report.evidence.map((e) => [e.c100Section, e.path, e.satisfied])).toEqual([
      ['front', 'screening.draftConsentOrderAttached', true],
    ]);
  });

  it('grandparent-permission: exempt because of a local authority enquiry (section 3b), nothing to attach', async () => {
    const { code, report } = await miamJson('examples/grandparent-permission.json');
    expect(code).toBe(0);
    expect(report.status.grounds).toEqual([{ category: 'protection', code: 'misc_authority_enquiring' }]);
    const human = await runC100(['miam', 'examples/grandparent-permission.json']);
    expect(human.stdout).toContain('No document or extra text is needed for these exemptions.');
  });
});

describe('c100 miam when the applicant cannot go ahead (exit 1)', () => {
  it('says a MIAM must be attended when no exemption is claimed', async () => {
    const draft = clone(readExample('urgent-without-notice.json'));
    (draft.miam as Json).claimsExemption = 'no';
    const run = await runC100(['miam', scratch.write('no-exemption.json', draft)]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'You need to attend a MIAM before you apply: you have not attended one and claim no exemption.',
    );
  });

  it('lists what is missing when the evidence answer is not given', async () => {
    const draft = clone(readExample('domestic-abuse-exemption.json'));
    delete (draft.miam as Json).canProvideEvidence;
    const { code, report } = await miamJson(scratch.write('no-evidence-answer.json', draft));
    expect(code).toBe(1);
    expect(report.status.kind).toBe('incomplete');
    expect(report.status.missing?.map((m) => m.path)).toContain('miam.canProvideEvidence');
    const human = await runC100(['miam', scratch.write('no-evidence-answer.json', draft)]);
    expect(human.stdout).toContain('Answer these first:\n  - miam.canProvideEvidence: ');
  });

  it('warns when an urgency exemption is claimed without asking for an urgent hearing', async () => {
    const draft = clone(readExample('urgent-without-notice.json'));
    (draft.application as Json).urgent = 'no';
    const { report } = await miamJson(scratch.write('not-urgent.json', draft));
    expect(report.warnings.map((w) => w.code)).toEqual(['urgent_hearing_not_requested']);
  });

  it('treats {} as a draft whose MIAM position is not decided yet', async () => {
    const { code, report } = await miamJson(scratch.write('empty.json', '{}'));
    expect(code).toBe(1);
    expect(report.status.kind).toBe('incomplete');
  });

  it('refuses a file that is not a draft with one line and exit 2', async () => {
    const run = await runC100(['miam', scratch.write('array.json', '[]')]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});
