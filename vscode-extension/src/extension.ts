// Entry point: wires the server, the commands, the manual browser and the status item together.
import * as vscode from 'vscode';
import { chapterIdFromArgument, SHOW_CHAPTER_COMMAND } from './core/manualLinks';
import { registerFixAllOnSave } from './fixAllOnSave';
import { createLogs } from './logs';
import { ManualPanel } from './manual/manualPanel';
import { ManualTree } from './manual/manualTree';
import { scanWorkspace } from './scanWorkspace';
import { ServerController } from './serverController';
import { StatusItem } from './statusItem';

let controller: ServerController | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const logs = createLogs();
  context.subscriptions.push(logs);
  logs.log.info(`PySec ${String(context.extension.packageJSON.version)} activating${vscode.workspace.isTrusted ? '' : ' in Restricted Mode'}`);

  controller = new ServerController(context, logs);
  const tree = new ManualTree(controller, logs);
  const panel = new ManualPanel(controller, tree, logs);
  context.subscriptions.push(
    controller,
    tree,
    panel,
    new StatusItem(controller),
    vscode.window.registerTreeDataProvider('pysec.manual', tree),
    controller.onDidChangeState((state) => {
      if (state === 'running' || state === 'stopped') tree.refresh();
    }),
    registerFixAllOnSave(controller, logs),
    vscode.commands.registerCommand('pysec.restartServer', () => controller?.restart()),
    vscode.commands.registerCommand('pysec.showOutput', () => logs.log.show()),
    vscode.commands.registerCommand('pysec.scanWorkspace', () => (controller ? scanWorkspace(controller, logs) : undefined)),
    vscode.commands.registerCommand('pysec.refreshManual', () => tree.refresh()),
    vscode.commands.registerCommand('pysec.openManual', async () => {
      await vscode.commands.executeCommand('pysec.manual.focus');
      await panel.showContents();
    }),
    vscode.commands.registerCommand(SHOW_CHAPTER_COMMAND, async (argument?: unknown) => {
      const id = chapterIdFromArgument(argument) ?? (await pickChapter(tree));
      if (id !== undefined) await panel.showChapter(id);
    }),
  );
  void controller.start();
}

export async function deactivate(): Promise<void> {
  await controller?.dispose();
  controller = undefined;
}

/** Asks for a chapter when the command is run from the palette without an argument. */
async function pickChapter(tree: ManualTree): Promise<string | undefined> {
  const toc = await tree.contents();
  if (toc === undefined) {
    const typed = await vscode.window.showInputBox({ prompt: 'Rule id or alias (PYSEC201, B602, S301)', placeHolder: 'PYSEC201' });
    return chapterIdFromArgument(typed);
  }
  const items = toc.categories.flatMap((category) =>
    category.chapters.map((chapter) => ({
      label: chapter.title,
      description: (chapter.ruleIds ?? []).join(', '),
      detail: category.title,
      id: chapter.id,
    })),
  );
  const picked = await vscode.window.showQuickPick(items, { placeHolder: 'Rule id or chapter title', matchOnDescription: true, matchOnDetail: true });
  return picked?.id;
}
