// The HTML documents of the manual webview. The chapter body is the server's HTML fragment; the page around it
// carries a strict content security policy: no remote content at all, styles and the one script only with this
// page's nonce, so neither a chapter nor anything injected into one can run code or load from the network.

export interface Chapter {
  id: string;
  title: string;
  category?: string;
  ruleIds?: string[];
  html: string;
}

export interface TocChapter {
  id: string;
  title: string;
  ruleIds?: string[];
}

export interface TocCategory {
  id: string;
  title: string;
  chapters: TocChapter[];
}

export interface Toc {
  categories: TocCategory[];
}

export interface PageContext {
  /** A fresh random value per page. */
  nonce: string;
  /** The webview's `cspSource`, for the extension's own resources. */
  cspSource: string;
}

export function contentSecurityPolicy(context: PageContext): string {
  return [
    "default-src 'none'",
    `img-src ${context.cspSource} data:`,
    `style-src 'nonce-${context.nonce}'`,
    `font-src ${context.cspSource}`,
    `script-src 'nonce-${context.nonce}'`,
    "form-action 'none'",
    "frame-src 'none'",
    "base-uri 'none'",
  ].join('; ');
}

export function chapterPage(chapter: Chapter, context: PageContext, anchor?: string): string {
  // The chapter's HTML names its rules itself; the header only says where the chapter sits.
  const header = `<header class="chapter-header"><p class="category">${escapeHtml(chapter.category ?? '')}</p></header>`;
  return page(chapter.title, `${header}\n<article class="chapter" data-chapter-id="${escapeHtml(chapter.id)}">\n${chapter.html}\n</article>`, context, anchor);
}

export function contentsPage(toc: Toc, context: PageContext): string {
  const sections = toc.categories
    .map((category) => {
      const items = category.chapters
        .map((chapter) => {
          const rules = (chapter.ruleIds ?? []).map(escapeHtml).join(', ');
          return `<li><a href="pysec-manual:${encodeURIComponent(chapter.id).replace(/%2F/g, '/')}">${escapeHtml(chapter.title)}</a>${rules ? ` <span class="rules">${rules}</span>` : ''}</li>`;
        })
        .join('\n');
      return `<section><h2>${escapeHtml(category.title)}</h2>\n<ul>\n${items}\n</ul></section>`;
    })
    .join('\n');
  return page('Python secure coding manual', `<h1>Python secure coding manual</h1>\n${sections}`, context);
}

export function messagePage(title: string, message: string, context: PageContext): string {
  return page(title, `<h1>${escapeHtml(title)}</h1>\n<p class="message">${escapeHtml(message)}</p>`, context);
}

function page(title: string, body: string, context: PageContext, anchor?: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(context))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style nonce="${context.nonce}">${STYLE}</style>
</head>
<body data-anchor="${escapeHtml(anchor ?? '')}">
${body}
<script nonce="${context.nonce}">${SCRIPT}</script>
</body>
</html>`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

// Every colour comes from the editor's theme through the --vscode-* variables the webview host defines.
const STYLE = `
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground);
  background: var(--vscode-editor-background); line-height: 1.55; max-width: 52em; padding: 0 1.5em 3em; }
h1, h2, h3, h4 { color: var(--vscode-foreground); font-weight: 600; line-height: 1.25; }
h1 { border-bottom: 1px solid var(--vscode-panel-border, var(--vscode-widget-border, transparent)); padding-bottom: .3em; }
a { color: var(--vscode-textLink-foreground); text-decoration: none; }
a:hover { color: var(--vscode-textLink-activeForeground); text-decoration: underline; }
a:focus { outline: 1px solid var(--vscode-focusBorder); }
code { font-family: var(--vscode-editor-font-family); font-size: .92em; color: var(--vscode-textPreformat-foreground);
  background: var(--vscode-textCodeBlock-background); padding: .1em .3em; border-radius: 3px; }
pre { background: var(--vscode-textCodeBlock-background); padding: .8em 1em; overflow-x: auto; border-radius: 4px; }
pre code { background: none; padding: 0; color: var(--vscode-editor-foreground); }
blockquote { margin: 0; padding: .2em 1em; border-left: 4px solid var(--vscode-textBlockQuote-border);
  background: var(--vscode-textBlockQuote-background); }
table { border-collapse: collapse; }
th, td { border: 1px solid var(--vscode-panel-border, var(--vscode-widget-border, transparent)); padding: .3em .6em; text-align: left; }
.chapter-header { margin-top: 1em; color: var(--vscode-descriptionForeground); }
.chapter-header p { margin: .2em 0; }
.rules { color: var(--vscode-descriptionForeground); }
.message { color: var(--vscode-errorForeground); }
`;

// Runs in the webview: every link click goes to the extension, which decides (pysec-manual: opens a chapter,
// https: opens the browser, anything else is refused). In-page anchors scroll here.
const SCRIPT = `
(function () {
  const vscode = acquireVsCodeApi();
  function scrollTo(anchor) {
    if (!anchor) { window.scrollTo(0, 0); return; }
    const target = document.getElementById(anchor) || document.querySelector('[name="' + CSS.escape(anchor) + '"]');
    if (target) target.scrollIntoView();
  }
  document.addEventListener('click', function (event) {
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!link) return;
    event.preventDefault();
    const href = link.getAttribute('href') || '';
    if (href.startsWith('#')) { scrollTo(decodeURIComponent(href.slice(1))); return; }
    vscode.postMessage({ type: 'open', href: href });
  });
  window.addEventListener('message', function (event) {
    const message = event.data;
    if (message && message.type === 'scroll') scrollTo(message.anchor);
  });
  scrollTo(document.body.dataset.anchor);
})();
`;
