// The dashboard as a person uses it: real server, seed reports ingested, Debian's
// Chromium driven by playwright-core. Screenshots go to ../../artifacts/.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../..");
const bin = process.env.MARSAD_BIN || join(root, "target/debug/marsad");
const shared = resolve(root, "../shared");
const env = { ...process.env, MARSAD_GAZETTEER: process.env.MARSAD_GAZETTEER || join(shared, "gazetteer") };
const artifacts = join(root, "artifacts");
mkdirSync(artifacts, { recursive: true });

let server, base, browser, page;

before(async () => {
  const dir = mkdtempSync(join(tmpdir(), "marsad-e2e-"));
  const db = join(dir, "m.db");
  // A hostile report: markup in the text must render as text.
  writeFileSync(join(dir, "hostile.txt"),
    "Clashes in Tell Abiad <script>window.__pwned = 1</script><img src=x onerror=\"window.__pwned = 2\"> killed 3 SDF fighters on Monday.");
  for (const input of [join(shared, "seeds"), join(dir, "hostile.txt")]) {
    const r = spawnSync(bin, ["ingest", input, "--db", db, "--quiet", "--published", "2019-01-10"], { env });
    assert.equal(r.status, 0, `${bin}: ${r.error ?? ""} ${r.stderr ?? ""}`);
  }
  server = spawn(bin, ["serve", "--db", db, "--listen", "127.0.0.1:0"], { env });
  base = await new Promise((ok, fail) => {
    let buf = "";
    server.stderr.on("data", d => { buf += d; const m = buf.match(/listening on (http:\/\/\S+)/); if (m) ok(m[1]); });
    server.on("exit", c => fail(new Error("server exited " + c + ": " + buf)));
  });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  page.on("pageerror", e => { throw e; });
});

after(async () => {
  await browser?.close();
  server?.kill();
});

// (45 s: on a 2-core machine busy with other builds, 15 s was seen to run out.)
async function ready(url) {
  await page.goto(url);
  await page.waitForSelector("body[data-ready='1']", { timeout: 45000 });
}

test("the map, timeline and list show the stored events, offline", async () => {
  const external = [];
  page.on("request", r => { if (!r.url().startsWith(base)) external.push(r.url()); });
  await ready(base + "/");
  const rows = await page.locator("#event-list tbody tr").count();
  assert.ok(rows >= 8, `rows: ${rows}`);
  assert.ok(await page.locator("#map path.leaflet-interactive").count() >= 8, "event points are drawn");
  assert.ok(await page.locator("#map .leaflet-tooltip.gov-label").count() >= 14, "governorate labels");
  assert.ok(await page.locator("#timeline canvas").count() >= 1, "timeline");
  assert.deepEqual(external, [], "no request leaves the server");
  await page.screenshot({ path: join(artifacts, "dashboard.png") });
});

test("filtering by governorate narrows the events and is shareable as a URL", async () => {
  await ready(base + "/");
  const loads = await page.evaluate(() => document.body.dataset.loads);
  await page.selectOption("select[name=admin1]", "SY11");
  await page.click("#filters button[type=submit]");
  await page.waitForFunction(() => location.search.includes("admin1=SY11"));
  await page.waitForFunction(n => document.body.dataset.loads !== n, loads);
  const places = await page.locator("#event-list tbody tr td:nth-child(3)").allTextContents();
  assert.ok(places.length >= 1);
  for (const p of places) assert.match(p, /Raqqa/);
  const shared = page.url();
  await ready(shared);
  assert.equal(await page.inputValue("select[name=admin1]"), "SY11");
  await page.screenshot({ path: join(artifacts, "filtered.png") });
});

test("an event shows each figure highlighted in the report it came from", async () => {
  await ready(base + "/?min_fatalities=20");
  await page.locator("#event-list tbody tr").first().click();
  await page.waitForSelector("#event .figure");
  const fig = page.locator("#event .figure").first();
  const label = await fig.textContent();
  await fig.click();
  const mark = page.locator("#event mark.figure-mark").first();
  await mark.waitFor();
  const words = await mark.textContent();
  const n = label.match(/\d+/)[0];
  assert.ok(words.includes(n), `highlight "${words}" holds the figure ${n} of "${label}"`);
  assert.ok(await page.locator("#event mark.evidence").count() >= 1, "the event's sentences are marked");
  await page.screenshot({ path: join(artifacts, "event.png") });
});

test("report text is escaped: a <script> renders as text", async () => {
  await ready(base + "/?party=sdf");
  const row = page.locator("#event-list tbody tr", { hasText: "Tell Abiad" }).first();
  await row.click();
  await page.waitForSelector("#event .report");
  const text = await page.locator("#event .report").first().textContent();
  assert.ok(text.includes("<script>window.__pwned = 1</script>"), text);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.locator("#event .report script, #event .report img").count(), 0);
  await page.screenshot({ path: join(artifacts, "escaped.png") });
});

test("the tally page lists series and flags inconsistencies", async () => {
  await ready(base + "/#tallies");
  await page.waitForSelector("#tally-list .tally");
  assert.ok(await page.locator("#tally-list .tally").count() >= 5);
  await page.screenshot({ path: join(artifacts, "tallies.png"), fullPage: true });
});
