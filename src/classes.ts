/**
 * The widget classes without registering any tag, for pages that need to
 * register them under other names: `customElements.define('story-person', PersonCard)`.
 */
export { CaseElement, THEMES, type Theme } from './internal/case-element.js';
export { HeadedElement } from './internal/headed-element.js';
export { HEADING_LEVELS, type HeadingLevel } from './render/heading.js';
export { CaseData } from './elements/case-data/case-data.js';
export { CaseCorrections } from './elements/case-corrections/case-corrections.js';
export { CasefileErrorEvent, type DatasetError } from './elements/case-data/casefile-error-event.js';
export { CaseSides } from './elements/case-sides/case-sides.js';
export { CaseSources } from './elements/case-sources/case-sources.js';
export { CaseSummary, CASE_SUMMARY_VARIANTS, type CaseSummaryVariant } from './elements/case-summary/case-summary.js';
export { CaseTimeline } from './elements/case-timeline/case-timeline.js';
export { PersonCard, PERSON_CARD_VARIANTS, type PersonCardVariant } from './elements/person-card/person-card.js';
export { QuoteBlock } from './elements/quote-block/quote-block.js';
export { storyContext } from './context/story-context.js';
export { settingsContext, type StorySettings } from './context/settings-context.js';
