// Builds the web pages into ../dist: app.js (bundled, minified), index.html, style.css.
import { build } from "esbuild";
import { copyFile, mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import path from "node:path";

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.resolve(here, "../dist");

await mkdir(out, { recursive: true });
await build({
  entryPoints: [path.join(here, "src/main.js")],
  outfile: path.join(out, "app.js"),
  bundle: true,
  minify: true,
  format: "iife",
  target: "es2020",
  loader: { ".json": "json" },
  legalComments: "eof",
  logLevel: "info",
});
for (const f of ["index.html", "style.css"]) {
  await copyFile(path.join(here, f), path.join(out, f));
}
console.log("wrote", out);
