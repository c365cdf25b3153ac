/** The toolbar's link action: ask for a URL, accept only http(s) and mailto. */
import type { Editor } from '@tiptap/core';
import { isSafeLinkUrl } from '../../../shared/editor/safeUrl.js';

export type LinkOutcome = 'cancelled' | 'removed' | 'set' | 'invalid';

export function promptForLink(editor: Editor, promptText: string): LinkOutcome {
  const current = editor.getAttributes('link') as { href?: unknown };
  const answer = window.prompt(
    promptText,
    typeof current.href === 'string' ? current.href : 'https://',
  );
  if (answer === null) return 'cancelled';
  const href = answer.trim();
  if (href === '' || href === 'https://') {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    return 'removed';
  }
  if (!isSafeLinkUrl(href)) return 'invalid';
  if (editor.state.selection.empty && !editor.isActive('link')) {
    editor
      .chain()
      .focus()
      .insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] })
      .run();
  } else {
    editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
  }
  return 'set';
}
