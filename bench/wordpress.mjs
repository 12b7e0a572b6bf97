// Benchmark: `folio-cli import-wordpress` on generated WordPress exports: 2,000 posts
// (the issue's fixture size) and 20,000 (the target's), each in three languages with
// Polylang translation groups, block-editor bodies of 12 blocks and a featured image.
// Usage: node bench/wordpress.mjs [runs=3]. Times each import as a whole process and its
// peak memory (the child's maximum resident set, from getrusage), and rewrites its section
// of docs/benchmarks.md.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync, statSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { stats } from "./common.mjs";

const RUNS = Number(process.argv[2] ?? 3);
const SIZES = [2000, 20000];
const LANGS = ["en", "de", "fr"];
const root = new URL("..", import.meta.url).pathname;
const work = join(root, "target/bench-wordpress");
const target = process.env.CARGO_TARGET_DIR ?? join(root, "target");

execFileSync("cargo", ["build", "--release", "--quiet", "--bin", "folio-cli"], { cwd: root, stdio: "inherit" });
const cli = join(target, "release/folio-cli");

let seed = 11;
const rand = (n) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
const WORDS = "harbour council ferry island pier timetable budget school library water grid rail Zürich Łódź energy court trade ocean rights vote report youth jobs".split(" ");
const words = (n) => Array.from({ length: n }, () => WORDS[rand(WORDS.length)]).join(" ");
const cdata = (s) => `<![CDATA[${s}]]>`;

function body() {
  const blocks = [];
  for (let i = 0; i < 12; i++) {
    const k = i % 6;
    if (k === 0) blocks.push(`<!-- wp:heading --><h2>${words(4)}</h2><!-- /wp:heading -->`);
    else if (k === 3) blocks.push(`<!-- wp:list --><ul><li>${words(5)}</li><li>${words(6)}</li></ul><!-- /wp:list -->`);
    else if (k === 5) blocks.push(`<!-- wp:quote --><blockquote class="wp-block-quote"><p>${words(12)}</p><cite>${words(2)}</cite></blockquote><!-- /wp:quote -->`);
    else blocks.push(`<!-- wp:paragraph --><p>${words(20)} <strong>${words(3)}</strong> <a href="https://example.org/${i}">${words(2)}</a> ${words(25)}.</p><!-- /wp:paragraph -->`);
  }
  return blocks.join("\n\n");
}

/** A WXR export of `posts` posts (a third per language) written to `file`. */
function generate(posts, file) {
  const groups = Math.floor(posts / LANGS.length);
  const parts = [`<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Generated council</title><link>https://council.example.org</link><language>en-GB</language><wp:wxr_version>1.2</wp:wxr_version>
<wp:author><wp:author_login>${cdata("ana")}</wp:author_login><wp:author_display_name>${cdata("Ana Kirk")}</wp:author_display_name></wp:author>
`];
  // Polylang's translation groups as WordPress writes them: each once, at the top, as a
  // <wp:term> whose description is the map (tests/fixtures/wordpress/export.xml says
  // where in WordPress's and Polylang's code); a post names its group by its slug.
  const ids = (g) => LANGS.map((_, i) => 1000 + g * LANGS.length + i);
  for (let g = 0; g < groups; g++) {
    const map = `a:${LANGS.length}:{${LANGS.map((l, i) => `s:2:"${l}";i:${ids(g)[i]};`).join("")}}`;
    parts.push(`<wp:term><wp:term_id>${10 + g}</wp:term_id><wp:term_taxonomy>${cdata("post_translations")}</wp:term_taxonomy><wp:term_slug>${cdata(`pll_${g}`)}</wp:term_slug><wp:term_parent>${cdata("")}</wp:term_parent><wp:term_name>${cdata(`pll_${g}`)}</wp:term_name><wp:term_description>${cdata(map)}</wp:term_description></wp:term>
`);
  }
  parts.push(`<item><title>${cdata("Lead")}</title><wp:post_id>1</wp:post_id><wp:post_type>${cdata("attachment")}</wp:post_type><wp:status>${cdata("inherit")}</wp:status><wp:attachment_url>${cdata("https://council.example.org/wp-content/uploads/lead.jpg")}</wp:attachment_url><wp:postmeta><wp:meta_key>${cdata("_wp_attachment_image_alt")}</wp:meta_key><wp:meta_value>${cdata("The harbour")}</wp:meta_value></wp:postmeta></item>
`);
  for (let g = 0; g < groups; g++) {
    const group = `pll_${g}`;
    const day = String(1 + (g % 28)).padStart(2, "0");
    const month = String(1 + (g % 12)).padStart(2, "0");
    LANGS.forEach((lang, i) => {
      parts.push(`<item><title>${cdata(`${words(6)} ${g}`)}</title><dc:creator>${cdata("ana")}</dc:creator>
<content:encoded>${cdata(body())}</content:encoded><excerpt:encoded>${cdata(words(18))}</excerpt:encoded>
<wp:post_id>${ids(g)[i]}</wp:post_id><wp:post_date_gmt>${cdata(`20${10 + (g % 15)}-${month}-${day} 10:00:00`)}</wp:post_date_gmt>
<wp:post_name>${cdata(`${lang}-story-${g}`)}</wp:post_name><wp:status>${cdata("publish")}</wp:status><wp:post_type>${cdata("post")}</wp:post_type>
<category domain="category" nicename="news">${cdata("News")}</category><category domain="post_tag" nicename="t${g % 7}">${cdata(`Topic ${g % 7}`)}</category>
<category domain="language" nicename="${lang}">${cdata(lang)}</category><category domain="post_translations" nicename="pll_${g}">${cdata(group)}</category>
<wp:postmeta><wp:meta_key>${cdata("_thumbnail_id")}</wp:meta_key><wp:meta_value>${cdata("1")}</wp:meta_value></wp:postmeta></item>
`);
    });
  }
  parts.push("</channel></rss>\n");
  writeFileSync(file, parts.join(""));
}

