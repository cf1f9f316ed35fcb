#!/usr/bin/env node
// Screenshots pages of a running Parallax in Debian's Chromium, for README
// images and for looking at pages by hand:
//   node scripts/screenshot.mjs <base-url> <out-dir> <path> [<path>...]
import path from "node:path";
import { chromium } from "@playwright/test";

const [base, outDir, ...paths] = process.argv.slice(2);
if (!base || !outDir || paths.length === 0) {
  console.error("usage: node scripts/screenshot.mjs <base-url> <out-dir> <path> [<path>...]");
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
for (const [i, p] of paths.entries()) {
  await page.goto(new URL(p, base).toString(), { waitUntil: "networkidle" });
  const file = path.join(outDir, `${String(i + 1).padStart(2, "0")}-${p.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "") || "home"}.png`);
  await page.screenshot({ path: file, fullPage: process.env.FULL_PAGE === "1" });
  console.log(file);
}
await browser.close();
