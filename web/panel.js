"use strict";
// A plain live transcript. The full side panel replaces this page in its own issue.
const $ = (id) => document.getElementById(id);
let socket = null, currentCall = null, lastSeq = 0;

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
    $("status").textContent = `ready (${h.device}, ${h.compute_type})`;
  } catch (err) {
    $("status").textContent = err.message.includes("loading") ? "loading the speech model…" : `unavailable: ${err.message}`;
    setTimeout(health, 1000);
  }
}

function follow(call) {
  if (socket) socket.close();
  if (call !== currentCall) { currentCall = call; lastSeq = 0; $("transcript").innerHTML = ""; $("partials").innerHTML = ""; }
  $("stop").disabled = false;
  const proto = location.protocol === "https:" ? "wss" : "ws";
  socket = new WebSocket(`${proto}://${location.host}/ws/calls/${call}?after=${lastSeq}`);
  socket.onmessage = (message) => {
    const event = JSON.parse(message.data);
    if (event.seq <= lastSeq) return;
    lastSeq = event.seq;
    render(event);
  };
  socket.onclose = (closed) => {
    if (closed.code === 1000 || closed.code === 4404) { $("stop").disabled = true; return; }
    setTimeout(() => follow(call), 1000);
  };
}

function render(event) {
  if (event.type === "partial") {
    let line = document.querySelector(`.partials [data-speaker="${event.speaker}"]`);
    if (!line) { line = document.createElement("div"); line.dataset.speaker = event.speaker; $("partials").append(line); }
    line.textContent = `${event.speaker}: ${event.text}…`;
  } else if (event.type === "utterance") {
    const stale = document.querySelector(`.partials [data-speaker="${event.speaker}"]`);
    if (stale) stale.remove();
    const item = document.createElement("li");
    item.className = event.speaker;
    item.dataset.index = event.index;
    const who = document.createElement("span");
    who.className = "who";
    who.textContent = `${event.speaker} · ${event.start.toFixed(1)} s` + (event.labels.length ? ` · ${event.labels.join(", ")}` : "");
    item.append(who, document.createTextNode(event.text));
    $("transcript").append(item);
    item.scrollIntoView({ block: "nearest" });
  } else if (event.type === "summary") {
    $("status").textContent = "call ended";
  }
}

async function start(body) {
  showError("");
  try { const { call } = await api("/api/calls", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) }); follow(call); }
  catch (err) { showError(err.message); }
}

$("demo").onclick = () => start({ source: "demo", speed: Number($("speed").value), language: $("language").value });
$("device").onclick = () => start({ source: "device", language: $("language").value });
$("stop").onclick = async () => { if (currentCall) await api(`/api/calls/${currentCall}/stop`, { method: "POST" }).catch((e) => showError(e.message)); };
$("file").onchange = async () => {
  const file = $("file").files[0];
  if (!file) return;
  const form = new FormData(); form.append("file", file);
  try {
    const { file_id } = await api("/api/uploads", { method: "POST", body: form });
    await start({ source: "upload", file_id, speed: Number($("speed").value), language: $("language").value });
  } catch (err) { showError(err.message); }
};

async function attachToLive() {
  try {
    const { calls } = await api("/api/calls?limit=5");
    const live = calls.find((c) => c.status === "live");
    if (live && !currentCall) follow(live.call);
  } catch (_) { /* service not ready yet */ }
}
health();
attachToLive();
setInterval(() => { if (!currentCall) attachToLive(); }, 2000);
