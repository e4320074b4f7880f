import { define } from '../../internal/define.js';
import { CaseCorrections } from './case-corrections.js';

export { CaseCorrections };

define('case-corrections', CaseCorrections);

declare global {
  interface HTMLElementTagNameMap {
    'case-corrections': CaseCorrections;
  }
}
