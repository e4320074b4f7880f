// Points every module path at the shipped file (dist/…/x.js), not the source,
// so editors and tools that read the manifest find what npm installs.
function toDistPath(value) {
  return value.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
}

function rewritePaths(node) {
  if (Array.isArray(node)) return node.forEach(rewritePaths);
  if (node === null || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = toDistPath(value);
    else rewritePaths(value);
  }
}

/**
 * An element's events are the ones its class documents with `@fires` (or
 * `@event`). The analyzer also guesses events from `this.dispatchEvent(new
 * X(…))` calls, taking the constructor's first argument as the event's name:
 * `new CasefileErrorEvent(src, errors)` became a bogus `src` event.
 */
function documentedEventsOnly() {
  const documented = new Map();
  return {
    name: 'documented-events-only',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const names = ts
        .getJSDocTags(node)
        .filter((tag) => tag.tagName.text === 'fires' || tag.tagName.text === 'event')
        .map((tag) => ts.getTextOfJSDocComment(tag.comment) ?? '')
        // `{Type} name - description` or `name - description`
        .map((text) => text.replace(/^\{[^}]*\}\s*/, '').split(/\s/)[0])
        .filter(Boolean);
      documented.set(`${moduleDoc.path}#${node.name.text}`, new Set(names));
    },
    moduleLinkPhase({ moduleDoc }) {
      for (const declaration of moduleDoc.declarations ?? []) {
        if (!Array.isArray(declaration.events)) continue;
        const names = documented.get(`${moduleDoc.path}#${declaration.name}`) ?? new Set();
        declaration.events = declaration.events.filter((event) => names.has(event.name));
        if (declaration.events.length === 0) delete declaration.events;
      }
    },
  };
}

export default {
  // The base class is read too, so every element lists the attributes, parts
  // and CSS properties it inherits.
  globs: ['src/elements/**/*.ts', 'src/internal/case-element.ts', 'src/internal/headed-element.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    documentedEventsOnly(),
    { name: 'dist-paths', packageLinkPhase: ({ customElementsManifest }) => rewritePaths(customElementsManifest) },
  ],
};
