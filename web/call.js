// One call for a supervisor (/review/{call}): lanes, timeline, memo, summary, audio, notes, tags, escalations
// and the incident report. A live call is followed over its websocket until it ends.
// `#u7` in the address focuses utterance 7 when the page opens.
import { $, api, clock, el, languageName, onLanguage, showError, sourceName, startTexts, statusName, supervisorField, t, when, wsUrl } from "./ui.js";
import { focusUtterance, renderTranscript, renderUtterance, utteranceElement } from "./call-transcript.js";
import { renderTimeline } from "./call-timeline.js";
import { seek, setupAudio } from "./call-audio.js";
import { renderMemo, renderSummary } from "./call-summary.js";
import { openNoteForm, renderNotes, setupNotes } from "./call-notes.js";
import { renderTags, setupTags } from "./call-tags.js";
import { render as renderEscalations, setupEscalations } from "./call-escalations.js";
import { renderReport, setupReport } from "./call-report.js";

const id = decodeURIComponent(location.pathname.split("/").filter(Boolean).pop() || "");
const call = { call: id, utterances: [] };   // one object, updated in place, shared with every part
let socket = null;

const audioLength = () => (Number.isFinite($("audio").duration) ? $("audio").duration : 0);
const length = () => Math.max(call.duration_s || 0, ...call.utterances.map((u) => u.end), audioLength(), 1);
const utterance = (index) => call.utterances.find((u) => String(u.index) === String(index));

/** From a marker, the memo, a note or an escalation: show the utterance and play from its start. */
function pick(index, seconds) {
  const u = utterance(index);
  if (u) focusUtterance(u.index);
  seek(u ? u.start : seconds ?? 0);
}

/** An utterance clicked (or Enter on it): play from its start. */
function choose(index) {
  document.querySelectorAll("#transcript li.focused").forEach((n) => n.classList.remove("focused"));
  utteranceElement(index)?.classList.add("focused");
  const u = utterance(index);
  if (u) seek(u.start);
}

function seekTo(seconds) {
  const near = [...call.utterances].reverse().find((u) => u.start <= seconds);
  if (near) choose(near.index);
  seek(seconds);
}

function renderHead() {
  document.title = `companion · ${when(call.created_at)}`;
  $("call-title").textContent = when(call.created_at);
  $("live-badge").hidden = call.status !== "live";
  const facts = [
    ["staff_name", call.staff || "—"],
    ["language", languageName(call.language)],
    ["duration", clock(length())],
    ["status", statusName(call.status)],
    ["source", sourceName(call.source)],
    ["call_id", call.call],
  ];
  $("call-facts").replaceChildren(...facts.flatMap(([key, value]) => [el("dt", {}, t(key)), el("dd", { dataset: { fact: key } }, value)]));
}

const handlers = { choose, noteOn: openNoteForm };

function renderTimeOnly() {
  renderTimeline(call, length(), { onPick: pick, onSeek: seekTo });
}

function renderAll() {
  renderHead();
  renderTranscript(call, handlers);
  renderNotes();
  renderTimeOnly();
  renderSummary(call);
  renderMemo(call, pick);
  renderEscalations();
  renderTags();
  document.body.dataset.ready = "yes";
}

async function load() {
  const fresh = await api(`/api/calls/${encodeURIComponent(id)}`);
  for (const key of Object.keys(call)) delete call[key];
  Object.assign(call, fresh);
  setupAudio(call);
}

let pending = false;
/** What a live event changes besides its utterance: header, timeline, summary, memo, escalations. */
function soon() {
  if (pending) return;
  pending = true;
  requestAnimationFrame(() => {
    pending = false;
    renderHead();
    renderTimeOnly();
    renderSummary(call);
    renderMemo(call, pick);
    renderEscalations();
  });
}

/** A live call: apply its events as they come; when it ends, load the stored call (summary, memo). */
function follow() {
  socket = new WebSocket(wsUrl(`/ws/calls/${encodeURIComponent(id)}?after=${call.last_seq || 0}`));
  socket.onmessage = (message) => {
    const event = JSON.parse(message.data);
    if (event.seq <= (call.last_seq || 0)) return;
    call.last_seq = event.seq;
    if (event.type === "utterance") {
      call.utterances.push(event);
      renderUtterance(call, event.index, handlers);
    } else if (event.type === "alert") {
      call.alerts = [...(call.alerts || []), event];
      renderUtterance(call, event.index, handlers);
    } else if (event.type === "correction") {
      call.corrections = [...(call.corrections || []), event];
      renderUtterance(call, event.index, handlers);
    } else if (event.type === "speaker") {
      // a mono recording's line moved to the other speaker by the end-of-call pass: speaker and labels change
      const u = utterance(event.index);
      if (!u) return;
      Object.assign(u, { speaker: event.speaker, labels: event.labels ?? u.labels });
      renderUtterance(call, event.index, handlers);
    } else if (event.type === "escalation") {
      call.escalations = [...(call.escalations || []), { ...event, raised_at: new Date().toISOString(), acknowledged: null }];
    } else return;
    soon();
  };
  socket.onclose = (closed) => {
    socket = null;
    setTimeout(async () => {
      try { await load(); renderAll(); } catch (err) { showError(err.message); }
      if (call.status === "live" && closed.code !== 4404) follow();   // dropped mid-call: pick up again
    }, closed.code === 1000 ? 300 : 1000);
  };
}

$("back").href = sessionStorage.getItem("companion-list") || "/review";
await startTexts();
supervisorField($("supervisor"));
try {
  await load();
} catch (err) {
  showError(err.message);
  document.body.dataset.ready = "error";
  throw err;
}
setupNotes(call, pick);
setupTags(call);
setupEscalations(call, pick, renderTimeOnly);
renderAll();
onLanguage(() => { renderAll(); renderReport(); });
$("audio").addEventListener("loadedmetadata", renderTimeOnly);
setupReport(call);
const target = /^#u(\d+)$/.exec(location.hash);
if (target) focusUtterance(Number(target[1]));
if (call.status === "live") follow();
