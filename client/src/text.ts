/** Text for the panels: escaping for HTML and how a period reads. */
export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

export function period(since?: string | null, until?: string | null): string {
  if (!since && !until) return 'no dates given';
  return `${since ?? '…'} – ${until ?? 'present'}`;
}
