/**
 * The media types the open API takes. The official interface guide (qjbguide_jkgf; protocol §5):
 * `application/json` or `application/xml`, and `application/x-www-form-urlencoded` is not
 * supported. No page documents an XML body, so an XML-typed request is read like any other: as the
 * JSON argument array the sign covers.
 */
export const ACCEPTED_CONTENT_TYPES: readonly string[] = ['application/json', 'application/xml'];

/** Whether a Content-Type header names an accepted media type (parameters such as charset allowed). */
export function isAcceptedContentType(contentType: string | null | undefined): boolean {
  if (!contentType) return false;
  const semicolon = contentType.indexOf(';');
  const mediaType = (semicolon === -1 ? contentType : contentType.slice(0, semicolon)).trim().toLowerCase();
  return ACCEPTED_CONTENT_TYPES.includes(mediaType);
}
