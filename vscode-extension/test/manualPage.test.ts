import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chapterPage, contentSecurityPolicy, contentsPage, escapeHtml, messagePage } from '../src/core/manualPage';

const context = { nonce: 'n0nce-abc', cspSource: 'https://webview.example' };

function scripts(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
}

test('the policy allows no remote content and scripts and styles only with the nonce', () => {
  const csp = contentSecurityPolicy(context);
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /script-src 'nonce-n0nce-abc'(;|$)/);
  assert.match(csp, /style-src 'nonce-n0nce-abc'(;|$)/);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*|https:(?!\/\/webview)/);
});

test('a chapter page has exactly one script, carrying the nonce, and the policy in its head', () => {
  const html = chapterPage({ id: 'c', title: 'TLS <verification>', category: 'TLS & network', ruleIds: ['PYSEC801'], html: '<h1>TLS</h1><p>Body</p>' }, context);
  assert.deepEqual(scripts(html), ['<script nonce="n0nce-abc">']);
  assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;/);
  assert.match(html, /<title>TLS &lt;verification&gt;<\/title>/);
  assert.match(html, /TLS &amp; network/);
  assert.match(html, /<h1>TLS<\/h1><p>Body<\/p>/);
  assert.match(html, /var\(--vscode-editor-background\)/);
});

test('the initial anchor is passed to the page script, escaped', () => {
  const html = chapterPage({ id: 'c', title: 't', html: '' }, context, 'pysec801"x');
  assert.match(html, /data-anchor="pysec801&quot;x"/);
});

test('the contents page links every chapter with pysec-manual links', () => {
  const html = contentsPage(
    {
      categories: [
        { id: '02-injection', title: 'Injection', chapters: [{ id: '02-injection/shell', title: 'Shell <commands>', ruleIds: ['PYSEC201', 'PYSEC202'] }] },
        { id: '08-network', title: 'TLS', chapters: [{ id: 'tls', title: 'TLS' }] },
      ],
    },
    context,
  );
  assert.match(html, /<a href="pysec-manual:02-injection\/shell">Shell &lt;commands&gt;<\/a> <span class="rules">PYSEC201, PYSEC202<\/span>/);
  assert.match(html, /<a href="pysec-manual:tls">TLS<\/a>/);
  assert.equal(scripts(html).length, 1);
});

test('messages are escaped', () => {
  const html = messagePage('Oops', '<img src=x onerror=alert(1)>', context);
  assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/);
  assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
});
