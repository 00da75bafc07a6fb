/**
 * The example drafts of `examples/` (issue 2: five complete drafts), read for the e2e journeys.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { C100DraftSchema, type C100Draft } from '../../../forms/c100/draft';
import { repoRoot } from './bindHost';

export const EXAMPLE_NAMES = ['attended-miam', 'consent-order', 'domestic-abuse-exemption', 'urgent-without-notice', 'grandparent-permission'] as const;
export type ExampleName = (typeof EXAMPLE_NAMES)[number];

/** The example draft, parsed with the draft schema (a broken example fails here, not mid-journey). */
export function loadExample(name: ExampleName): C100Draft {
  const text = readFileSync(path.join(repoRoot, 'examples', `${name}.json`), 'utf8');
  return C100DraftSchema.parse(JSON.parse(text));
}
