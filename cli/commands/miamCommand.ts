/**
 * `c100 miam FILE.json`: the MIAM position of a draft (`miamStatus`) and what must go with the
 * application for it (`requiredEvidence`), plus the consistency warnings (`miamWarnings`).
 * Exit 0 when the position lets the application go ahead (not required, attended, exempt), 1 when
 * the applicant must attend a MIAM first or answers are missing, 2 when the file is not a draft.
 */
import { resolve } from 'node:path';
import type { C100Draft } from '../../forms/c100/draft';
import { CATEGORY_CATALOGUE, exemptionEntry } from '../../forms/c100/miam/exemptionCatalogue';
import { miamStatus, type MiamStatus } from '../../forms/c100/miam/miamStatus';
import {
  miamWarnings,
  requiredEvidence,
  type EvidenceItem,
  type MiamWarning,
} from '../../forms/c100/miam/requiredEvidence';
import type { CliCommand } from '../CliCommand';
import { CliError, EXIT_ISSUES, EXIT_OK } from '../cliErrors';
import { parseCommandArgs } from '../parseCommandArgs';
import { readDraftFile, type LoadedDraft } from '../readDraftFile';
import { reportMigration } from './validateCommand';

export interface MiamReport {
  file: string;
  /** One sentence in plain words. */
  summary: string;
  /** Whether the application can go ahead as far as the MIAM is concerned. */
  canApply: boolean;
  status: MiamStatus;
  evidence: EvidenceItem[];
  warnings: MiamWarning[];
}

/** The MIAM position in one plain sentence. */
export function miamSummary(status: MiamStatus): string {
  switch (status.kind) {
    case 'not_required':
      return status.reason === 'consent_order'
        ? 'You do not need to attend a MIAM: the application is for a consent order.'
        : 'You do not need to attend a MIAM: a child is already in emergency, care or supervision proceedings, or subject to such an order.';
    case 'attended':
      return status.mediatorDetailsComplete
        ? 'You have attended a MIAM: the mediator completes and signs section 4 of the C100.'
        : 'You have attended a MIAM, but the mediator’s details are not complete yet.';
    case 'exempt':
      return `You do not have to attend a MIAM: you claim ${status.grounds.length === 1 ? 'an exemption' : `${status.grounds.length} exemptions`} (C100 section 3).`;
    case 'must_attend': {
      const reason = status.reason;
      switch (reason) {
        case 'no_exemption_claimed':
          return 'You need to attend a MIAM before you apply: you have not attended one and claim no exemption.';
        case 'no_exemption_applies':
          return 'You need to attend a MIAM before you apply: none of the exemptions applies to you.';
        case 'no_mediator_document':
          return 'You need a document signed by the mediator that confirms you attended a MIAM before you apply.';
        default: {
          const unreachable: never = reason;
          return unreachable;
        }
      }
    }
    case 'incomplete':
      return 'The MIAM position is not decided yet: some answers are missing.';
    default: {
      const unreachable: never = status;
      return unreachable;
    }
  }
}

export function miamReport(file: string, draft: C100Draft): MiamReport {
  const status = miamStatus(draft);
  const canApply =
    status.kind === 'not_required' ||
    status.kind === 'exempt' ||
    (status.kind === 'attended' && status.mediatorDetailsComplete);
  return {
    file,
    summary: miamSummary(status),
    canApply,
    status,
    evidence: requiredEvidence(draft),
    warnings: miamWarnings(draft),
  };
}

function sectionLabel(section: EvidenceItem['c100Section']): string {
  return section === 'front' ? 'C100 page 1' : `C100 section ${section}`;
}

export function formatMiamReport(report: MiamReport): string {
  const lines = [`${report.file}: ${report.summary}`];
  const { status } = report;
  if (status.kind === 'exempt') {
    lines.push('', 'Exemptions claimed:');
    for (const { category, code } of status.grounds) {
      const entry = exemptionEntry(code);
      const header = CATEGORY_CATALOGUE[category].header;
      lines.push(
        `  - ${header} (section ${entry.c100Section}, item ${entry.c100Item}): ${entry.label}`,
        `    ${entry.ground}`,
      );
    }
  }
  const missing =
    status.kind === 'incomplete'
      ? status.missing
      : status.kind === 'attended'
        ? status.missingMediatorDetails
        : [];
  if (missing.length > 0) {
    lines.push('', 'Answer these first:');
    for (const issue of missing) lines.push(`  - ${issue.path}: ${issue.message}`);
  }
  if (report.evidence.length > 0) {
    lines.push('', 'To go with the application:');
    for (const item of report.evidence) {
      const mark = item.satisfied ? '[x]' : '[ ]';
      const what = item.kind === 'document' ? 'Document' : 'Text';
      lines.push(
        `  ${mark} ${what}: ${item.description} (${sectionLabel(item.c100Section)})`,
        `      ${item.ground}`,
      );
      if (!item.satisfied) lines.push(`      To do: ${item.missingMessage} (${item.path})`);
    }
  } else if (status.kind === 'exempt') {
    lines.push('', 'No document or extra text is needed for these exemptions.');
  }
  if (report.warnings.length > 0) {
    lines.push('', 'Check:');
    for (const warning of report.warnings) lines.push(`  - ${warning.path}: ${warning.message}`);
  }
  return `${lines.join('\n')}\n`;
}

export const miamCommand: CliCommand = {
  name: 'miam',
  summary: 'Show the MIAM (mediation meeting) position and the evidence to send',
  usage: 'c100 miam FILE.json [--json]',
  help: `Shows whether the applicant must attend a MIAM (Mediation Information and Assessment Meeting)
before applying, has attended one, is exempt (and on which grounds of FPR 3.8 and Practice
Direction 3A, as changed on 29 April 2024), or has not answered enough yet; and lists what must
go with the application (documents and text), each with its rule and C100 section (3a–3e, 4).

Options:
  --json   Print the result as JSON on stdout:
           {"file", "summary", "canApply", "status", "evidence", "warnings"}

Exit codes:
  0  the application can go ahead as far as the MIAM is concerned
     (not required, attended with the mediator's details, or exempt with its evidence)
  1  you must attend a MIAM first, or answers are missing (listed)
  2  the file cannot be read or is not a C100 draft

Example:
  c100 miam examples/domestic-abuse-exemption.json`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      'miam',
      args,
      { json: { type: 'boolean' } },
      { name: 'FILE.json', min: 1, max: 1 },
    );
    const file = positionals[0] ?? '';
    let loaded: LoadedDraft;
    try {
      loaded = await readDraftFile(resolve(io.cwd, file), file);
    } catch (error) {
      if (values.json && error instanceof CliError) {
        io.stdout(
          `${JSON.stringify({ file, canApply: false, error: { code: error.code, message: error.message } })}\n`,
        );
      }
      throw error;
    }
    reportMigration(loaded, file, io);
    const report = miamReport(file, loaded.draft);
    io.stdout(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatMiamReport(report));
    return report.canApply ? EXIT_OK : EXIT_ISSUES;
  },
};
