import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layers of src/, each a folder, from the bottom: an import may only point
 * down. data/ (the story, look-ups, dates, validation) knows no widget and no
 * DOM; i18n/ builds on data; render/ (the render context and the templates the
 * widgets share) on both; context/, structured-data/ and internal/ (the base
 * element) on those; elements/ on all of them, and never on one another; the
 * entry points, embed/ and fallback/ on top; editor/ (<case-editor>, for
 * newsrooms, never for readers) above everything, and nothing imports it.
 */
const below = (message, ...folders) => ({
  regex: `(^|/)(${folders.join('|')})/`,
  message,
});
const LAYERS = [
  ['src/data/**', ['i18n', 'render', 'context', 'structured-data', 'internal', 'elements', 'embed', 'fallback']],
  ['src/i18n/**', ['render', 'context', 'structured-data', 'internal', 'elements', 'embed', 'fallback']],
  ['src/render/**', ['context', 'structured-data', 'internal', 'elements', 'embed', 'fallback']],
  ['src/context/**', ['i18n', 'render', 'structured-data', 'internal', 'elements', 'embed', 'fallback']],
  ['src/structured-data/**', ['context', 'internal', 'elements', 'embed', 'fallback']],
  ['src/internal/**', ['elements', 'embed', 'fallback']],
  ['src/embed/**', []],
  ['src/fallback/**', []],
  ['src/*.ts', []],
].map(([files, above]) => ({
  files: [files],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          below(
            `${files === 'src/*.ts' ? 'An entry point' : `${files.split('/')[1]}/`} is a lower layer: it may not import from ${[...above, 'editor'].join(', ')}.`,
            ...above,
            'editor',
          ),
          ...(files === 'src/data/**' || files === 'src/i18n/**'
            ? [
                {
                  regex: '^(lit|@lit/)',
                  message: `${files.split('/')[1]}/ is plain data and functions: no Lit, no DOM.`,
                },
              ]
            : []),
        ],
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'custom-elements.json'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    plugins: { lit },
    rules: {
      ...lit.configs.recommended.rules,
      'lit/no-invalid-html': 'error',
      'lit/no-useless-template-literals': 'error',
      'lit/attribute-value-entities': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      // An overridable hook may ignore its argument; the underscore says so.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // French typography puts no-break spaces before : ; ! ? and inside « »; they belong in strings.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true }],
    },
  },
  {
    // Type-aware rules where they pay: a promise nobody awaits or catches
    // (a language, a story, the validator loading) fails silently.
    files: ['src/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
    },
  },
  ...LAYERS,
  {
    // Elements never import one another: what two widgets share lives in a lower layer.
    files: ['src/elements/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./[^.]',
              message: 'One element may not import another: move what they share to render/ or data/.',
            },
            below(
              'elements/ may not import the entry points, embed/, fallback/ or editor/.',
              'embed',
              'fallback',
              'editor',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: {
      // Chai's property assertions (`expect(x).to.be.true`) are expressions.
      '@typescript-eslint/no-unused-expressions': 'off',
      // A test states what it has just made certain (the element it rendered); a wrong guess fails the test.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['**/*.mjs', 'bench/**/*.js', 'bin/**/*.js'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['demo/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
