import { define } from '../../internal/define.js';
import { CaseTimeline } from './case-timeline.js';

export { CaseTimeline };

define('case-timeline', CaseTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'case-timeline': CaseTimeline;
  }
}
