// Lints the files listed in a file (one path a line) with Ruff's WebAssembly build, select = ["S"] (the
// flake8-bandit rules), one Workspace for all files, in one Node process: the way run.sh times Ruff-wasm.
// Prints the files checked, the files Ruff could not read or parse, and the number of S diagnostics.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const [listFile, modulesDir] = process.argv.slice(2);
const require = createRequire(modulesDir + "/");
const ruff = require("@astral-sh/ruff-wasm-nodejs");

const workspace = new ruff.Workspace({ lint: { select: ["S"] } }, ruff.PositionEncoding.Utf16);
const files = readFileSync(listFile, "utf8").split("\n").filter((line) => line.length > 0);
let diagnostics = 0;
let failed = 0;
for (const file of files) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    failed++;
    continue;
  }
  try {
    diagnostics += workspace.check(text).filter((d) => d.code !== null && d.code.startsWith("S")).length;
  } catch {
    failed++;
  }
}
console.log(`ruff-wasm ${ruff.Workspace.version()}: ${files.length} files, ${failed} failed, ${diagnostics} S diagnostics`);
