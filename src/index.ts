/**
 * Casefile: registers every widget. Import this once (or load
 * dist/cdn/casefile.js) and use the tags anywhere on the page.
 */
import './elements/case-data/define.js';
import './elements/case-corrections/define.js';
import './elements/case-sides/define.js';
import './elements/case-sources/define.js';
import './elements/case-summary/define.js';
import './elements/case-timeline/define.js';
import './elements/person-card/define.js';
import './elements/quote-block/define.js';

export * from './classes.js';
export { TAGS, WIDGET_TAGS, type CasefileTag, type WidgetTag } from './tags.js';
