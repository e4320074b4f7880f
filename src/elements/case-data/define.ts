import { define } from '../../internal/define.js';
import { CaseData } from './case-data.js';

export { CaseData };
export { CasefileErrorEvent, type DatasetError } from './casefile-error-event.js';

define('case-data', CaseData);

declare global {
  interface HTMLElementTagNameMap {
    'case-data': CaseData;
  }
}