/** One import: seconds and peak MiB of the child. */
function importOnce(file, into) {
  rmSync(into, { recursive: true, force: true });
  const measure = "import resource,subprocess,sys,time; t=time.time(); r=subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL); print(time.time()-t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, r.returncode)";
  const out = spawnSync("python3", ["-c", measure, cli, "import-wordpress", file, "--into", into, "--kind-from", "category"], { encoding: "utf8" });
  const [seconds, kib, code] = out.stdout.trim().split(" ").map(Number);
  if (code !== 0) throw new Error(`import failed (${code}): ${out.stderr}`);
  return { seconds, mib: kib / 1024 };
}

mkdirSync(work, { recursive: true });
const rows = [];
for (const size of SIZES) {
  const file = join(work, `export-${size}.xml`);
  generate(size, file);
  const mb = statSync(file).size / 2 ** 20;
  const runs = [];
  for (let r = 0; r < RUNS; r++) {
    const one = importOnce(file, join(work, `tree-${size}`));
    console.log(`${size} posts, run ${r + 1}: ${one.seconds.toFixed(2)} s, ${one.mib.toFixed(0)} MiB`);
    runs.push(one);
  }
  const t = stats(runs.map((x) => x.seconds * 1000));
  const m = stats(runs.map((x) => x.mib));
  rows.push(`| ${size.toLocaleString("en")} posts (${mb.toFixed(1)} MB export) | ${(t.median / 1000).toFixed(2)} s | ${(t.min / 1000).toFixed(2)}–${(t.max / 1000).toFixed(2)} s | ${m.median.toFixed(0)} MiB |`);
}

const commit = execFileSync("git", ["log", "-1", "--format=%h %s"], { cwd: root, encoding: "utf8" }).trim();
const section = `<!-- wordpress:start (written by bench/wordpress.mjs) -->
${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores (${cpus()[0].model.split(" ").slice(0, 2).join(" ")}), ${Math.round(totalmem() / 2 ** 30)} GiB,
release build of \`folio-cli\` at commit "${commit}"; ${RUNS} runs each, the whole command
(both passes over the export, conversion and each article's checks, writing, site.json,
the indexes; \`validate\` of the whole tree is a command of its own).

| export | median | min–max | peak memory |
| --- | ---: | ---: | ---: |
${rows.join("\n")}
<!-- wordpress:end -->`;
const docs = join(root, "docs/benchmarks.md");
const text = readFileSync(docs, "utf8");
const re = /<!-- wordpress:start[\s\S]*?<!-- wordpress:end -->/;
writeFileSync(docs, re.test(text) ? text.replace(re, section) : `${text.trimEnd()}\n\n## Importing a WordPress export (issue 19)\n\n\`\`\`sh\nnode bench/wordpress.mjs 3\n\`\`\`\n\nTarget: 20,000 posts in under 20 s on this machine, with memory that does not grow with\nthe export (it is streamed; only each post's language, slug and the attachments are kept\nbetween the two passes).\n\n${section}\n`);
console.log(section);
