// Issue 23's figures, with the team server on loopback (bench/lib/teamServer.mjs), a fresh one per
// figure:
// - edit to paint: two browsers and a crowd of simulated people (teamCrowd.mjs: Node providers,
//   each moving a node every MOVE_EVERY_MS and its pointer every POINTER_EVERY_MS) on one shared
//   document; one browser nudges a node (arrow key) and the time until the other has painted it
//   there is taken with the machine's one clock (performance.timeOrigin + now in both pages),
//   the browsers taking turns;
// - memory: the server's resident memory (its peak, from /proc) with many shared documents open,
//   simulated people on each, every one of whom has moved a node, so every document was stored;
// - open shared: a document opened from its link (read from the server, added to the library,
//   opened and kept in sync) against the same document opened from the library, in one app page
//   served by the team server, from the placeholder each time; each link a fresh share, so each
//   open is a first one.
import { openAppPage } from '../browser.mjs';
import { openMeasured, openPlaceholder, RESET_PREFIX, stashDocuments } from '../documents.mjs';
import { median, quantile, ratio, spread } from '../stats.mjs';
import { startCrowd, startTeamServer } from '../teamServer.mjs';

const MOVE_EVERY_MS = 2000;
const POINTER_EVERY_MS = 250;
// The memory figure's people are quieter: one move a minute each.
const QUIET_MOVE_EVERY_MS = 60_000;
const SAVED = 'Saved on the team server';

async function joined(browser, server, link) {
  const page = await openAppPage(browser, server.origin);
  await page.goto(link);
  await page.locator('[data-shared-status]').filter({ hasText: SAVED }).waitFor({ timeout: 60_000 });
  await page.locator('.react-flow__edge').first().waitFor();
  return page;
}

/** The id of the node drawn nearest the canvas's centre. */
function centreNodeId(page) {
  return page.evaluate(() => {
    const canvas = document.querySelector('.react-flow').getBoundingClientRect();
    let best = null;
    for (const element of document.querySelectorAll('.react-flow__node')) {
      const box = element.getBoundingClientRect();
      const distance = Math.hypot(box.left + box.width / 2 - (canvas.left + canvas.width / 2), box.top + box.height / 2 - (canvas.top + canvas.height / 2));
      if (best === null || distance < best.distance) best = { id: element.dataset.id, distance };
    }
    return best.id;
  });
}

// In the watching page: resolves, on the machine's clock, once the node's next move is painted.
function armMoveWatch(page, id) {
  return page.evaluate((nodeId) => {
    const element = document.querySelector(`.react-flow__node[data-id="${CSS.escape(nodeId)}"]`);
    const before = element.style.transform;
    window.__teamMovePainted = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (element.style.transform === before) return;
        observer.disconnect();
        requestAnimationFrame(() => setTimeout(() => resolve(performance.timeOrigin + performance.now()), 0));
      });
      observer.observe(element, { attributes: true, attributeFilter: ['style'] });
    });
  }, id);
}

// In the editing page: the machine's clock at the next key press, taken as the key goes down.
function armKeyStamp(page) {
  return page.evaluate(() => {
    window.__teamKeyAt = new Promise((resolve) => {
      window.addEventListener('keydown', () => resolve(performance.timeOrigin + performance.now()), { capture: true, once: true });
    });
  });
}

async function measureEditToPaint({ browser, text, nodes, people, samples, log }) {
  const server = await startTeamServer();
  const pages = [];
  let crowd = null;
  try {
    const shared = await server.share(text);
    pages.push(await joined(browser, server, shared.link), await joined(browser, server, shared.link));
    const id = await centreNodeId(pages[0]);
    crowd = await startCrowd({ url: server.socketUrl, documents: [shared], people, moveEveryMs: MOVE_EVERY_MS, pointerEveryMs: POINTER_EVERY_MS, avoid: [id] });
    for (const page of pages) await page.locator(`.react-flow__node[data-id="${id}"]`).click();
    const latencies = [];
    for (let sample = 0; sample < samples; sample += 1) {
      const [editor, watcher] = sample % 2 === 0 ? pages : [...pages].reverse();
      await armMoveWatch(watcher, id);
      await armKeyStamp(editor);
      // Right then left from each side, so the node stays where it was.
      await editor.keyboard.press(sample % 4 < 2 ? 'ArrowRight' : 'ArrowLeft');
      const pressedAt = await editor.evaluate(() => window.__teamKeyAt);
      const paintedAt = await watcher.evaluate(() => window.__teamMovePainted);
      latencies.push(paintedAt - pressedAt);
      await editor.waitForTimeout(100 + Math.random() * 200);
    }
    const figure = { nodes, people, browsers: pages.length, samples, latencyMs: { median: median(latencies), p95: quantile(latencies, 0.95), max: Math.max(...latencies) } };
    log(`  edit to paint, ${nodes} nodes, ${people} simulated + 2 browsers: median ${figure.latencyMs.median.toFixed(0)} ms, p95 ${figure.latencyMs.p95.toFixed(0)} ms`);
    return figure;
  } finally {
    await crowd?.stop();
    for (const page of pages) await page.context().close();
    await server.stop();
  }
}

