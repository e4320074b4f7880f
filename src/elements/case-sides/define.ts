import { define } from '../../internal/define.js';
import { CaseSides } from './case-sides.js';

export { CaseSides };

define('case-sides', CaseSides);

declare global {
  interface HTMLElementTagNameMap {
    'case-sides': CaseSides;
  }
}
