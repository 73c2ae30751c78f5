// The manual webview: one panel, reused, showing a chapter rendered by the server or the contents.
import * as crypto from 'node:crypto';
import * as vscode from 'vscode';
import { parseManualHref } from '../core/manualLinks';
import { Chapter, chapterPage, contentsPage, messagePage, PageContext } from '../core/manualPage';
import { Logs } from '../logs';
import { errorText, ServerController } from '../serverController';
import { ManualTree } from './manualTree';
import { isChapter, MANUAL_CHAPTER_REQUEST } from './protocol';

export class ManualPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private shownChapter: string | undefined;

  constructor(
    private readonly controller: ServerController,
    private readonly tree: ManualTree,
    private readonly logs: Logs,
  ) {}

  async showChapter(id: string, anchor?: string): Promise<void> {
    const panel = this.reveal();
    if (this.shownChapter === id && anchor !== undefined) {
      void panel.webview.postMessage({ type: 'scroll', anchor });
      return;
    }
    let chapter: Chapter;
    try {
      const client = await this.controller.readyClient();
      const result: unknown = await client.sendRequest(MANUAL_CHAPTER_REQUEST, { id });
      if (!isChapter(result)) throw new Error(`${MANUAL_CHAPTER_REQUEST} returned something that is not a chapter`);
      chapter = result;
    } catch (error) {
      this.logs.log.warn(`Could not open the manual chapter "${id}": ${errorText(error)}`);
      this.shownChapter = undefined;
      panel.title = 'PySec Manual';
      panel.webview.html = messagePage('Chapter not available', `"${id}": ${errorText(error)}`, this.context(panel));
      return;
    }
    this.shownChapter = chapter.id;
    panel.title = `PySec: ${chapter.title}`;
    panel.webview.html = chapterPage(chapter, this.context(panel), anchor);
  }

  async showContents(): Promise<void> {
    const panel = this.reveal();
    this.shownChapter = undefined;
    panel.title = 'PySec Manual';
    const toc = await this.tree.contents();
    panel.webview.html =
      toc === undefined
        ? messagePage('Manual not available', 'The PySec server is not running, so the manual cannot be shown. See "PySec: Show Output".', this.context(panel))
        : contentsPage(toc, this.context(panel));
  }

  private reveal(): vscode.WebviewPanel {
    if (this.panel !== undefined) {
      this.panel.reveal(undefined, false);
      return this.panel;
    }
    const panel = vscode.window.createWebviewPanel('pysec.manualChapter', 'PySec Manual', vscode.ViewColumn.Beside, {
      enableScripts: true,
      enableCommandUris: false,
      enableFindWidget: true,
      localResourceRoots: [],
    });
    panel.onDidDispose(() => {
      if (this.panel === panel) {
        this.panel = undefined;
        this.shownChapter = undefined;
      }
    });
    panel.webview.onDidReceiveMessage((message: unknown) => this.onMessage(message));
    this.panel = panel;
    return panel;
  }

  private onMessage(message: unknown): void {
    if (message === null || typeof message !== 'object') return;
    const { type, href } = message as { type?: unknown; href?: unknown };
    if (type !== 'open' || typeof href !== 'string') return;
    const link = parseManualHref(href);
    switch (link.kind) {
      case 'chapter':
        void this.showChapter(link.id, link.anchor);
        break;
      case 'external':
        void vscode.env.openExternal(vscode.Uri.parse(link.url, true));
        break;
      case 'anchor':
        void this.panel?.webview.postMessage({ type: 'scroll', anchor: link.anchor });
        break;
      case 'refused':
        this.logs.log.warn(`Manual link not followed: ${link.reason}`);
        break;
    }
  }

  private context(panel: vscode.WebviewPanel): PageContext {
    return { nonce: crypto.randomBytes(18).toString('base64url'), cspSource: panel.webview.cspSource };
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
