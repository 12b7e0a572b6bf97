// A static server for the end-to-end tests, on localhost, with the contract's strict
// Content-Security-Policy on every page (on the first port reporting violations to
// POST /__csp-report; GET /__csp-reports gives them, for tests without a console):
//   /              dist/ (the standalone app; index.html for any path that is not a file)
//   /folio/…       dist/ again, as a host links it (boot.js, hashed files, content)
//   /embed/…       examples/embed/ (host pages; their server-side includes,
//                  <!--#include virtual="/folio/…" -->, read target/published-embed/, as
//                  nginx's `ssi on` would); /news/… is the site-mode host page
//   /t/…           tests/e2e/host.html (site mode under /t with a short timeout)
//   /remote/       tests/e2e/remote.html (content from the other origin, named in its CSP)
// on the next port, dist/content/ with CORS headers: a content server of another origin;
// on the port after, a published site (folio-cli publish into a copy of dist/), served
// as a static host does: files and folders' index.html first, the app otherwise; and on
// the next, the same for the en-US fixture site (tests/fixtures/en-us), and on the one
// after, for the WordPress fixture export imported by folio-cli (tests/fixtures/wordpress),
// on the one after, the app over a small generated archive whose index is split, on the
// one after, the hostile fixture that validates (tests/fixtures/hostile-valid), published,
// and on the one after, the WordPress fixtures of a post per core block and of the classic
// editor's every tag (core-blocks.xml, classic.xml), imported and published.
import { createServer } from "node:http";
import { STRICT_CSP } from "./csp.mjs";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";

const dist = resolve(process.argv[2] ?? "dist");
const port = Number(process.argv[3] ?? 4173);
const published = resolve(process.argv[4] ?? "target/published");
const publishedUs = resolve(process.argv[5] ?? "target/published-us");
const publishedWp = resolve(process.argv[6] ?? "target/published-wp");
// Articles published for host pages (fragments rendered with the endpoint /folio/content/).
const publishedEmbed = resolve(process.argv[7] ?? "target/published-embed");
// The app over a generated archive with a split index (bench/archive-tree.mjs, small).
const archive = resolve(process.argv[8] ?? "target/archive-app");
// The hostile fixture that validates (tests/fixtures/hostile-valid), published.
const publishedHostile = resolve(process.argv[9] ?? "target/published-hostile");
// The WordPress fixtures of every core block and the classic editor, imported, published.
const publishedWpBlocks = resolve(process.argv[10] ?? "target/published-wp-blocks");
const repo = resolve(dist, "..");
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".xml": "application/xml; charset=utf-8",
};

async function file(root, path) {
  let decoded;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return null; // not a file name; the app routes it
  }
  const full = normalize(join(root, decoded));
  if (!full.startsWith(root)) return null;
  const s = await stat(full).catch(() => null);
  if (s?.isFile()) return full;
  if (s?.isDirectory() && (await stat(join(full, "index.html")).catch(() => null))?.isFile()) return join(full, "index.html");
  return null;
}

const looksLikeFile = (path) => /\.[a-z0-9]+$/i.test(path);

/** A static host with the SPA fallback: a file, a folder's index.html, else the app. */
async function staticHost(root, pathname) {
  const found = await file(root, pathname);
  return found ?? (looksLikeFile(pathname) ? null : join(root, "index.html"));
}

async function route(pathname) {
  if (pathname.startsWith("/folio/")) return file(dist, pathname.slice("/folio".length));
  if (pathname.startsWith("/embed/")) return file(join(repo, "examples/embed"), pathname.slice("/embed".length));
  if (pathname === "/news" || pathname.startsWith("/news/")) return join(repo, "examples/embed/site.html");
  if (pathname === "/t" || pathname.startsWith("/t/")) return join(repo, "tests/e2e/host.html");
  if (pathname.startsWith("/remote/")) return join(repo, "tests/e2e/remote.html");
  // Missing files are a real 404; any other path is the app's to route.
  return staticHost(dist, pathname);
}

const INCLUDE = /<!--#include virtual="\/folio\/([^"]*)" -->/g;

/** A host page with its server-side includes done (a missing file includes nothing). */
async function withIncludes(path) {
  const html = await readFile(path, "utf8");
  const parts = await Promise.all(
    [...html.matchAll(INCLUDE)].map(async (m) => [m[0], (await file(publishedEmbed, `/${m[1]}`).then((f) => (f ? readFile(f, "utf8") : "")))]),
  );
  return parts.reduce((out, [directive, text]) => out.replace(directive, text.trimEnd()), html);
}

/** CSP violation reports the browsers sent (`report-uri`), for tests without a console. */
const reports = [];

/** Takes a report, or gives the reports so far (and forgets them); true when it did. */
async function reporting(req, res, pathname) {
  if (pathname === "/__csp-report" && req.method === "POST") {
    let body = "";
    for await (const chunk of req) body += chunk;
    reports.push(body);
    res.writeHead(204).end();
    return true;
  }
  if (pathname === "/__csp-reports") {
    res.writeHead(200, { "content-type": "application/json", "cache-control": "no-store" }).end(JSON.stringify(reports.splice(0)));
    return true;
  }
  return false;
}

function serve(handler, listenPort, extraHeaders = {}) {
  createServer(async (req, res) => {
    const { pathname } = new URL(req.url, "http://localhost");
    if (listenPort === port && (await reporting(req, res, pathname))) return;
    const path = await handler(pathname).catch(() => null);
    if (!path) {
      res.writeHead(404, { "content-type": "text/plain", ...extraHeaders }).end("not found");
      return;
    }
    // A host that takes content from another origin names it in its policy.
    const remote = `http://127.0.0.1:${port + 1}`;
    const policy = pathname.startsWith("/remote/")
      ? STRICT_CSP.replace("img-src 'self' https:", `img-src 'self' https: ${remote}`).replace("connect-src 'self'", `connect-src 'self' ${remote}`)
      : STRICT_CSP;
    // Violations are also reported to the server, where a WebDriver test reads them.
    const csp = listenPort === port ? `${policy}; report-uri /__csp-report` : policy;
    res.writeHead(200, {
      "content-type": TYPES[extname(path)] ?? "application/octet-stream",
      "content-security-policy": csp,
      "cache-control": "no-store",
      ...extraHeaders,
    });
    const included = pathname.startsWith("/embed/") && path.endsWith(".html");
    res.end(included ? await withIncludes(path) : await readFile(path));
  }).listen(listenPort, "127.0.0.1", () => console.log(`serving on http://127.0.0.1:${listenPort}/`));
}

serve(route, port);
serve((pathname) => (pathname.startsWith("/content/") ? file(dist, pathname) : Promise.resolve(null)), port + 1, {
  "access-control-allow-origin": "*",
});
serve((pathname) => staticHost(published, pathname), port + 2);
serve((pathname) => staticHost(publishedUs, pathname), port + 3);
serve((pathname) => staticHost(publishedWp, pathname), port + 4);
serve((pathname) => staticHost(archive, pathname), port + 5);
serve((pathname) => staticHost(publishedHostile, pathname), port + 6);
// Its audio and video files stay on the old site's hosts (the export has no local copy):
// as the contract says a host does, its policy names their origin in media-src.
serve((pathname) => staticHost(publishedWpBlocks, pathname), port + 7, {
  "content-security-policy": `${STRICT_CSP}; media-src 'self' https://council.example.org https://media.council.example.org`,
});
