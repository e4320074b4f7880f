/**
 * `casefile/editor.js`: registers `<case-editor>`, and the widgets its
 * preview shows. For a newsroom's CMS admin, never for readers' pages.
 */
import '../index.js';
import { define } from '../internal/define.js';
import { CaseEditor } from './case-editor.js';

export { CaseEditor };

define('case-editor', CaseEditor);

declare global {
  interface HTMLElementTagNameMap {
    'case-editor': CaseEditor;
  }
}
