/**
 * For a reactive property: `null` or `undefined` mean its default, the value
 * its field is initialised with. Lit sets a string property to `null` when
 * its attribute is removed, and a page may set any property to `null`; with
 * this, the widget then renders exactly as if it had never been given one.
 *
 * Put it under `@property`, which wraps the accessor it defines:
 *
 * ```ts
 * @property({ attribute: 'as-of' })
 * @keepsDefault
 * asOf = '';
 * ```
 */
export function keepsDefault(proto: object, name: string): void {
  const values = new WeakMap<object, unknown>();
  const defaults = new WeakMap<object, unknown>();
  Object.defineProperty(proto, name, {
    configurable: true,
    enumerable: true,
    get(this: object): unknown {
      return values.has(this) ? values.get(this) : defaults.get(this);
    },
    set(this: object, value: unknown) {
      // The field initialiser runs in the constructor, before any attribute
      // or page script can set a value: the first value set is the default.
      if (!defaults.has(this)) defaults.set(this, value);
      values.set(this, value ?? defaults.get(this));
    },
  });
}
