// The end-to-end test of the PySec extension in a real VS Code (code-server), driven by Chromium through
// playwright-core. Each check prints "ok" or "FAIL"; every step leaves a screenshot; the last line is
// "N passed, N failed". Started by run.sh, which installs the packages and builds the .vsix.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const { values: options } = parseArgs({
  options: {
    vsix: { type: 'string' },
    work: { type: 'string' },
    workspace: { type: 'string' },
    screenshots: { type: 'string' },
    manual: { type: 'string' },
  },
});
for (const name of ['vsix', 'work', 'workspace', 'screenshots', 'manual']) {
  if (!options[name]) {
    console.error(`e2e.mjs: --${name} is required`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

const here = path.dirname(new URL(import.meta.url).pathname);
const codeServerBin = path.join(here, 'node_modules', '.bin', 'code-server');
const chromiumBin = process.env.CHROMIUM || '/usr/bin/chromium';
const work = options.work;

// The sample's risky calls and what the checks expect of them.
const YAML_LINE = 'yaml.load(handle)';
const YAML_FIXED = 'yaml.safe_load(handle)';
const YAML_RULE = 'PYSEC207';
const SHELL_LINE = 'subprocess.run("/bin/ls " + directory, shell=True';
const SHELL_RULE = 'PYSEC301';
const KEYS_LINE = 'RSA.generate(bits=1024)';
const KEYS_FIXED = 'RSA.generate(bits=2048)';
const YAML_CHAPTER_TITLE = chapterTitle(path.join(options.manual, '02-deserialization', 'yaml-load.md'));
const YAML_SUMMARY_START = summaryStart(path.join(options.manual, '02-deserialization', 'yaml-load.md'));
// A chapter of the same category whose text links to other chapters.
const PICKLE_CHAPTER_TITLE = chapterTitle(path.join(options.manual, '02-deserialization', 'pickle.md'));

const results = [];
let trustedFolder;
let shotNumber = 0;
const started = Date.now();

function record(name, ok, detail) {
  results.push({ name, ok });
  const seconds = ((Date.now() - started) / 1000).toFixed(1).padStart(6);
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${seconds}s  ${name}${detail ? `\n      ${String(detail).split('\n').join('\n      ')}` : ''}`);
}

/** Runs one check; a thrown error or a false result fails it. Screenshots after it either way. */
async function check(page, name, shot, body) {
  let ok = false;
  let detail;
  try {
    // A check body fails by throwing, returning false, or returning a string that says what was wrong.
    const result = await body();
    ok = result !== false && typeof result !== 'string';
    if (typeof result === 'string') detail = result;
  } catch (error) {
    detail = error instanceof Error ? error.message.split('\n').slice(0, 6).join('\n') : String(error);
  }
  record(name, ok, ok ? undefined : detail);
  if (shot && page) await screenshot(page, shot);
  return ok;
}

async function screenshot(page, name) {
  shotNumber++;
  const file = path.join(options.screenshots, `${String(shotNumber).padStart(2, '0')}-${name}.png`);
  try {
    await page.screenshot({ path: file });
  } catch (error) {
    console.log(`      (screenshot ${file} failed: ${error.message})`);
  }
}

function chapterTitle(file) {
  const text = fs.readFileSync(file, 'utf8');
  return /^title:\s*(.+)$/m.exec(text)[1].trim().replace(/^"|"$/g, '');
}

/** The first words of the chapter's summary, as the hover renders them (Markdown code marks removed). */
function summaryStart(file) {
  const text = fs.readFileSync(file, 'utf8');
  const summary = /^## Summary\s*\n([^\n]+)/m.exec(text)[1].replace(/`/g, '');
  return summary.split(/\s+/).slice(0, 5).join(' ');
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(what, condition, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    try {
      const value = await condition();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    await sleep(250);
  }
  throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}${last ? ` (${last.message.split('\n')[0]})` : ''}`);
}

/** One code-server: its own user data (so trust decisions and state start fresh), a shared extensions folder. */
class CodeServer {
  constructor(name) {
    this.name = name;
    this.root = path.join(work, name);
    this.userData = path.join(this.root, 'user-data');
    this.extensions = path.join(work, 'extensions');
    this.log = path.join(this.root, 'code-server.log');
    fs.mkdirSync(path.join(this.userData, 'User'), { recursive: true });
    fs.mkdirSync(this.extensions, { recursive: true });
    fs.writeFileSync(path.join(this.root, 'config.yaml'), 'auth: none\ncert: false\n');
    fs.writeFileSync(
      path.join(this.userData, 'User', 'settings.json'),
      JSON.stringify(
        {
          'workbench.startupEditor': 'none',
          'workbench.tips.enabled': false,
          'workbench.enableExperiments': false,
          'workbench.welcomePage.walkthroughs.openOnInstall': false,
          'telemetry.telemetryLevel': 'off',
          'extensions.autoUpdate': false,
          'extensions.autoCheckUpdates': false,
          'extensions.ignoreRecommendations': true,
          'update.mode': 'none',
          'chat.disableAIFeatures': true,
          'chat.commandCenter.enabled': false,
          'git.enabled': false,
          'editor.minimap.enabled': false,
          'editor.hover.delay': 200,
          'window.restoreWindows': 'none',
          'workbench.colorTheme': 'Default Dark Modern',
          'files.autoSave': 'off',
        },
        null,
        2,
      ),
    );
    this.env = {
      ...process.env,
      XDG_CONFIG_HOME: path.join(this.root, 'xdg-config'),
      XDG_DATA_HOME: path.join(this.root, 'xdg-data'),
      XDG_CACHE_HOME: path.join(this.root, 'xdg-cache'),
    };
  }

  args() {
    return [
      '--auth',
      'none',
      '--user-data-dir',
      this.userData,
      '--extensions-dir',
      this.extensions,
      '--config',
      path.join(this.root, 'config.yaml'),
      '--disable-telemetry',
      '--disable-update-check',
    ];
  }

  installExtension(vsix) {
    return new Promise((resolve, reject) => {
      const child = spawn(codeServerBin, [...this.args(), '--install-extension', vsix, '--force'], { env: this.env, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
      child.on('error', reject);
      child.on('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`--install-extension exited ${code}: ${output.trim()}`))));
    });
  }

  async start() {
    this.port = await freePort();
    const log = fs.openSync(this.log, 'a');
    // Its own process group, so stopping it also stops the extension host and the language server.
    this.child = spawn(codeServerBin, [...this.args(), '--bind-addr', `127.0.0.1:${this.port}`, '--ignore-last-opened'], {
      env: this.env,
      stdio: ['ignore', log, log],
      detached: true,
    });
    fs.closeSync(log);
    await waitFor('code-server /healthz', async () => (await fetch(`http://127.0.0.1:${this.port}/healthz`)).ok, 60_000);
  }

  url(folder) {
    return `http://127.0.0.1:${this.port}/?folder=${encodeURIComponent(folder)}`;
  }

  async stop() {
    if (!this.child || this.child.exitCode !== null) return;
    const group = -this.child.pid;
    try {
      process.kill(group, 'SIGTERM');
    } catch {
      return;
    }
    for (let i = 0; i < 20 && this.child.exitCode === null; i++) await sleep(100);
    try {
      process.kill(group, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}

/** The extension's own log (the "PySec" output channel) as VS Code writes it to disk. */
function extensionLog(server) {
  const logs = path.join(server.userData, 'logs');
  const found = [];
  const walk = (directory) => {
    for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === 'PySec.log' && directory.endsWith('pysec.pysec')) found.push(full);
    }
  };
  if (fs.existsSync(logs)) walk(logs);
  return found.map((file) => fs.readFileSync(file, 'utf8')).join('\n');
}

async function launchBrowser(name) {
  return chromium.launchPersistentContext(path.join(work, name, 'chromium-profile'), {
    executablePath: chromiumBin,
    headless: true,
    viewport: { width: 1600, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

function copyWorkspace(name, extraFiles = {}) {
  const target = path.join(work, name, 'workspace');
  fs.cpSync(options.workspace, target, { recursive: true });
  for (const [file, text] of Object.entries(extraFiles)) {
    fs.mkdirSync(path.dirname(path.join(target, file)), { recursive: true });
    fs.writeFileSync(path.join(target, file), text);
  }
  return target;
}

async function openWorkbench(page, server, folder, trust) {
  await page.goto(server.url(folder));
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  const button = page.getByRole('button', { name: trust ? /Yes, I trust the authors/ : /No, I don't trust the authors/ });
  await button.waitFor({ timeout: 30_000 });
  await button.click();
  await button.waitFor({ state: 'hidden', timeout: 10_000 });
}

async function openFile(page, name) {
  await page.locator('.monaco-workbench .part.editor').click({ position: { x: 300, y: 300 } });
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: 15_000 });
  await input.fill(name);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
  await page.locator('.monaco-editor .view-line', { hasText: 'import' }).first().waitFor({ timeout: 30_000 });
}

async function runCommand(page, title) {
  await page.keyboard.press('Escape');
  // The title bar's command center opens the quick input wherever the focus is (F1 would go to a focused webview).
  await page.locator('.command-center .command-center-center').first().click();
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: 15_000 });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
}

/** Editor lines as text (Monaco renders spaces as U+00A0). */
async function editorText(page) {
  const lines = await page.locator('.monaco-editor .view-lines .view-line').allTextContents();
  return lines.map((l) => l.replace(/\u00a0/g, ' ')).join('\n');
}

function line(page, text) {
  return page.locator('.monaco-editor .view-lines .view-line', { hasText: text }).first();
}

/**
 * The centre of `word` on the editor line containing `lineText`. Monaco merges neighbouring tokens of one colour
 * into one span, so the word is found in the line's text and measured with a DOM range.
 */
async function wordPoint(page, lineText, word) {
  const element = await line(page, lineText).elementHandle({ timeout: 10_000 });
  const point = await element.evaluate((node, [text, target]) => {
    const full = node.textContent.replace(/\u00a0/g, ' ');
    const start = full.indexOf(text) + text.indexOf(target);
    if (start < 0 || full.indexOf(text) < 0) return null;
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    let offset = 0;
    for (let current = walker.nextNode(); current; current = walker.nextNode()) {
      const length = current.textContent.length;
      if (start < offset + length) {
        const range = document.createRange();
        range.setStart(current, start - offset);
        range.setEnd(current, Math.min(length, start - offset + target.length));
        const rect = range.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      offset += length;
    }
    return null;
  }, [lineText, word]);
  if (!point) throw new Error(`"${word}" not found on the line "${lineText}"`);
  return point;
}

/** Squiggles whose vertical position falls on the given line. */
async function squigglesOnLine(page, lineText) {
  const box = await line(page, lineText).boundingBox();
  if (!box) return 0;
  let count = 0;
  for (const squiggle of await page.locator('.monaco-editor [class*="squiggly-"]').all()) {
    const b = await squiggle.boundingBox();
    if (b && b.y + b.height / 2 >= box.y && b.y + b.height / 2 <= box.y + box.height) count++;
  }
  return count;
}

function problemRows(page, text) {
  return page.locator('.markers-panel .monaco-list-row', { hasText: text });
}

/** The text of the frame (webview content) that contains `text`, searched through every frame of the page. */
async function webviewWith(page, text) {
  for (const frame of page.frames()) {
    if (frame === page.mainFrame()) continue;
    try {
      const body = await frame.evaluate(() => (document.body ? document.body.innerText : ''));
      if (body.includes(text)) return frame;
    } catch {
      // Frames come and go while the webview loads.
    }
  }
  return undefined;
}

/**
 * Applies the code action whose row matches every filter, with the keyboard: the menu's rows are never "stable" for
 * a pointer click while the widget animates in headless Chromium.
 */
async function chooseAction(page, ...filters) {
  const rows = page.locator('.action-widget .monaco-list-row.action');
  await rows.first().waitFor({ timeout: 10_000 });
  const labels = await rows.evaluateAll((elements) => elements.map((e) => e.getAttribute('aria-label') || e.textContent || ''));
  const wanted = labels.findIndex((label) => filters.every((f) => (typeof f === 'string' ? label.includes(f) : f.test(label))));
  if (wanted < 0) throw new Error(`no code action matching ${filters.join(' and ')} among: ${labels.join(' | ')}`);
  const focused = await rows.evaluateAll((elements) => elements.findIndex((e) => e.classList.contains('focused')));
  const steps = wanted - Math.max(focused, 0);
  for (let i = 0; i < Math.abs(steps); i++) await page.keyboard.press(steps > 0 ? 'ArrowDown' : 'ArrowUp');
  await page.keyboard.press('Enter');
  return labels[wanted];
}

async function openQuickFixes(page, lineText, word) {
  // Right after an edit the first request can come back empty ("No code actions available") while the server
  // still analyses the new text; a user presses Ctrl+. again, and so does the test, and says how often.
  for (let attempt = 1; ; attempt++) {
    const point = await wordPoint(page, lineText, word);
    await page.mouse.click(point.x, point.y);
    await page.keyboard.press('Control+.');
    try {
      await page.locator('.action-widget').waitFor({ timeout: 4_000 });
      if (attempt > 1) console.log(`      (the code action menu opened on attempt ${attempt})`);
      return;
    } catch (error) {
      if (attempt === 4) throw error;
      await page.keyboard.press('Escape');
      await sleep(1_000);
    }
  }
}

async function mainScenario(vsix) {
  const server = new CodeServer('trusted');
  await check(null, 'the .vsix installs into code-server', null, async () => {
    const output = await server.installExtension(vsix);
    return /successfully installed/i.test(output) || `unexpected output: ${output}`;
  });
  await server.start();
  const browser = await launchBrowser('trusted');
  const page = browser.pages()[0] ?? (await browser.newPage());
  try {
    const folder = copyWorkspace('trusted', { '.vscode/settings.json': JSON.stringify({ 'pysec.fixAll.onSave': true }, null, 2) });
    trustedFolder = folder;
    await check(page, 'the workbench opens the sample workspace (trusted)', 'workbench', () => openWorkbench(page, server, folder, true));
    await check(page, 'app.py opens in the editor', null, () => openFile(page, 'app.py'));

    const diagnosed = await check(page, `a squiggle marks the risky yaml.load call`, null, () =>
      waitFor('a squiggle on the yaml.load line', () => squigglesOnLine(page, YAML_LINE), 60_000),
    );
    if (!diagnosed) {
      // Every later check needs a working server; waiting for each one's timeout would only slow the failure down.
      await screenshot(page, 'no-diagnostics');
      record('the checks after the first diagnostic (hover, fixes, suppression, manual, scan)', false, 'not run: the server published no diagnostics; see the PySec output channels');
      return;
    }
    await page.keyboard.press('Control+Shift+M');
    await check(page, `the Problems panel lists ${YAML_RULE} and ${SHELL_RULE}`, 'squiggle-and-problems', async () => {
      await problemRows(page, YAML_RULE).first().waitFor({ timeout: 20_000 });
      await problemRows(page, SHELL_RULE).first().waitFor({ timeout: 20_000 });
      const text = await problemRows(page, YAML_RULE).first().innerText();
      return /yaml\.load/.test(text) || `row text: ${text}`;
    });

    await check(page, `the hover shows the manual's summary ("${YAML_SUMMARY_START} ...")`, 'hover', async () => {
      const point = await wordPoint(page, YAML_LINE, 'load');
      await page.mouse.move(point.x, point.y - 3);
      await page.mouse.move(point.x, point.y);
      const hover = page.locator('.monaco-hover').filter({ hasText: YAML_SUMMARY_START }).first();
      await hover.waitFor({ timeout: 20_000 });
      return (await hover.innerText()).includes(YAML_RULE) || 'the hover does not name the rule id';
    });

    await check(page, 'the hover\'s chapter link opens the manual chapter in a webview', 'hover-link-chapter', async () => {
      const link = page.locator('.monaco-hover a[data-href*="pysec.showManualChapter"], .monaco-hover a[href*="pysec.showManualChapter"]').first();
      await link.waitFor({ timeout: 10_000 });
      if (await webviewWith(page, YAML_CHAPTER_TITLE)) return 'the chapter was already open before the click';
      await link.click();
      await waitFor(`a webview showing "${YAML_CHAPTER_TITLE}"`, () => webviewWith(page, YAML_CHAPTER_TITLE), 30_000);
    });
    await page.keyboard.press('Escape');
    await runCommand(page, 'View: Close All Editor Groups').catch(() => undefined);
    await openFile(page, 'app.py').catch(() => undefined);

    await check(page, `the rule link ${YAML_RULE} in the Problems panel opens its chapter in the manual view`, 'problems-link-chapter', async () => {
      await page.keyboard.press('Control+Shift+M');
      const link = problemRows(page, YAML_RULE).first().locator('a, .code-link, .monaco-link', { hasText: YAML_RULE }).first();
      await link.waitFor({ timeout: 10_000 });
      if (await webviewWith(page, YAML_CHAPTER_TITLE)) return 'the chapter was already open before the click';
      await link.click();
      await waitFor(`a webview showing "${YAML_CHAPTER_TITLE}"`, () => webviewWith(page, YAML_CHAPTER_TITLE), 30_000);
    });
    await runCommand(page, 'View: Close All Editor Groups').catch(() => undefined);
    await openFile(page, 'app.py').catch(() => undefined);

    await check(page, 'the language status item shows the server state and the finding count', 'language-status', async () => {
      await page.locator('.statusbar-item[id="status.languageStatus"]').first().click();
      const item = page.locator('.hover-language-status', { hasText: 'PySec' }).first();
      await item.waitFor({ timeout: 10_000 });
      const text = (await item.innerText()).replace(/\s+/g, ' ');
      // keys.py counts too once the server reports on files that are not open (workspace diagnostics).
      const counted = /PySec: (\d+) findings in (\d+) files?/.exec(text);
      return (counted !== null && Number(counted[1]) >= 2) || `status text: ${text}`;
    });
    await page.keyboard.press('Escape');

    await check(page, 'PySec: Restart Server starts a new server and the findings come back', 'restart-server', async () => {
      const starts = () => (extensionLog(server).match(/\] Starting /g) ?? []).length;
      const before = starts();
      if (before < 1) return `the extension log has no server start: ${extensionLog(server).slice(-400)}`;
      await runCommand(page, 'PySec: Restart Server');
      await waitFor('a second server start in the extension log', () => starts() > before, 20_000);
      await waitFor('a running server in the extension log', () => (extensionLog(server).match(/Server running/g) ?? []).length > before, 30_000);
      await page.keyboard.press('Control+Shift+M');
      await problemRows(page, YAML_RULE).first().waitFor({ timeout: 30_000 });
      await waitFor('the squiggle again', () => squigglesOnLine(page, YAML_LINE), 30_000);
    });

    await check(page, 'the quick fix menu offers "Use yaml.safe_load"', 'quick-fix-menu', async () => {
      await openQuickFixes(page, YAML_LINE, 'load');
      await page.locator('.action-widget .monaco-list-row', { hasText: 'safe_load' }).first().waitFor({ timeout: 10_000 });
    });
    await check(page, `applying it rewrites the call to ${YAML_FIXED} and clears ${YAML_RULE}`, 'quick-fix-applied', async () => {
      await chooseAction(page, 'safe_load');
      await waitFor(YAML_FIXED, async () => (await editorText(page)).includes(YAML_FIXED), 10_000);
      await waitFor(`${YAML_RULE} to leave the Problems panel`, async () => (await problemRows(page, YAML_RULE).count()) === 0, 20_000);
      await waitFor('no squiggle on the fixed line', async () => (await squigglesOnLine(page, YAML_FIXED)) === 0, 10_000);
      const text = await editorText(page);
      return !text.includes(YAML_LINE) || 'the old call is still there';
    });

    await check(page, `the suppression quick fix for ${SHELL_RULE} is offered`, 'suppression-menu', async () => {
      await openQuickFixes(page, SHELL_LINE, 'run');
      await page
        .locator('.action-widget .monaco-list-row')
        .filter({ hasText: SHELL_RULE })
        .filter({ hasText: /ignore|suppress|silence/i })
        .first()
        .waitFor({ timeout: 10_000 });
    });
    await check(page, `it adds "# pysec: ignore[${SHELL_RULE}]" and the finding disappears`, 'suppression-applied', async () => {
      await chooseAction(page, SHELL_RULE, /ignore|suppress|silence/i);
      const comment = `# pysec: ignore[${SHELL_RULE}]`;
      await waitFor(comment, async () => (await line(page, SHELL_LINE).innerText()).replace(/\u00a0/g, ' ').includes(comment), 10_000);
      await waitFor(`${SHELL_RULE} to leave the Problems panel`, async () => (await problemRows(page, SHELL_RULE).count()) === 0, 20_000);
      await waitFor('no squiggle on the suppressed line', async () => (await squigglesOnLine(page, SHELL_LINE)) === 0, 10_000);
    });

    await check(page, 'with pysec.fixAll.onSave, saving keys.py applies the safe fix (RSA key raised to 2048 bits)', 'fix-all-on-save', async () => {
      await openFile(page, 'keys.py');
      await waitFor('a squiggle on the RSA.generate line', () => squigglesOnLine(page, KEYS_LINE), 30_000);
      // An edit first, so the save is a real one (a blank line at the end of the file).
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Control+S');
      await waitFor(KEYS_FIXED, async () => (await editorText(page)).includes(KEYS_FIXED), 15_000).catch((error) => {
        throw new Error(`${error.message}; extension log: ${extensionLog(server).split('\n').filter((l) => /Fix all/.test(l)).join(' | ')}`);
      });
      await waitFor('keys.py saved with the fix', () => fs.readFileSync(path.join(trustedFolder, 'keys.py'), 'utf8').includes(KEYS_FIXED), 10_000);
      await waitFor('no squiggle on the fixed line', async () => (await squigglesOnLine(page, KEYS_FIXED)) === 0, 15_000);
    });

    await check(page, 'the PySec view lists the manual by category', 'manual-tree', async () => {
      await page.keyboard.press('Escape');
      await page.locator('.activitybar .action-label[aria-label*="PySec"]').first().click({ force: true });
      const rows = page.locator('.pane-body .monaco-list-row');
      await waitFor('category rows in the PySec view', async () => (await rows.count()) >= 5, 30_000);
      await rows.filter({ hasText: /deseriali[sz]/i }).first().click();
      await rows.filter({ hasText: YAML_CHAPTER_TITLE }).first().waitFor({ timeout: 10_000 });
    });
    await check(page, `selecting "${YAML_CHAPTER_TITLE}" opens the chapter`, 'manual-chapter', async () => {
      await page.locator('.pane-body .monaco-list-row', { hasText: YAML_CHAPTER_TITLE }).first().click();
      const frame = await waitFor(`the chapter "${YAML_CHAPTER_TITLE}" in a webview`, () => webviewWith(page, YAML_CHAPTER_TITLE), 30_000);
      const text = await frame.evaluate(() => document.body.innerText);
      return text.includes('Vulnerable example') || text.includes('vulnerable') || 'the chapter body is missing';
    });
    await check(page, `a link in "${PICKLE_CHAPTER_TITLE}" to another chapter opens that chapter in the same view`, 'manual-link-followed', async () => {
      await page.locator('.pane-body .monaco-list-row', { hasText: PICKLE_CHAPTER_TITLE }).first().click();
      const frame = await waitFor(`the chapter "${PICKLE_CHAPTER_TITLE}"`, () => webviewWith(page, PICKLE_CHAPTER_TITLE), 30_000);
      const chapterId = () => document.querySelector('article.chapter')?.getAttribute('data-chapter-id') ?? '';
      const before = await frame.evaluate(chapterId);
      const link = frame.locator('article.chapter a[href^="pysec-manual:"]').first();
      const href = await link.getAttribute('href');
      await link.scrollIntoViewIfNeeded();
      await screenshot(page, 'manual-link-before');
      await link.click();
      const after = await waitFor(`the chapter behind ${href}`, async () => {
        for (const f of page.frames()) {
          const id = await f.evaluate(chapterId).catch(() => '');
          if (id && id !== before) return id;
        }
        return undefined;
      }, 20_000);
      console.log(`      followed ${href}: ${before} -> ${after}`);
    });

    await check(page, 'PySec: Scan Workspace reports its result', 'scan-workspace', async () => {
      await runCommand(page, 'PySec: Scan Workspace');
      const toast = page.locator('.notifications-toasts .notification-toast', { hasText: /PySec scanned \d+ file|scan failed/ }).first();
      await toast.waitFor({ timeout: 60_000 });
      const text = (await toast.innerText()).replace(/\s+/g, ' ');
      if (!/PySec scanned \d+ file/.test(text)) return text;
      await waitFor('the progress notification to close', async () => (await page.locator('.notifications-toasts .notification-toast', { hasText: 'scanning the workspace' }).count()) === 0, 10_000);
    });
  } finally {
    await browser.close().catch(() => undefined);
    await server.stop();
  }
}

/** Restricted Mode: the bundled server still analyses, and a pysec.path set by the workspace is never run. */
async function restrictedScenario() {
  const server = new CodeServer('restricted');
  const marker = path.join(work, 'restricted', 'workspace-program-ran');
  const program = path.join(work, 'restricted', 'workspace-program.sh');
  fs.mkdirSync(path.dirname(program), { recursive: true });
  fs.writeFileSync(program, `#!/bin/sh\ntouch '${marker}'\nexit 1\n`, { mode: 0o755 });
  const folder = copyWorkspace('restricted', { '.vscode/settings.json': JSON.stringify({ 'pysec.path': program }, null, 2) });
  await server.start();
  const browser = await launchBrowser('restricted');
  const page = browser.pages()[0] ?? (await browser.newPage());
  try {
    await check(page, 'the workbench opens the sample workspace in Restricted Mode', null, () => openWorkbench(page, server, folder, false));
    await check(page, 'app.py opens in Restricted Mode', null, () => openFile(page, 'app.py'));
    await check(page, 'in Restricted Mode the bundled server still marks the risky call', 'restricted-mode', () =>
      waitFor('a squiggle on the yaml.load line', () => squigglesOnLine(page, YAML_LINE), 60_000),
    );
    await check(page, "in Restricted Mode the workspace's pysec.path is not run", null, () => !fs.existsSync(marker) || `${program} was run`);
  } finally {
    await browser.close().catch(() => undefined);
    await server.stop();
  }
}

let crashed;
try {
  await mainScenario(options.vsix);
  await restrictedScenario();
} catch (error) {
  crashed = error;
  record('the test ran to the end', false, error.stack ?? String(error));
}
const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed + (results.length === 0 ? 1 : 0);
console.log(`screenshots: ${options.screenshots} (${shotNumber}); ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && !crashed ? 0 : 1);
