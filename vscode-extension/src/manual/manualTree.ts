// The "Chapters" tree of the PySec view container: categories, then chapters, from `pysec/manualToc`.
import * as vscode from 'vscode';
import { SHOW_CHAPTER_COMMAND } from '../core/manualLinks';
import { Toc, TocCategory, TocChapter } from '../core/manualPage';
import { errorText, ServerController } from '../serverController';
import { Logs } from '../logs';
import { isToc, MANUAL_TOC_REQUEST } from './protocol';

type Node = { kind: 'category'; category: TocCategory } | { kind: 'chapter'; chapter: TocChapter };

export class ManualTree implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  private toc: Promise<Toc | undefined> | undefined;
  readonly onDidChangeTreeData = this.changed.event;

  constructor(
    private readonly controller: ServerController,
    private readonly logs: Logs,
  ) {}

  refresh(): void {
    this.toc = undefined;
    this.changed.fire(undefined);
  }

  /** The table of contents, fetched once per server run. */
  contents(): Promise<Toc | undefined> {
    this.toc ??= this.fetch();
    return this.toc;
  }

  private async fetch(): Promise<Toc | undefined> {
    const client = this.controller.runningClient;
    if (client === undefined) {
      this.toc = undefined;
      return undefined;
    }
    try {
      const result: unknown = await client.sendRequest(MANUAL_TOC_REQUEST, {});
      if (isToc(result)) return result;
      this.logs.log.error(`${MANUAL_TOC_REQUEST} returned something that is not a table of contents`);
    } catch (error) {
      this.logs.log.error(`${MANUAL_TOC_REQUEST} failed: ${errorText(error)}`);
    }
    this.toc = undefined;
    return undefined;
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (node === undefined) {
      const toc = await this.contents();
      return (toc?.categories ?? []).map((category) => ({ kind: 'category', category }));
    }
    if (node.kind === 'category') return node.category.chapters.map((chapter) => ({ kind: 'chapter', chapter }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'category') {
      const item = new vscode.TreeItem(node.category.title, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `category:${node.category.id}`;
      item.iconPath = new vscode.ThemeIcon('folder-library');
      item.description = `${node.category.chapters.length}`;
      return item;
    }
    const item = new vscode.TreeItem(node.chapter.title, vscode.TreeItemCollapsibleState.None);
    item.id = `chapter:${node.chapter.id}`;
    item.iconPath = new vscode.ThemeIcon('book');
    const rules = node.chapter.ruleIds ?? [];
    item.description = rules.join(', ');
    item.tooltip = rules.length > 0 ? `${node.chapter.title}\n${rules.join(', ')}` : node.chapter.title;
    item.command = { command: SHOW_CHAPTER_COMMAND, title: 'Show Chapter', arguments: [node.chapter.id] };
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
