// Drives the built pysec language server through the protocol's main path with Microsoft's own client
// libraries (vscode-jsonrpc for framing and JSON-RPC, vscode-languageserver-protocol for the message types):
// initialize, initialized, didOpen, publishDiagnostics, hover, codeAction, didChange, shutdown and exit.
// Prints one line per check and ends with "N passed, N failed".
//
// Usage: node conformance.js COMMAND [ARGS...]   (the command that starts the server, e.g. dotnet pysec.dll lsp)
'use strict';

const { spawn } = require('node:child_process');
const { pathToFileURL } = require('node:url');
const path = require('node:path');
const {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  InitializeRequest,
  InitializedNotification,
  DidOpenTextDocumentNotification,
  DidChangeTextDocumentNotification,
  PublishDiagnosticsNotification,
  HoverRequest,
  CodeActionRequest,
  CodeActionKind,
  ShutdownRequest,
  ExitNotification,
  DiagnosticSeverity,
  TextDocumentSyncKind,
  ResponseError,
  ErrorCodes,
} = require('vscode-languageserver-protocol/node');

const TIMEOUT_MS = 30000;
let passed = 0;
let failed = 0;

function check(name, condition, detail) {
  if (condition) {
    passed++;
    console.log(`ok    ${name}`);
  } else {
    failed++;
    console.log(`FAIL  ${name}`);
    if (detail !== undefined) console.log(`      ${typeof detail === 'string' ? detail : JSON.stringify(detail)}`);
  }
  return condition;
}

function withTimeout(promise, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${what}: no answer within ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS); }),
  ]).finally(() => clearTimeout(timer));
}

