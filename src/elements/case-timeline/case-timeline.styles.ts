import { css } from 'lit';

/*
 * The rail is a line of segments, one per event, that stop short of the
 * markers, so a hollow marker stays hollow on any page background (the widget
 * is transparent in the `auto` theme, so no fill could hide a line behind it).
 */
export const styles = css`
  :host {
    --_marker: 0.6em;
    --_marker-top: 0.35em;
    /* Centre of the rail, from the item's inline start. */
    --_rail: 0.55em;
  }

  .heading {
    margin-block-end: 0.75em;
  }

  .show-more {
    margin-block-start: 1em;
    min-height: 2.75em;
    padding: 0.4em 1em;
    font: inherit;
    color: inherit;
    background: transparent;
    border: 1px solid var(--casefile-border-color, color-mix(in srgb, currentColor 28%, transparent));
    border-radius: 0.25rem;
    cursor: pointer;
  }

  .show-more:focus-visible {
    outline: 2px solid var(--casefile-accent, currentColor);
    outline-offset: 2px;
  }

  .event:focus {
    outline: none;
  }

  .event:focus-visible {
    outline: 2px solid var(--casefile-accent, currentColor);
    outline-offset: 2px;
  }

  .events {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .event {
    position: relative;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    padding-inline-start: 1.75em;
    padding-block-end: 1em;
  }

  .event:last-child {
    padding-block-end: 0;
  }

  .event::before {
    content: '';
    position: absolute;
    inset-block-start: var(--_marker-top);
    inset-inline-start: calc(var(--_rail) - var(--_marker) / 2);
    inline-size: var(--_marker);
    block-size: var(--_marker);
    border: 2px solid var(--_accent);
    border-radius: 50%;
  }

  /* Filled: an event the report carried (with corrections), or a key event (without). */
  .event.in-article::before,
  .event.plain.key::before {
    background: var(--_accent);
  }

  .shown {
    font-size: max(0.875em, 13px);
    margin-block: -0.2em 0.6em;
  }

  .event::after {
    content: '';
    position: absolute;
    inset-inline-start: calc(var(--_rail) - 1px);
    inline-size: 2px;
    inset-block-start: calc(var(--_marker-top) + var(--_marker) + 0.2em);
    inset-block-end: calc(0.2em - var(--_marker-top));
    background: var(--_border);
  }

  .event:last-child::after {
    display: none;
  }

  .event p {
    margin: 0;
  }

  .date {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }

  .label {
    font-size: max(0.875em, 13px);
  }

  .in-article .label {
    font-weight: 700;
    color: var(--_accent);
  }

  .alluded .label,
  .not-in-article .label,
  .later .label {
    font-style: italic;
  }

  .in-article .title {
    font-weight: 700;
  }

  /* Each year's events under the year, as a graphics desk's timeline reads. */
  .year-heading {
    font-size: 1em;
    font-variant-numeric: tabular-nums;
    margin: var(--_space) 0 0.5em;
    padding-block-end: 0.2em;
    border-block-end: 1px solid var(--_border);
  }

  .year:first-of-type .year-heading {
    margin-block-start: 0;
  }

  .empty {
    margin: 0;
    font-style: italic;
  }

  /* A date column beside the text once the widget is wide enough for both
     (the host is the container, so only what is inside it can query it). */
  @container (min-width: 36rem) {
    .event {
      --_rail: calc(8em + 1.125em);
      grid-template-columns: 8em minmax(0, 1fr);
      column-gap: 2.25em;
      padding-inline-start: 0;
    }
  }

  /* Forced colours drop backgrounds: keep the article's markers filled. */
  @media (forced-colors: active) {
    .event::before {
      border-color: CanvasText;
      forced-color-adjust: none;
    }

    .event.in-article::before,
    .event.plain.key::before {
      background: CanvasText;
    }

    .event::after {
      background: CanvasText;
    }
  }
`;
