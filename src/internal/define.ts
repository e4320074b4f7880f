import { VERSION } from './version.js';

const warnedKey = Symbol.for('casefile.version-warning');
type WarnedRegistry = typeof globalThis & { [warnedKey]?: boolean };

/**
 * Registers a tag unless the page already has it, so a CMS that includes the
 * script twice, or the CDN bundle beside the npm build, breaks nothing: the
 * first definition wins. Different versions on one page are worth one warning,
 * not one per element.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, ctor);
    return;
  }
  if (existing === ctor) return;
  const versionOf = (c: CustomElementConstructor) => (c as { casefileVersion?: string }).casefileVersion;
  const existingVersion = versionOf(existing);
  const incomingVersion = versionOf(ctor) ?? VERSION;
  const registry = globalThis as WarnedRegistry;
  if (existingVersion !== incomingVersion && !registry[warnedKey]) {
    registry[warnedKey] = true;
    console.warn(
      `casefile: <${tag}> is already defined by ${existingVersion ? `casefile ${existingVersion}` : 'another script'}; ` +
        `keeping the first definition and ignoring casefile ${incomingVersion}.`,
    );
  }
}
