// The live side panel: sockets, controls, pins and corrections around the shared PanelView rendering.
// Every event is applied once, in seq order; after a dropped socket it resumes with ?after=<last seq>.
import { $, api, clock, onLanguage, showError, startTexts, t, wsUrl } from "./ui.js";
import { PanelView } from "./panel-view.js";

let socket = null, levels = null, currentCall = null, lastSeq = 0, live = false;
let started = null, follow = true;

const view = new PanelView(
  { transcript: $("transcript"), partials: $("partials"), prompt: $("prompt"), steps: $("steps"),
    cautions: $("cautions"), memo: $("memo"), banner: $("banner"), escalate: $("escalate") },
  {
    onUtterance: (item) => { if (follow) item.scrollIntoView({ block: "nearest" }); },
    onMemo: decorateMemo,
    onSummary: () => { live = false; $("status").textContent = t("ended"); },
  },
);

async function health() {
  try {
    const h = await api("/api/health");
    $("status").textContent = `${t("ready")} (${h.device}, ${h.compute_type})`;
    $("status").dataset.state = "ready";
  } catch (err) {
    $("status").textContent = err.message.includes("loading") ? t("loading") : t("unreachable");
    $("status").dataset.state = "down";
    setTimeout(health, 1000);
  }
}

function reset(call) {
  currentCall = call; lastSeq = 0; started = Date.now(); live = true;
  $("meters").innerHTML = "";
  view.reset();
}

function connect(call) {
  if (deviceLevels) { deviceLevels.close(); deviceLevels = null; }
  if (socket) { socket.onclose = null; socket.close(); }
  if (call !== currentCall) reset(call);
  $("stop").disabled = false;
  socket = new WebSocket(wsUrl(`/ws/calls/${call}?after=${lastSeq}`));
  window.socket = socket;                        // the browser test drops it to check the resume
  socket.onmessage = (message) => {
    const event = JSON.parse(message.data);
    if (event.seq <= lastSeq) return;           // already applied: no duplicates after a resume
    lastSeq = event.seq;
    document.body.dataset.lastSeq = String(lastSeq);
    view.apply(event);
  };
  socket.onclose = (closed) => {
    if (closed.code === 1000 || closed.code === 4404) { live = false; $("stop").disabled = true; return; }
    health();                                    // says "unreachable" while the service is down
    setTimeout(() => connect(call), 500);        // dropped: resume after the last seq seen
  };
  watchLevels(call);
}

function watchLevels(call) {
  if (levels) levels.close();
  levels = new WebSocket(wsUrl(`/ws/calls/${call}/levels`));
  levels.onmessage = levelsHandler;
}

function levelsHandler(message) {
  const { levels: dbs } = JSON.parse(message.data);
  const box = $("meters");
  while (box.children.length < dbs.length) { const m = document.createElement("span"); m.className = "meter"; m.append(document.createElement("i")); box.append(m); }
  dbs.forEach((db, i) => { box.children[i].firstChild.style.width = `${Math.max(0, Math.min(100, (db + 60) * 100 / 60))}%`; });
}

const pinKey = () => `companion-pins-${currentCall}`;
const pins = () => new Set(JSON.parse(localStorage.getItem(pinKey()) || "[]"));

function decorateMemo(item, index) {
  const pin = document.createElement("button"); pin.type = "button"; pin.className = "pin";
  pin.onclick = () => togglePin(index);
  const fix = document.createElement("button"); fix.type = "button"; fix.className = "fix"; fix.textContent = "✎";
  fix.title = t("correct"); fix.setAttribute("aria-label", t("correct"));
  fix.onclick = () => askCorrection(index);
  item.append(pin, fix);
  arrangeMemo();
}

function togglePin(index) {
  const set = pins();
  set.has(index) ? set.delete(index) : set.add(index);
  localStorage.setItem(pinKey(), JSON.stringify([...set]));
  arrangeMemo();
}

