/** The Trusted Types policy name a page must allow for structured data: `trusted-types lit-html casefile`. */
export const TRUSTED_TYPES_POLICY = 'casefile';

interface ScriptPolicy {
  createScript(text: string): unknown;
}

interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScript: (text: string) => string }): ScriptPolicy;
}

// One policy per page, however many copies of Casefile it loads: a second
// createPolicy with the same name throws on pages that forbid duplicates.
const policyKey = Symbol.for('casefile.trusted-types-policy');
type Holder = typeof globalThis & { [policyKey]?: ScriptPolicy | null; trustedTypes?: TrustedTypesFactory };

/**
 * The text of a JSON-LD script element, as the page's Trusted Types rules
 * accept it: a TrustedScript from the `casefile` policy where the browser
 * has Trusted Types, the plain string where it has not. `undefined` when the
 * page's policy list does not allow `casefile` (said once in the console):
 * the caller then publishes no structured data rather than throwing.
 */
export function trustedScript(text: string): string | undefined {
  const holder = globalThis as Holder;
  const factory = holder.trustedTypes;
  if (!factory) return text;
  if (!(policyKey in holder)) {
    try {
      // JSON-LD is data, never run: the policy passes the text through; what it
      // allows is only that Casefile writes it into <script type="application/ld+json">.
      holder[policyKey] = factory.createPolicy(TRUSTED_TYPES_POLICY, { createScript: (script) => script });
    } catch {
      holder[policyKey] = null;
      console.warn(
        `casefile: this page's Content Security Policy does not allow the Trusted Types policy "${TRUSTED_TYPES_POLICY}", ` +
          `so no widget publishes structured data. Add ${TRUSTED_TYPES_POLICY} to its trusted-types directive.`,
      );
    }
  }
  const policy = holder[policyKey];
  // A TrustedScript is what textContent takes on such pages; the DOM types know only strings.
  return policy ? (policy.createScript(text) as string) : undefined;
}