async function measureMemory({ text, nodes, documents, people, log }) {
  const server = await startTeamServer();
  let crowd = null;
  try {
    const shared = [];
    for (let index = 0; index < documents; index += 1) shared.push(await server.share(text));
    crowd = await startCrowd({ url: server.socketUrl, documents: shared, people, moveEveryMs: QUIET_MOVE_EVERY_MS, pointerEveryMs: 0 });
    // Every document stored after its first moves (at most 2 s after a change).
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const resident = server.resident();
    log(`  memory: ${documents} documents of ${nodes} nodes, ${people} people each: ${resident.now.toFixed(0)} MB resident (peak ${resident.peak.toFixed(0)} MB)`);
    return { documents, nodes, peoplePerDocument: people, residentMB: resident.now, peakResidentMB: resident.peak };
  } finally {
    await crowd?.stop();
    await server.stop();
  }
}

// The document as another document (another id), so that each link adds a card of its own.
function asDocument(text, id) {
  const file = JSON.parse(text);
  return JSON.stringify({ ...file, document: { ...file.document, id } });
}

async function measureOpenShared({ browser, placeholder, text, nodes, runs, log }) {
  const server = await startTeamServer();
  const page = await openAppPage(browser, server.origin);
  try {
    await stashDocuments(page, { placeholder, bySize: new Map([[nodes, text]]) });
    const links = [];
    for (let run = 0; run <= runs; run += 1) links.push((await server.share(asDocument(text, `shared-${run}`))).link);
    const openLink = async (link) => {
      await openPlaceholder(page);
      return page.evaluate(
        async ([hash, prefix]) => {
          const start = performance.now();
          window.location.hash = hash;
          return (await window.__bench.waitForDiagram(prefix, false)) - start;
        },
        [new URL(link).hash, RESET_PREFIX],
      );
    };
    // One unmeasured open of each kind: the first also compiles their code paths.
    await openMeasured(page, nodes);
    await openLink(links[0]);
    const samples = { shared: [], local: [] };
    for (let run = 0; run < runs; run += 1) {
      const order = run % 2 === 0 ? ['shared', 'local'] : ['local', 'shared'];
      for (const which of order) {
        if (which === 'shared') samples.shared.push(await openLink(links[run + 1]));
        else samples.local.push((await openMeasured(page, nodes)).renderedMs);
      }
    }
    const figure = { nodes, shared: spread(samples.shared), local: spread(samples.local), ratio: ratio(median(samples.shared), median(samples.local)) };
    log(`  open ${nodes} nodes: from its link ${figure.shared.median.toFixed(0)} ms, from the library ${figure.local.median.toFixed(0)} ms (${figure.ratio.toFixed(2)}×)`);
    return figure;
  } finally {
    await page.context().close();
    await server.stop();
  }
}

export async function measureTeam({ browser, documents, team, runs, log }) {
  const textOf = (size) => {
    const text = documents.bySize.get(size);
    if (text === undefined) throw new Error(`no generated document of ${size} nodes`);
    return text;
  };
  return {
    editToPaint: await measureEditToPaint({ browser, text: textOf(team.editSize), nodes: team.editSize, people: team.people, samples: team.samples, log }),
    openShared: await measureOpenShared({ browser, placeholder: documents.placeholder, text: textOf(team.openSize), nodes: team.openSize, runs, log }),
    memory: await measureMemory({ text: textOf(team.memorySize), nodes: team.memorySize, documents: team.memoryDocuments, people: team.memoryPeople, log }),
  };
}
