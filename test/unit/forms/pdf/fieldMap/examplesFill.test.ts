/**
 * Every example draft of the project (examples/*.json) becomes an application whose fill names only
 * template widgets, leaks no confidential detail, and whose statement of truth is never signed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { C100DraftSchema } from '../../../../../forms/c100/draft';
import { C100_WIDGETS_BY_NAME, STATEMENT_OF_TRUTH_FIELD } from '../../../../../forms/c100/pdf/c100Widgets';
import { buildC100Fill, findConfidentialLeaks } from '../../../../../forms/c100/pdf/fieldMap/buildC100Fill';
import { toApplication } from '../../../../../forms/c100/toApplication';
import { repoRoot } from '../pdfTestSupport';

const examplesDir = path.join(repoRoot, 'examples');
const examples = readdirSync(examplesDir).filter((f) => f.endsWith('.json'));
// The examples date their statements of truth and MIAMs in late 2026; check them as of mid 2027.
const TODAY = '2027-06-30';

describe('the example drafts fill the C100', () => {
  it('finds the example drafts', () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
  });

  it.each(examples)('%s', (file) => {
    const draft = C100DraftSchema.parse(JSON.parse(readFileSync(path.join(examplesDir, file), 'utf8')));
    const result = toApplication(draft, { today: TODAY });
    expect(result.ok ? [] : result.issues).toEqual([]);
    if (!result.ok) return;
    const fill = buildC100Fill(result.application);
    for (const i of fill.instructions)
      expect(C100_WIDGETS_BY_NAME.has(i.widget) || i.widget === STATEMENT_OF_TRUTH_FIELD, i.widget).toBe(
        true,
      );
    expect(fill.instructions.some((i) => i.widget === 'Text2sot')).toBe(false);
    expect(fill.instructions.filter((i) => i.kind === 'text').length).toBeGreaterThan(20);
    expect(findConfidentialLeaks(result.application, fill)).toEqual([]);
    // People are named, never shown by the internal ids of the draft (e.g. an other child in section 13).
    const ids = [...(draft.children ?? []), ...(draft.otherChildren ?? []), ...(draft.applicants ?? []), ...(draft.respondents ?? []), ...(draft.otherPeople ?? [])].map((entry) => entry.id);
    for (const i of fill.instructions) if (i.kind === 'text') for (const id of ids) expect(i.value, i.widget).not.toContain(id);
  });
});

describe('section 13a: other children not part of the application', () => {
  it('fills their relationship to the applicant(s) and the respondent(s) from the parties’ relationships', () => {
    const draft = C100DraftSchema.parse(JSON.parse(readFileSync(path.join(examplesDir, 'grandparent-permission.json'), 'utf8')));
    const result = toApplication(draft, { today: TODAY });
    if (!result.ok) throw new Error('the grandparent example is complete');
    const values = new Map(buildC100Fill(result.application).instructions.flatMap((i) => (i.kind === 'text' ? [[i.widget, i.value] as const] : [])));
    expect(values.get('13a. Full name of other child that is not part of the application - 1')).toBe('Nova Rose Doyle');
    expect(values.get('13a. Relationship to applicant - other child 1')).toBe('Grandparent');
    expect(values.get('13a. Relationship to respondent - other child 1')).toBe('Chloe Marie Doyle: Mother; Jordan Kwame Mensah: None: Nova is not his child');
    expect(values.has('13a. Relationship to applicant - other child 2')).toBe(false);
  });
});
