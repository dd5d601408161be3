/** Whether fetch can send to this URL at all: parseable, http or https. */
export function isHttpUrl(url: unknown): boolean {
  try {
    return /^https?:$/.test(new URL(url as string).protocol);
  } catch {
    return false;
  }
}
