// The stack's floor as a site: bench/floor's build (scripts/bench.sh makes it), Folio's
// stylesheets, one article as title and paragraphs, and a static page with the same markup.
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { esc } from "./static-page.mjs";

const text = (runs) => (Array.isArray(runs) ? runs : [runs]).map((r) => (typeof r === "string" ? r : r?.text ?? "")).join("");

/**
 * Writes the floor site into `out` and returns true, or returns false when bench/floor has
 * not been built (`built` holds wasm-bindgen's output; `name`: `floor`, the Leptos app, or
 * `floor_dom`, the same page without Leptos).
 */
export function floorSite(out, built, dist, article, name = "floor") {
  if (!existsSync(join(built, `${name}_bg.wasm`))) return false;
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, "content"), { recursive: true });
  mkdirSync(join(out, "static"), { recursive: true });
  for (const f of [`${name}.js`, `${name}_bg.wasm`]) copyFileSync(join(built, f), join(out, f));
  const css = readdirSync(dist).filter((f) => /^(folio|page)-[0-9a-f]+\.css$/.test(f)).sort();
  for (const f of css) copyFileSync(join(dist, f), join(out, f));
  const links = css.map((f) => `<link rel="stylesheet" href="/${f}">`).join("");
  const body = article.body.filter((b) => b.type === "paragraph").map((b) => text(b.text));
  writeFileSync(join(out, "content", `${article.slug}.json`), JSON.stringify({ title: article.title, body }));
  const head = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>floor</title>${links}`;
  // Folio's loading pattern: preloads in the page, the wasm and the content started by boot.js.
  writeFileSync(
    join(out, "index.html"),
    `${head}<link rel="modulepreload" href="/${name}.js"><link rel="preload" href="/${name}_bg.wasm" as="fetch" type="application/wasm" crossorigin><script type="module" src="/boot.js"></script></head><body></body></html>`,
  );
  writeFileSync(
    join(out, "boot.js"),
    `const wasm = fetch("/${name}_bg.wasm");
const link = Object.assign(document.createElement("link"), { rel: "preload", as: "fetch", crossOrigin: "anonymous", href: \`/content\${location.pathname}.json\` });
document.head.append(link);
const { default: init } = await import("/${name}.js");
await init({ module_or_path: wasm });
`,
  );
  writeFileSync(
    join(out, "static/index.html"),
    `${head}</head><body><div class="folio"><main class="folio-main"><article class="folio-article"><header class="folio-article-header"><h1 class="folio-title" elementtiming="folio-title">${esc(article.title)}</h1></header><div class="folio-body">${body.map((p) => `<p>${esc(p)}</p>`).join("")}</div></article></main></div></body></html>`,
  );
  return true;
}
