import { define } from '../../internal/define.js';
import { QuoteBlock } from './quote-block.js';

export { QuoteBlock };

define('quote-block', QuoteBlock);

declare global {
  interface HTMLElementTagNameMap {
    'quote-block': QuoteBlock;
  }
}
