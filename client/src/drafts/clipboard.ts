/** Copy a draft: rich HTML where the browser allows it, plain text always. */
export async function copyDraft(text: string, html: string | null): Promise<void> {
  if (html && typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
    try {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/plain': new Blob([text], { type: 'text/plain' }),
          'text/html': new Blob([html], { type: 'text/html' }),
        }),
      ]);
      return;
    } catch {
      // Fall back to plain text below.
    }
  }
  await navigator.clipboard.writeText(text);
}
