import type { PropertyDeclaration } from 'lit';

// Per element, the value each string property was initialised with.
const initialValues = new WeakMap<object, Map<PropertyKey, unknown>>();

/**
 * Wraps a reactive property's accessor so that a string (or number) property
 * always holds one: removing its attribute, or setting it to `null` or `undefined`,
 * gives back the value its field was initialised with, and the widget renders
 * exactly as if it had never been given one. (Lit's string properties take
 * `null` when their attribute goes, which any `.trim()` downstream trips on.)
 *
 * For `static getPropertyDescriptor`, Lit's documented hook for customising
 * what a property does when it is set.
 */
export function keepingInitialValue(
  descriptor: PropertyDescriptor | undefined,
  name: PropertyKey,
  options: PropertyDeclaration,
): PropertyDescriptor | undefined {
  // A boolean's absence is already its value, false.
  if (!descriptor?.set || options.type === Boolean || options.state) return descriptor;
  const set = descriptor.set;
  return {
    ...descriptor,
    set(this: object, value: unknown) {
      let initial = initialValues.get(this);
      if (!initial) initialValues.set(this, (initial = new Map()));
      // The field initialiser runs in the constructor, before any attribute
      // or page script can set a value: the first value set is the default.
      if (!initial.has(name)) initial.set(name, value);
      set.call(this, value ?? initial.get(name));
    },
  };
}
