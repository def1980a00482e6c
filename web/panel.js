"use strict";
// The side panel: live transcript in lanes, the procedure, one prompt, cautions, escalation, the memo.
// Every event is applied once, in seq order; after a dropped socket it resumes with ?after=<last seq>.
const $ = (id) => document.getElementById(id);
const STEPS = ["apology", "empathy", "confirm", "solution", "thanks"];
const CAUTIONS = new Set(["excuse", "blame", "dismissive", "argue", "overpromise", "dont_know"]);
const HARASSMENT = new Set(["abuse", "threat", "unreasonable_demand"]);
let texts = {}, ui = "ja";
let socket = null, levels = null, currentCall = null, lastSeq = 0, live = false;
let done = new Set(), started = null, follow = true, utterances = {};

const t = (key) => (texts[ui] && texts[ui][key]) || key;
const labelName = (label) => (texts[ui] && texts[ui].labels[label]) || label;

function applyTexts() {
  document.documentElement.lang = ui;
  document.querySelectorAll("[data-i18n]").forEach((el) => { el.textContent = t(el.dataset.i18n); });
  renderSteps();
}

function showError(message) { const e = $("error"); e.textContent = message; e.hidden = !message; }

async function api(path, options) {
  const response = await fetch(path, options);
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.detail || response.statusText);
  return body;
}

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
  currentCall = call; lastSeq = 0; done = new Set(); utterances = {}; corrections = []; started = Date.now(); live = true;
  for (const id of ["transcript", "partials", "cautions", "memo", "meters"]) $(id).innerHTML = "";
  $("prompt").textContent = ""; $("banner").hidden = true; $("escalate").disabled = false;
  $("escalate").textContent = t("escalate");
  renderSteps();
}

function connect(call) {
  if (deviceLevels) { deviceLevels.close(); deviceLevels = null; }
  if (socket) { socket.onclose = null; socket.close(); }
  if (call !== currentCall) reset(call);
  $("stop").disabled = false;
  const proto = location.protocol === "https:" ? "wss" : "ws";
  socket = new WebSocket(`${proto}://${location.host}/ws/calls/${call}?after=${lastSeq}`);
  socket.onmessage = (message) => {
    const event = JSON.parse(message.data);
    if (event.seq <= lastSeq) return;           // already applied: no duplicates after a resume
    lastSeq = event.seq;
    document.body.dataset.lastSeq = String(lastSeq);
    apply(event);
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
  const proto = location.protocol === "https:" ? "wss" : "ws";
  levels = new WebSocket(`${proto}://${location.host}/ws/calls/${call}/levels`);
  levels.onmessage = levelsHandler;
}

function levelsHandler(message) {
  {
    const { levels: dbs } = JSON.parse(message.data);
    const box = $("meters");
    while (box.children.length < dbs.length) { const m = document.createElement("span"); m.className = "meter"; m.append(document.createElement("i")); box.append(m); }
    dbs.forEach((db, i) => { box.children[i].firstChild.style.width = `${Math.max(0, Math.min(100, (db + 60) * 100 / 60))}%`; });
  }
}

function chip(label) {
  const c = document.createElement("span");
  c.className = "chip" + (CAUTIONS.has(label) ? " caution" : HARASSMENT.has(label) ? " harass" : "");
  c.textContent = labelName(label);
  return c;
}

function highlight(text, entities) {
  const span = document.createElement("span");
  const marks = (entities || []).map((e) => e.text).filter(Boolean);
  const pattern = marks.length ? new RegExp(marks.map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "g") : /\p{N}+/gu;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    span.append(text.slice(last, match.index));
    const mark = document.createElement("mark"); mark.textContent = match[0]; span.append(mark);
    last = match.index + match[0].length;
  }
  span.append(text.slice(last));
  return span;
}

function apply(event) {
  switch (event.type) {
    case "partial": {
      let line = document.querySelector(`#partials [data-speaker="${event.speaker}"]`);
      if (!line) { line = document.createElement("div"); line.dataset.speaker = event.speaker; $("partials").append(line); }
      line.textContent = `${t(event.speaker)}: ${event.text}…`;
      break;
    }
    case "utterance": {
      document.querySelector(`#partials [data-speaker="${event.speaker}"]`)?.remove();
      utterances[event.index] = event;
      const item = document.createElement("li");
      item.className = event.speaker;
      item.dataset.index = event.index;
      item.dataset.seq = event.seq;
      const who = document.createElement("span");
      who.className = "who";
      who.textContent = `${t(event.speaker)} · ${fmt(event.start)}`;
      event.labels.forEach((label) => who.append(chip(label)));
      item.append(who, document.createTextNode(event.text));
      $("transcript").append(item);
      if (event.speaker === "staff") event.labels.filter((l) => STEPS.includes(l)).forEach((l) => done.add(l));
      if (event.speaker !== "staff" && event.labels.some((l) => l === "fact" || l === "request")) addMemo(event.index, event.labels.find((l) => l === "fact" || l === "request"), event.text);
      renderSteps();
      if (follow) item.scrollIntoView({ block: "nearest" });
      break;
    }
    case "prompt": $("prompt").textContent = event.text; $("prompt").dataset.step = event.step; break;
    case "alert": addCaution(event); break;
    case "correction": showCorrection(event); break;
    case "escalation": $("escalate").disabled = true; $("escalate").textContent = t("escalated"); break;
    case "summary": finish(event); break;
  }
}