function arrangeMemo() {
  const set = pins();
  const items = [...$("memo").children].sort((a, b) =>
    (set.has(+b.dataset.index) - set.has(+a.dataset.index)) || (+a.dataset.index - +b.dataset.index));
  for (const item of items) {
    const pinned = set.has(+item.dataset.index);
    item.classList.toggle("pinned", pinned);
    item.querySelector(".pin").textContent = pinned ? `★ ${t("unpin")}` : `☆ ${t("pin")}`;
    $("memo").append(item);
  }
}

async function askCorrection(index) {
  const original = window.prompt(t("wrong_word"));
  if (!original) return;
  const corrected = window.prompt(t("right_word"), original);
  if (!corrected || corrected === original) return;
  try {
    await api(`/api/calls/${currentCall}/corrections`, { json: { index, original, corrected } });
  } catch (err) { showError(err.message); }
}

setInterval(() => { if (live && started) $("timer").textContent = clock((Date.now() - started) / 1000); }, 500);

async function start(body) {
  showError("");
  try { const { call } = await api("/api/calls", { json: body }); connect(call); }
  catch (err) { showError(err.message); }
}

const playbook = () => $("playbook").value || undefined;
$("demo").onclick = () => start({ source: "demo", speed: Number($("speed").value), language: $("language").value, playbook: playbook() });
$("device").onclick = () => start({ source: "device", language: $("language").value, device: $("device-select").value || undefined });
$("stop").onclick = async () => { if (currentCall) await api(`/api/calls/${currentCall}/stop`, { method: "POST" }).catch((e) => showError(e.message)); };
$("escalate").onclick = async () => {
  if (!currentCall) return;
  try { await api(`/api/calls/${currentCall}/escalate`, { json: { reason: "harassment" } }); }
  catch (err) { showError(err.message); }
};
$("file").onchange = async () => {
  const file = $("file").files[0];
  if (!file) return;
  const form = new FormData(); form.append("file", file);
  try {
    const { file_id } = await api("/api/uploads", { method: "POST", body: form });
    await start({ source: "upload", file_id, speed: Number($("speed").value), language: $("language").value, playbook: playbook() });
  } catch (err) { showError(err.message); }
};
document.querySelector("main").addEventListener("scroll", (e) => {
  const m = e.target; follow = m.scrollTop + m.clientHeight >= m.scrollHeight - 40; $("jump").hidden = follow;
});
$("jump").onclick = () => { follow = true; $("jump").hidden = true; $("transcript").lastElementChild?.scrollIntoView({ block: "nearest" }); };

async function attachToLive() {
  if (currentCall) return;
  try {
    const { calls } = await api("/api/calls?limit=5");
    const found = calls.find((c) => c.status === "live");
    if (found && !currentCall) connect(found.call);
  } catch (_) { /* not ready yet */ }
}

let deviceLevels = null;
function testDevice() {
  // A meter before the call, so a dead microphone is noticed before the customer speaks.
  if (deviceLevels) deviceLevels.close();
  const device = $("device-select").value;
  if (!device || live) return;
  deviceLevels = new WebSocket(wsUrl(`/ws/devices/levels?device=${encodeURIComponent(device)}`));
  deviceLevels.onmessage = levelsHandler;
}

async function loadChoices() {
  try {
    const { playbooks: names, default: chosen } = await api("/api/playbooks");
    $("playbook").innerHTML = "";
    for (const name of names) { const o = document.createElement("option"); o.value = o.textContent = name; $("playbook").append(o); }
    if (chosen) $("playbook").value = chosen;
  } catch (_) { /* service not ready */ }
  try {
    const { devices } = await api("/api/devices");
    $("device-select").innerHTML = "";
    for (const d of devices) { const o = document.createElement("option"); o.value = String(d.index); o.textContent = `${d.name} (${d.channels} ch)`; $("device-select").append(o); }
    $("device-picker").hidden = devices.length === 0;
    $("device").disabled = devices.length === 0;
    const preferred = devices.find((d) => d.default) || devices[0];
    if (preferred) { $("device-select").value = String(preferred.index); testDevice(); }
  } catch (_) { $("device").disabled = true; }
}
$("device-select").onchange = testDevice;

(async () => {
  await startTexts();
  onLanguage(() => view.renderSteps());
  view.renderSteps();
  health();
  loadChoices();
  attachToLive();
  setInterval(attachToLive, 2000);
})();
