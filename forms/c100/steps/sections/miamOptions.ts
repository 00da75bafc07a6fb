/**
 * The words of the MIAM exemption pages. Labels and explanations of each ground come from the
 * exemption catalogue (forms/c100/miam/exemptionCatalogue.ts); this file adds the page titles, the
 * error messages (as `toApplication` words them) and the heading of the two domestic abuse items that
 * belong to no sub-group.
 */
import { CATEGORY_CATALOGUE, DOMESTIC_GROUP_CATALOGUE, EXEMPTION_CATALOGUE } from '../../miam/exemptionCatalogue';
import type { ExemptionCategory, ExemptionCode } from '../../miam/exemptionCodes';
import type { ChoiceGroup, ChoiceOption } from '../types';

export const CATEGORY_TEXT: Record<ExemptionCategory, { title: string; question: string; missing: string }> = {
  domestic: {
    title: 'Evidence of domestic abuse',
    question: 'Do you have any of this evidence of domestic abuse?',
    missing: 'Select the evidence of domestic abuse you have, or “None of these”',
  },
  protection: {
    title: 'Child protection concerns',
    question: 'Do any of these child protection concerns apply?',
    missing: 'Select the child protection concerns that apply, or “None of these”',
  },
  urgency: {
    title: 'Why your application is urgent',
    question: 'Do any of these reasons for urgency apply?',
    missing: 'Select why the application is urgent, or “None of these”',
  },
  adr: {
    title: 'Previous MIAM attendance or exemption',
    question: 'Have you already been to a MIAM, or are you applying in existing proceedings?',
    missing: 'Select your previous MIAM attendance or exemption, or “None of these”',
  },
  misc: {
    title: 'Other reasons for not attending a MIAM',
    question: 'Do any of these other reasons apply?',
    missing: 'Select any other reason for not attending a MIAM, or “None of these”',
  },
};

/** The hint under a category's question: the catalogue's plain explanation and the C100 section. */
export function categoryHint(category: ExemptionCategory): string {
  const entry = CATEGORY_CATALOGUE[category];
  return `${entry.explanation} Select all that apply (C100 section ${entry.c100Section}).`;
}

const OTHER_DOMESTIC_GROUP = 'other_evidence';

export const DOMESTIC_GROUPS: ChoiceGroup[] = [
  ...DOMESTIC_GROUP_CATALOGUE.map((g) => ({ id: g.group, label: g.label.replace(/\.$/, '') })),
  { id: OTHER_DOMESTIC_GROUP, label: 'Other evidence of domestic abuse' },
];

/** One checkbox per ground, labelled and explained from the catalogue. */
export function exemptionOption(code: ExemptionCode): ChoiceOption {
  const entry = EXEMPTION_CATALOGUE[code];
  const group = entry.category === 'domestic' ? (entry.domesticGroup ?? OTHER_DOMESTIC_GROUP) : undefined;
  return {
    value: code,
    label: entry.label,
    ...(entry.explanation && entry.explanation !== entry.label ? { hint: entry.explanation } : {}),
    ...(group ? { group } : {}),
  };
}

/** The playback header of a category ("Domestic abuse evidence"). */
export const categoryHeader = (category: ExemptionCategory) => CATEGORY_CATALOGUE[category].header;
export const exemptionLabel = (code: ExemptionCode) => EXEMPTION_CATALOGUE[code].label;
