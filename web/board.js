// The supervisors' live board (/board): ongoing calls from WS /ws/board, an escalation shown the moment the
// staff member raises it (card, notice, optional chime), escalations still waiting, calls that just ended.
import { $, HARASSMENT, api, chip, clock, el, languageName, onLanguage, reasonText, showError, sourceName, startTexts, statusName, t, tf, uiLanguage, when, wsUrl } from "./ui.js";
import { chime, setupSound } from "./board-sound.js";

const calls = new Map();      // call id → what the board knows of an ongoing call
const ended = [];             // the last few ended calls, newest first
let waiting = [];             // stored calls with an escalation nobody acknowledged yet
let soundOn = () => false;
let socket = null;
let retry = 500;

function known(id, extra = {}) {
  if (!calls.has(id)) calls.set(id, { call: id, seen: Date.now(), alerts: [], escalations: [], ...extra });
  const entry = calls.get(id);
  for (const [key, value] of Object.entries(extra)) if (value !== undefined && value !== null) entry[key] = value;
  return entry;
}

const open = (entry) => entry.escalations.filter((e) => !e.acknowledged);

const timeOfDay = (ms) => new Date(ms).toLocaleTimeString(uiLanguage(), { hour: "2-digit", minute: "2-digit", second: "2-digit" });

function banner(escalation) {
  const by = t(escalation.by === "supervisor" ? "by_supervisor" : "by_staff");
  const text = escalation.at ? tf("escalation_raised", { by, at: timeOfDay(escalation.at) }) : tf("escalation_open", { by });
  return el("p", { className: "esc-banner", role: "alert" }, text, escalation.reason ? ` · ${reasonText(escalation.reason)}` : "");
}

function card(entry) {
  const started = entry.created_at ? Date.parse(entry.created_at) : entry.seen;
  const waitingNow = open(entry);
  const harass = entry.alerts.some((a) => HARASSMENT.has(a.label));
  const item = el("li", {
    className: `board-card${waitingNow.length ? " escalated" : ""}${harass ? " harass" : ""}`,
    dataset: { call: entry.call },
  },
  el("div", { className: "card-head" },
    el("span", { className: "elapsed", dataset: { since: started } }, clock((Date.now() - started) / 1000)),
    el("span", {}, entry.staff || t("staff_unnamed")),
    el("span", { className: "muted" }, `${languageName(entry.language || "auto")} · ${entry.source ? sourceName(entry.source) : ""}`)),
  waitingNow.length ? banner(waitingNow[0]) : null,
  el("div", { className: "card-alerts" }, entry.alerts.slice(-4).map((a) => chip(a.label))),
  el("a", { className: "button", href: `/review/${entry.call}` }, t("watch_live")));
  return item;
}

function render() {
  const live = [...calls.values()].sort((a, b) => (open(b).length > 0) - (open(a).length > 0) || b.seen - a.seen);
  $("live").replaceChildren(...live.map(card));
  $("live-count").textContent = live.length ? `(${live.length})` : "";
  $("no-live").hidden = live.length > 0;
  $("waiting").replaceChildren(...waiting.map((c) => el("li", { dataset: { call: c.call } },
    el("a", { href: `/review/${c.call}` }, when(c.created_at)), " ", c.staff || "",
    " ", el("span", { className: "badge unacked" }, tf("unacked_count", { n: c.unacked_escalations ?? 1 })))));
  if (!waiting.length) $("waiting").append(el("li", { className: "muted" }, t("nothing_waiting")));
  $("ended").replaceChildren(...ended.map((c) => el("li", {},
    el("a", { href: `/review/${c.call}` }, `${c.staff || c.call}`), " ", el("span", { className: "muted" }, statusName(c.status)))));
  if (!ended.length) $("ended").append(el("li", { className: "muted" }, t("none_yet")));
  const alarms = live.filter((c) => open(c).length).length;
  document.title = `${alarms ? `(${alarms}) ` : ""}companion · ${t("board")}`;
}

function notice(entry, escalation) {
  const link = el("a", { href: `/review/${entry.call}` }, t("watch_live"));
  const close = el("button", { type: "button", className: "link", "aria-label": t("dismiss") }, "×");
  const box = el("div", { className: "notice", role: "alert", dataset: { call: entry.call, seq: escalation.seq } },
    el("strong", {}, t("escalation_notice")), " ", entry.staff || entry.call, " ", link, " ", close);
  close.onclick = () => box.remove();
  $("notices").prepend(box);
}

async function refreshWaiting() {
  try {
    waiting = (await api("/api/calls?unacknowledged=true&limit=20")).calls;
    render();
  } catch (_) { /* shown again on the next notice */ }
}

/** Escalations raised before this page opened (a reload of the board) come from the store. */
async function restoreEscalations(entry) {
  const { escalations } = await api(`/api/calls/${entry.call}/escalations`);
  for (const escalation of escalations) {
    if (!entry.escalations.some((e) => e.seq === escalation.seq)) {
      entry.escalations.push({ ...escalation, at: escalation.raised_at ? Date.parse(escalation.raised_at) : null });
    }
  }
}

async function fillFromStore() {
  try {
    const { calls: rows } = await api("/api/calls?status=live&limit=100");
    for (const row of rows) {
      if (!calls.has(row.call)) continue;
      const entry = known(row.call, { created_at: row.created_at, staff: row.staff, language: row.language, source: row.source });
      if (row.unacked_escalations > open(entry).length) await restoreEscalations(entry);
    }
    render();
  } catch (err) { showError(err.message); }
  refreshWaiting();
}

function apply(message) {
  switch (message.type) {
    case "call_live":
    case "call_started":
      known(message.call, { source: message.source, language: message.language });
      if (message.type === "call_started") fillFromStore();
      break;
    case "alert":
      known(message.call).alerts.push(message);
      break;
    case "escalation": {
      const entry = known(message.call);
      const escalation = { ...message, at: Date.now(), acknowledged: null };
      entry.escalations.push(escalation);
      notice(entry, escalation);
      if (soundOn()) chime();
      refreshWaiting();
      break;
    }
    case "escalation_ack": {
      const entry = calls.get(message.call);
      const found = entry?.escalations.find((e) => e.seq === message.seq);
      if (found) found.acknowledged = { by: message.by, at: message.at };
      document.querySelectorAll(`#notices .notice[data-call="${message.call}"][data-seq="${message.seq}"]`).forEach((n) => n.remove());
      refreshWaiting();
      break;
    }
    case "call_ended": {
      const entry = calls.get(message.call) || { call: message.call };
      calls.delete(message.call);
      ended.unshift({ ...entry, status: message.status });
      ended.splice(8);
      break;
    }
    default:
      return;
  }
  render();
}

function connect() {
  $("connection").textContent = t("connecting");
  socket = new WebSocket(wsUrl("/ws/board"));
  socket.onopen = () => {
    retry = 500;
    calls.clear();          // the server lists every live call again on connect
    $("connection").textContent = t("connected");
    document.body.dataset.board = "connected";
    setTimeout(fillFromStore, 200);
  };
  socket.onmessage = (message) => apply(JSON.parse(message.data));
  socket.onclose = () => {
    document.body.dataset.board = "down";
    $("connection").textContent = t("reconnecting");
    setTimeout(connect, retry);
    retry = Math.min(retry * 2, 10_000);
  };
}

await startTexts();
soundOn = setupSound($("sound"));
onLanguage(render);
render();
connect();
setInterval(() => document.querySelectorAll(".elapsed").forEach((n) => { n.textContent = clock((Date.now() - Number(n.dataset.since)) / 1000); }), 1000);
