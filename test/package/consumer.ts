// A consumer of the published package, type-checked and bundled by
// test/package.test.mjs after `npm pack` and a real install.
import 'casefile/person-card.js';
import { PersonCard } from 'casefile/classes.js';
import { statusOn, story, type PersonId } from 'casefile/data.js';

const card = document.createElement('person-card');
card.person = 'michael-kovrig';
card.variant = 'compact';
card.asOf = '2020-11-20';
const typed: PersonCard = card;

// @ts-expect-error: the tag map types person-card precisely; this is no property of it.
card.notAProperty = 1;

const id: PersonId = 'michael-kovrig';
const kovrig = story.people.find((person) => person.id === id);
const status = kovrig ? statusOn(kovrig, { year: 2020, month: 11, day: 20 }) : undefined;

customElements.define('story-person', class extends PersonCard {});
document.body.append(typed, document.createElement('story-person'));
console.log(status?.custodyDays);
