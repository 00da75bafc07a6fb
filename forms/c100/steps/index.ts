/**
 * The C100 journey as data (issue 2 "The journey as data"): the step table, navigation, the task
 * list, page validation and the link from a draft path to its page.
 */
export * from './types';
export { SECTIONS, STEPS, FIRST_STEP_ID, UnknownStepError, firstStep, findStep, stepById, journeyPath, nextStep, previousStep, sectionFlow, stepContent, validateStep, pageValues, stepHasAnswers, allInstances, sameRef, todayIso } from './journey';
export type { SectionInfo, StepValidation } from './journey';
export { taskList } from './taskList';
export type { SectionStatus, TaskListSection } from './taskList';
export { stepForPath, stepRefForPath, pathsAskedBy } from './stepForPath';
export { ensureStepData } from './ensureStepData';
export { getAtPath, setAtPath, pathPattern, DraftPathError } from './draftPaths';
export { COLLECTIONS, addEntry, removeEntry, moveEntry, newEntryId, minorsOf, adultsOf, nameOf, CollectionError } from './collections';
export type { CollectionName } from './collections';
export { StepParamsError } from './StepSpec';
export { collectPaths } from './PageBuilder';
