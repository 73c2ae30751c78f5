// Links inside the manual webview and the links that lead into it. The server's chapter HTML links other chapters
// as `pysec-manual:<chapter id>#<anchor>`; everything else that is not an absolute http(s) URL or an in-page anchor
// is refused, so a chapter can never make the webview navigate somewhere unexpected.

export const SHOW_CHAPTER_COMMAND = 'pysec.showManualChapter';
export const MANUAL_SCHEME = 'pysec-manual:';

export type ManualLink =
  | { kind: 'chapter'; id: string; anchor?: string }
  | { kind: 'anchor'; anchor: string }
  | { kind: 'external'; url: string }
  | { kind: 'refused'; reason: string };

// Chapter ids are folder/file style names ("08-network/tls-verification"), rule ids ("PYSEC801") or aliases
// ("B602", "S301"); nothing else may reach the server as an id.
const CHAPTER_ID = /^[A-Za-z0-9][A-Za-z0-9._\-/]*$/;
const ANCHOR = /^[A-Za-z0-9][A-Za-z0-9._:\-]*$/;
const RULE_ID = /^(pysec\d{3}|ps\d{4}|[bs]\d{3})$/i;

export function isValidChapterId(id: string): boolean {
  return CHAPTER_ID.test(id) && !id.split('/').includes('..') && id.length <= 200;
}

export function parseManualHref(href: string): ManualLink {
  const text = href.trim();
  if (text.startsWith('#')) {
    const anchor = safeDecode(text.slice(1));
    return anchor !== undefined && ANCHOR.test(anchor) ? { kind: 'anchor', anchor } : { kind: 'refused', reason: `bad anchor "${text}"` };
  }
  if (text.toLowerCase().startsWith(MANUAL_SCHEME)) {
    const rest = text.slice(MANUAL_SCHEME.length).replace(/^\/\//, '');
    const hash = rest.indexOf('#');
    const id = safeDecode(hash < 0 ? rest : rest.slice(0, hash));
    const anchor = hash < 0 ? undefined : safeDecode(rest.slice(hash + 1));
    if (id === undefined || !isValidChapterId(id)) return { kind: 'refused', reason: `bad chapter id in "${text}"` };
    if (anchor === undefined || anchor === '') return { kind: 'chapter', id: normaliseChapterId(id) };
    if (!ANCHOR.test(anchor)) return { kind: 'refused', reason: `bad anchor in "${text}"` };
    return { kind: 'chapter', id: normaliseChapterId(id), anchor };
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { kind: 'refused', reason: `"${text}" is not a manual link or an absolute URL` };
  }
  if (url.protocol === 'https:' || url.protocol === 'http:') return { kind: 'external', url: url.toString() };
  return { kind: 'refused', reason: `links with the scheme ${url.protocol} are not opened from the manual` };
}

/** Rule ids and aliases are case-insensitive (`pysec101` is PYSEC101); chapter ids are kept as they are. */
export function normaliseChapterId(id: string): string {
  const trimmed = id.trim();
  return RULE_ID.test(trimmed) ? trimmed.toUpperCase() : trimmed;
}

/**
 * The argument of `pysec.showManualChapter` as the different callers pass it: a string from hovers, code actions and
 * tree items, a one-element array when a command URI is opened without spreading, or a `{ id }`/`{ ruleId }` object.
 * Returns undefined when no usable id was given (the command then asks for one).
 */
export function chapterIdFromArgument(argument: unknown): string | undefined {
  let value = argument;
  if (Array.isArray(value)) value = value[0];
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    value = record['id'] ?? record['ruleId'] ?? record['chapterId'];
  }
  if (typeof value !== 'string') return undefined;
  const id = normaliseChapterId(value);
  return isValidChapterId(id) ? id : undefined;
}

/** The `command:` URI that opens a chapter in the manual webview. */
export function showChapterCommandUri(id: string): string {
  return `command:${SHOW_CHAPTER_COMMAND}?${encodeURIComponent(JSON.stringify([id]))}`;
}

/** Rule ids whose diagnostics link into the manual (syntax errors `PS0001` and the like have no chapter). */
export function isManualRuleId(code: unknown): code is string {
  return typeof code === 'string' && /^PYSEC\d{3}$/.test(code);
}

function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