function addCaution(event) {
  const harass = HARASSMENT.has(event.label);
  const item = document.createElement("li");
  item.className = harass ? "harass" : "caution";
  item.dataset.label = event.label;
  const said = utterances[event.index];
  const trigger = said?.evidence?.[event.label];
  item.append(chip(event.label), document.createTextNode(` ${event.text} `));
  if (said) {
    const q = document.createElement("q");
    q.append(trigger ? highlight(said.text, [{ text: trigger }]) : document.createTextNode(said.text));
    item.append(q);
  }
  $("cautions").prepend(item);
  document.querySelector(`#transcript li[data-index="${event.index}"]`)?.classList.add("flagged");
  if (harass) $("banner").hidden = false;
}

const pinKey = () => `companion-pins-${currentCall}`;
const pins = () => new Set(JSON.parse(localStorage.getItem(pinKey()) || "[]"));

function addMemo(index, kind, quote, entities) {
  if (document.querySelector(`#memo li[data-index="${index}"]`)) return;
  const item = document.createElement("li");
  item.dataset.index = index;
  const tag = document.createElement("span"); tag.className = "kind"; tag.textContent = labelName(kind);
  const pin = document.createElement("button"); pin.type = "button"; pin.className = "pin";
  pin.onclick = () => togglePin(index);
  const fix = document.createElement("button"); fix.type = "button"; fix.className = "fix"; fix.textContent = "✎";
  fix.title = t("correct"); fix.setAttribute("aria-label", t("correct"));
  fix.onclick = () => askCorrection(index);
  item.append(tag, highlight(quote, entities), pin, fix);
  $("memo").append(item);
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
    await api(`/api/calls/${currentCall}/corrections`, { method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ index, original, corrected }) });
  } catch (err) { showError(err.message); }
}

let corrections = [];
function showCorrection(event, replay = false) {
  if (!replay) corrections.push(event);
  for (const el of document.querySelectorAll(`#transcript li[data-index="${event.index}"], #memo li[data-index="${event.index}"]`)) {
    const note = document.createElement("span");
    note.className = "correction";
    note.textContent = `${event.original} → ${event.corrected}`;
    el.append(note);
  }
}

function finish(summary) {
  live = false;
  $("status").textContent = t("ended");
  $("memo").innerHTML = "";
  summary.memo.forEach((m) => addMemo(m.index, m.kind, m.quote, m.entities));
  for (const c of corrections) document.querySelectorAll(`#memo li[data-index="${c.index}"]`).forEach((el) => {
    const note = document.createElement("span"); note.className = "correction"; note.textContent = `${c.original} → ${c.corrected}`; el.append(note);
  });
  $("prompt").textContent = "";
  renderSteps(summary);
}

function renderSteps(summary) {
  const list = $("steps");
  const missed = new Set(summary ? summary.missed_steps : []);
  const order = summary ? summary.order_issues.join(" ") : "";
  const next = STEPS.find((s) => !done.has(s));
  list.innerHTML = "";
  for (const step of STEPS) {
    const item = document.createElement("li");
    item.dataset.step = step;
    item.textContent = (texts[ui] && texts[ui].steps[step]) || step;
    if (done.has(step)) item.classList.add("done");
    else if (missed.has(step)) item.classList.add("missed");
    else if (step === next && live) item.classList.add("next");
    if (order.includes(step)) item.classList.add("order");
    list.append(item);
  }
}

const fmt = (seconds) => `${String(Math.floor(seconds / 60)).padStart(2, "0")}:${String(Math.floor(seconds % 60)).padStart(2, "0")}`;
setInterval(() => { if (live && started) $("timer").textContent = fmt((Date.now() - started) / 1000); }, 500);

async function start(body) {
  showError("");
  try { const { call } = await api("/api/calls", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) }); connect(call); }
  catch (err) { showError(err.message); }
}

const playbook = () => $("playbook").value || undefined;
$("demo").onclick = () => start({ source: "demo", speed: Number($("speed").value), language: $("language").value, playbook: playbook() });
$("device").onclick = () => start({ source: "device", language: $("language").value, device: $("device-select").value || undefined });
$("stop").onclick = async () => { if (currentCall) await api(`/api/calls/${currentCall}/stop`, { method: "POST" }).catch((e) => showError(e.message)); };
$("escalate").onclick = async () => {
  if (!currentCall) return;
  try { await api(`/api/calls/${currentCall}/escalate`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ reason: "harassment" }) }); }
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
$("ui-lang").onchange = () => { ui = $("ui-lang").value; localStorage.setItem("companion-ui", ui); applyTexts(); };
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
  const proto = location.protocol === "https:" ? "wss" : "ws";
  deviceLevels = new WebSocket(`${proto}://${location.host}/ws/devices/levels?device=${encodeURIComponent(device)}`);
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
  texts = await fetch("/static/i18n.json").then((r) => r.json()).catch(() => ({}));
  const preferred = localStorage.getItem("companion-ui") || (navigator.language || "ja").slice(0, 2);
  ui = texts[preferred] ? preferred : "ja";
  $("ui-lang").value = ui;
  applyTexts();
  health();
  loadChoices();
  attachToLive();
  setInterval(attachToLive, 2000);
})();