async function main() {
  const command = process.argv.slice(2);
  if (command.length === 0) {
    console.error('usage: node conformance.js COMMAND [ARGS...]   (e.g. dotnet path/to/pysec.dll lsp)');
    process.exit(2);
  }
  const server = spawn(command[0], command.slice(1), { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  server.stderr.on('data', (chunk) => { stderr = (stderr + chunk).slice(-4000); });
  const exited = new Promise((resolve) => server.on('exit', (code) => resolve(code)));
  server.on('error', (error) => { check('server process starts', false, error.message); });

  const connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
  const published = [];
  const waiters = [];
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    published.push(params);
    for (const waiter of waiters.slice()) {
      if (waiter.match(params)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(params);
      }
    }
  });
  connection.onRequest('workspace/configuration', (params) => params.items.map(() => null));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.listen();

  const diagnosticsFor = (uri, version) => withTimeout(new Promise((resolve) => {
    const match = (p) => p.uri === uri && (p.version === undefined || p.version === version);
    const earlier = published.find(match);
    if (earlier) resolve(earlier); else waiters.push({ match, resolve });
  }), `publishDiagnostics for ${uri} version ${version}`);

  try {
    // initialize
    const init = await withTimeout(connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      clientInfo: { name: 'pysec-conformance', version: '1.0.0' },
      rootUri: null,
      workspaceFolders: null,
      capabilities: {
        general: { positionEncodings: ['utf-16'] },
        textDocument: {
          synchronization: { didSave: true },
          publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true, relatedInformation: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          codeAction: {
            codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'source', 'source.fixAll'] } },
            isPreferredSupport: true,
            dataSupport: true,
            resolveSupport: { properties: ['edit'] },
          },
        },
        workspace: { configuration: true, workspaceFolders: true },
        window: { workDoneProgress: true },
      },
    }), 'initialize');
    const caps = init.capabilities || {};
    const sync = typeof caps.textDocumentSync === 'number' ? caps.textDocumentSync : (caps.textDocumentSync || {}).change;
    check('initialize: incremental text sync', sync === TextDocumentSyncKind.Incremental, caps.textDocumentSync);
    check('initialize: hover provider', caps.hoverProvider === true || typeof caps.hoverProvider === 'object', caps.hoverProvider);
    check('initialize: code actions with quickfix', caps.codeActionProvider && (caps.codeActionProvider.codeActionKinds || []).includes(CodeActionKind.QuickFix), caps.codeActionProvider);
    check('initialize: position encoding utf-16', caps.positionEncoding === undefined || caps.positionEncoding === 'utf-16', caps.positionEncoding);
    check('initialize: serverInfo names pysec', init.serverInfo && init.serverInfo.name === 'pysec', init.serverInfo);
    await connection.sendNotification(InitializedNotification.type, {});

    // didOpen -> publishDiagnostics
    const uri = pathToFileURL(path.join(process.cwd(), 'conformance_sample.py')).href;
    const text = 'import pickle\n\n\ndef load(blob):\n    return pickle.loads(blob)\n';
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'python', version: 1, text } });
    const opened = await diagnosticsFor(uri, 1);
    const finding = opened.diagnostics.find((d) => d.code === 'PYSEC201');
    check('didOpen: PYSEC201 published', finding !== undefined, opened.diagnostics.map((d) => d.code));
    if (finding) {
      check('diagnostic: range starts at pickle.loads (4:11)', finding.range.start.line === 4 && finding.range.start.character === 11, finding.range);
      check('diagnostic: source pysec', finding.source === 'pysec', finding.source);
      check('diagnostic: severity is a DiagnosticSeverity', [DiagnosticSeverity.Error, DiagnosticSeverity.Warning, DiagnosticSeverity.Information, DiagnosticSeverity.Hint].includes(finding.severity), finding.severity);
      check('diagnostic: codeDescription links the manual chapter', finding.codeDescription && /^https:\/\/.+#pysec201$/.test(finding.codeDescription.href), finding.codeDescription);
    }

    // hover
    const hover = await withTimeout(connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 4, character: 15 } }), 'hover');
    const hoverText = hover && hover.contents ? (typeof hover.contents === 'string' ? hover.contents : hover.contents.value || '') : '';
    check('hover: markdown for the finding', hover && hover.contents && hover.contents.kind === 'markdown' && hoverText.includes('PYSEC201'), hover);
    const nothing = await withTimeout(connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 1, character: 0 } }), 'hover on a blank line');
    check('hover: null on a blank line', nothing === null, nothing);

    // code action
    if (finding) {
      const actions = await withTimeout(connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri }, range: finding.range, context: { diagnostics: [finding], triggerKind: 1 },
      }), 'codeAction');
      check('codeAction: an array of CodeAction literals', Array.isArray(actions) && actions.every((a) => typeof a.title === 'string' && (a.command === undefined || typeof a.command === 'object')), actions);
      const suppress = (actions || []).find((a) => a.title === 'Suppress PYSEC201 on this line');
      check('codeAction: suppress quickfix offered', suppress !== undefined && suppress.kind === CodeActionKind.QuickFix, (actions || []).map((a) => a.title));
      const open = (actions || []).find((a) => a.command && a.command.command === 'pysec.showManualChapter');
      check('codeAction: open manual chapter command', open !== undefined, (actions || []).map((a) => a.title));
    }

    // didChange (incremental) -> republish without the finding
    await connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 4, character: 11 }, end: { line: 4, character: 23 } }, text: 'len' }],
    });
    const changed = await diagnosticsFor(uri, 2);
    check('didChange: finding gone after the edit', !changed.diagnostics.some((d) => d.code === 'PYSEC201'), changed.diagnostics.map((d) => d.code));

    // an unknown request is MethodNotFound
    try {
      await withTimeout(connection.sendRequest('pysec/noSuchRequest', {}), 'unknown request');
      check('unknown request: MethodNotFound', false, 'it succeeded');
    } catch (error) {
      check('unknown request: MethodNotFound', error instanceof ResponseError && error.code === ErrorCodes.MethodNotFound, error.message);
    }

    // shutdown and exit
    const shutdown = await withTimeout(connection.sendRequest(ShutdownRequest.type), 'shutdown');
    check('shutdown: null result', shutdown === null || shutdown === undefined, shutdown);
    await connection.sendNotification(ExitNotification.type);
    const code = await withTimeout(exited, 'exit');
    check('exit: process ends with code 0', code === 0, `exit code ${code}`);
  } catch (error) {
    check('session completes', false, `${error.message}${stderr ? `\n      server stderr: ${stderr}` : ''}`);
    server.kill();
  }
  connection.dispose();
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

main();
