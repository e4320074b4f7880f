import { define } from '../../internal/define.js';
import { CaseSources } from './case-sources.js';

export { CaseSources };

define('case-sources', CaseSources);

declare global {
  interface HTMLElementTagNameMap {
    'case-sources': CaseSources;
  }
}
