/** The bundled story, its types and the look-ups the widgets use. */
export * from './types.js';
export { story } from './story.js';
export type { CaseId, EventId, OrganizationId, PersonId, QuoteId, SourceId } from './story.js';
export { StoryIndex, indexStory } from './story-index.js';
export { statusOn, rolesOn, caseStatusOn, type Day, type StatusOn } from './status.js';
export { parsePartialDate, precisionOf, toIso, daysBetween } from './partial-date.js';
