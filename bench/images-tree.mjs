// The tree `folio-cli images` is timed on: PHOTOS photos painted by crates/folio-cli/examples/photos.rs
// (2,560 × 1,440 JPEG, 0.7–0.9 MB each, kept between runs), each the lead image of one
// English article; the articles, the index and the variants made anew. Used by
// bench/images.mjs and bench/safe-writes.mjs.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const photoName = (i) => `photo-${String(i).padStart(4, "0")}.jpg`;

/** Makes the tree at `tree` with `cli` and the photo painter; the photos' total bytes. */
export function imagesTree(tree, photos, cli, painter) {
  const have = existsSync(join(tree, "img")) ? readdirSync(join(tree, "img")).filter((f) => f.endsWith(".jpg")).length : 0;
  if (have < photos) {
    const t = Date.now();
    execFileSync(painter, ["many", join(tree, "img"), String(photos)], { stdio: ["ignore", "ignore", "inherit"] });
    console.log(`painted ${photos} photos in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  }
  let bytes = 0;
  for (let i = 1; i <= photos; i++) bytes += statSync(join(tree, "img", photoName(i))).size;
  rmSync(join(tree, "en"), { recursive: true, force: true });
  rmSync(join(tree, "variants"), { recursive: true, force: true });
  mkdirSync(join(tree, "en/articles"), { recursive: true });
  writeFileSync(join(tree, "site.json"), JSON.stringify({ version: 1, name: "Bench Pictures", default_language: "en", languages: ["en"] }));
  for (let i = 1; i <= photos; i++) {
    const slug = `photo-story-${i}`;
    const date = new Date(Date.UTC(2026, 0, 1) - i * 86400000).toISOString().slice(0, 10);
    const article = {
      slug, language: "en", kind: "news", date, title: `Photo story ${i}`,
      image: { src: `img/${photoName(i)}`, alt: `Photo ${i}`, credit: "Bench" },
      body: [{ type: "paragraph", text: [`A story told by photo ${i}.`] }],
    };
    writeFileSync(join(tree, "en/articles", `${slug}.json`), JSON.stringify(article, null, 2));
  }
  execFileSync(cli, ["index", tree], { stdio: "ignore" });
  return bytes;
}
