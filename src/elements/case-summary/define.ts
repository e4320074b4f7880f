import { define } from '../../internal/define.js';
import { CaseSummary } from './case-summary.js';

export { CaseSummary };

define('case-summary', CaseSummary);

declare global {
  interface HTMLElementTagNameMap {
    'case-summary': CaseSummary;
  }
}
