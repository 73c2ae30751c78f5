// The manual requests of the server contract (server/PySec.LanguageServer/PROTOCOL.md).
import { Chapter, Toc } from '../core/manualPage';

export const MANUAL_TOC_REQUEST = 'pysec/manualToc';
export const MANUAL_CHAPTER_REQUEST = 'pysec/manualChapter';

export interface ChapterResponse extends Chapter {
  markdown?: string;
}

export function isToc(value: unknown): value is Toc {
  if (value === null || typeof value !== 'object') return false;
  const categories = (value as { categories?: unknown }).categories;
  return (
    Array.isArray(categories) &&
    categories.every(
      (c: unknown) =>
        c !== null && typeof c === 'object' && typeof (c as { title?: unknown }).title === 'string' && Array.isArray((c as { chapters?: unknown }).chapters),
    )
  );
}

export function isChapter(value: unknown): value is ChapterResponse {
  if (value === null || typeof value !== 'object') return false;
  const chapter = value as Record<string, unknown>;
  return typeof chapter['id'] === 'string' && typeof chapter['title'] === 'string' && typeof chapter['html'] === 'string';
}
