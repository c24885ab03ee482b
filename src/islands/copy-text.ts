/**
 * Copy text to the clipboard from a tap. The async clipboard exists only in secure contexts,
 * so a kit served from a plain-http school server (http://192.168.1.10/…) copies from a
 * selected, off-screen field instead. Resolves false when neither works.
 */
export async function copyText(text: string): Promise<boolean> {
  if (window.isSecureContext && navigator.clipboard) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Refused (no permission, page not focused): try the field below.
    }
  }
  const field = document.createElement('textarea');
  field.value = text;
  field.readOnly = true;
  field.style.position = 'fixed';
  field.style.top = '0';
  field.style.opacity = '0';
  document.body.append(field);
  field.select();
  try {
    // Deprecated, but the one copy that works without a secure context, in every browser.
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    field.remove();
  }
}
