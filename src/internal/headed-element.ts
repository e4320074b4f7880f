import { property } from 'lit/decorators.js';
import { CaseElement, checkChoice } from './case-element.js';
import { HEADING_LEVELS, type HeadingLevel } from '../render/heading.js';
import { keepsDefault } from './keeps-default.js';
import type { Problem } from '../render/problem.js';

/**
 * `heading-level` as a number: the attribute's text, or NaN when it is not a
 * number, so a mistyped level is shown to the editor rather than guessed.
 */
const headingLevelConverter = {
  fromAttribute: (value: string | null): number | null => (value === null ? null : Number(value.trim() || NaN)),
  toAttribute: (value: number): string => String(value),
};

/**
 * A widget with a heading of its own (a name, a headline, "Timeline"): it
 * takes `heading-level`, so its headings fit the article's outline.
 * `<quote-block>` has no heading, so it extends {@link CaseElement} instead.
 */
export abstract class HeadedElement<Model = unknown> extends CaseElement<Model> {
  /** Level of the widget's main heading, 2 to 6, so it fits the article's outline; the widget's own subheadings go one level down. */
  @property({ attribute: 'heading-level', converter: headingLevelConverter })
  @keepsDefault
  headingLevel: HeadingLevel = 3;

  protected override checkAttributes(): Problem | undefined {
    const problem = super.checkAttributes();
    if (problem || (HEADING_LEVELS as readonly string[]).includes(String(this.headingLevel))) return problem;
    // Name the level as the editor wrote it: "seven", not NaN.
    return checkChoice(
      'heading-level',
      this.getAttribute('heading-level') ?? String(this.headingLevel),
      HEADING_LEVELS,
    );
  }

  /** The heading level, valid once the attribute checks passed. */
  protected get level(): HeadingLevel {
    return this.headingLevel;
  }
}
