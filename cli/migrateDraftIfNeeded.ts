/**
 * Convert an older draft (schemaVersion below the current one) to the current format with the
 * vault's migration chain (`forms/drafts` `migrateDraft`), so the CLI reads exactly what the app reads.
 */
import {
  DraftFormatError,
  UnsupportedDraftVersionError as DraftVersionError,
  migrateDraft,
} from '../forms/drafts';
import type { MigrationWarning } from '../forms/drafts';
import { DraftMigrationFailedError } from './cliErrors';

export interface MigrationOutcome {
  draft: Record<string, unknown>;
  warnings: MigrationWarning[];
}

/** @throws {DraftMigrationFailedError} when the migration chain refuses the document. */
export function migrateDraftIfNeeded(
  raw: Record<string, unknown>,
  version: number,
  displayName: string,
): MigrationOutcome {
  try {
    const { draft, warnings } = migrateDraft(raw);
    return { draft, warnings };
  } catch (error) {
    if (error instanceof DraftFormatError)
      throw new DraftMigrationFailedError(displayName, version, error.reason);
    if (error instanceof DraftVersionError)
      throw new DraftMigrationFailedError(displayName, version, error.message);
    throw error;
  }
}
