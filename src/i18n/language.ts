import { LANGUAGES, type Language, type Localized } from '../data/types.js';

const warnedTags = new Set<string>();

/**
 * Maps a BCP 47 tag to a language Casefile writes: `fr-CA` → `fr`; `zh`,
 * `zh-CN`, `zh-Hans-CN` → `zh-Hans`; anything else → `en`, with one warning per
 * tag for the page.
 */
export function toLanguage(tag: string): Language {
  const lower = tag.trim().toLowerCase();
  if (lower === '' || lower === 'en' || lower.startsWith('en-')) return 'en';
  if (lower === 'fr' || lower.startsWith('fr-')) return 'fr';
  if (lower === 'zh' || lower === 'zh-cn' || lower === 'zh-sg' || lower.startsWith('zh-hans')) return 'zh-Hans';
  if (!warnedTags.has(lower)) {
    warnedTags.add(lower);
    console.warn(`casefile: lang="${tag}" is not one of ${LANGUAGES.join(', ')}; showing English.`);
  }
  return 'en';
}

/**
 * The language a widget speaks: its own `lang`, else its closest `[lang]`
 * ancestor (across shadow roots), else `<html lang>`, else English.
 */
export function resolveLanguage(element: Element): Language {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      const tag = node.getAttribute('lang') ?? '';
      if (tag.trim() !== '') return toLanguage(tag);
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'en';
}

/** A localized string in the asked language, or English, saying which it is. */
export function localize(value: Localized, language: Language): { text: string; lang: Language } {
  const text = value[language];
  return text !== undefined && text !== '' ? { text, lang: language } : { text: value.en, lang: 'en' };
}
