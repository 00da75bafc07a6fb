/** The C100 rules: MIAM position and evidence, permission, dependent answers, derived facts. */
export * from './RuleIssue';
export * from './permission';
export * from './dependentAnswers';
export * from './derived';
export * from '../miam/exemptionCatalogue';
export * from '../miam/claimedExemptions';
export * from '../miam/miamStatus';
export * from '../miam/requiredEvidence';
