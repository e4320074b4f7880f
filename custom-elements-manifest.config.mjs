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

export default {
  // The base class is read too, so every element lists the attributes, parts
  // and CSS properties it inherits.
  globs: ['src/elements/**/*.ts', 'src/internal/case-element.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [{ name: 'dist-paths', packageLinkPhase: ({ customElementsManifest }) => rewritePaths(customElementsManifest) }],
};
