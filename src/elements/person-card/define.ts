import { define } from '../../internal/define.js';
import { PersonCard } from './person-card.js';

export { PersonCard };

define('person-card', PersonCard);

declare global {
  interface HTMLElementTagNameMap {
    'person-card': PersonCard;
  }
}
