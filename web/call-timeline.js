// The call's length as a strip: who spoke when, and markers for labels, cautions and harassment signs, and
// escalations. Markers are buttons (one Tab stop, arrow keys between them, Enter); choosing one asks the
// page to go to its utterance.
import { $, CAUTIONS, HARASSMENT, MEMO_KINDS, STEPS, clock, el, labelName, t } from "./ui.js";

let duration = 1;

const at = (seconds) => `${Math.min(100, Math.max(0, (seconds / duration) * 100))}%`;

function marker(kind, seconds, index, label, onPick) {
  const button = el("button", {
    type: "button",
    className: `marker ${kind}`,
    dataset: { index, kind },
    style: { left: at(seconds) },
    title: label,
    "aria-label": label,
  });
  button.onclick = () => onPick(index, seconds);
  return button;
}

function row(name, kind, children) {
  return el("div", { className: `tl-row ${kind}` },
    el("span", { className: "tl-name" }, name),
    el("div", { className: "tl-track" }, children));
}

/** The call's timeline. `onPick(index, seconds)` goes to an utterance; `onSeek(seconds)` to a moment. */
export function renderTimeline(call, length, { onPick, onSeek }) {
  duration = Math.max(length, 1);
  const utterances = new Map(call.utterances.map((u) => [u.index, u]));
  const snippet = (u) => (u ? ` — ${u.text.slice(0, 40)}` : "");
  const speech = (speaker) => call.utterances.filter((u) => (speaker === "staff" ? u.speaker === "staff" : u.speaker !== "staff"))
    .map((u) => el("span", { className: `segment ${u.speaker}`, style: { left: at(u.start), width: `calc(${at(u.end - u.start)} + 1px)` } }));

  const labelled = call.utterances
    .map((u) => ({ u, labels: u.labels.filter((l) => STEPS.includes(l) || MEMO_KINDS.has(l)) }))
    .filter(({ labels }) => labels.length)
    .map(({ u, labels }) => marker(labels.some((l) => STEPS.includes(l)) ? "step" : "memo", u.start, u.index,
      `${clock(u.start)} ${labels.map(labelName).join(t("list_separator"))}${snippet(u)}`, onPick));

  const alerts = (call.alerts || []).map((a) => {
    const u = utterances.get(a.index);
    const kind = HARASSMENT.has(a.label) ? "harass" : CAUTIONS.has(a.label) ? "caution" : "alert";
    return marker(kind, u ? u.start : 0, a.index, `${clock(u?.start)} ${labelName(a.label)}: ${a.text}${snippet(u)}`, onPick);
  });

  const escalations = (call.escalations || []).map((e) => {
    const u = utterances.get(e.index);
    const seconds = u ? u.end : duration;
    const state = e.acknowledged ? "acked" : "open";
    return marker(`escalation ${state}`, seconds, e.index ?? "", `${clock(seconds)} ${t("escalation")} (${t(e.acknowledged ? "acknowledged" : "unacknowledged")})`, onPick);
  });

  const ticks = [];
  const step = duration > 600 ? 120 : duration > 180 ? 60 : duration > 60 ? 15 : 5;
  for (let s = 0; s <= duration; s += step) ticks.push(el("span", { className: "tick", style: { left: at(s) } }, clock(s)));

  const staffTrack = row(t("staff"), "speech", speech("staff"));
  const customerTrack = row(t("customer"), "speech customer", speech("customer"));
  for (const track of [staffTrack, customerTrack]) {
    track.querySelector(".tl-track").addEventListener("click", (event) => {
      const box = event.currentTarget.getBoundingClientRect();
      onSeek(((event.clientX - box.left) / box.width) * duration);
    });
  }
  $("timeline").replaceChildren(
    staffTrack, customerTrack,
    row(t("labels_row"), "labels", labelled),
    row(t("alerts_row"), "alerts", alerts),
    row(t("escalations"), "escalations", escalations),
    row("", "axis", ticks),
    el("div", { className: "tl-overlay", "aria-hidden": true }, el("span", { id: "playhead", className: "playhead", hidden: true })),
  );
  rove($("timeline"));
}

/** One Tab stop for all markers: arrow keys move between them in time order (Home and End to the ends). */
function rove(timeline) {
  const markers = [...timeline.querySelectorAll(".marker")].sort((a, b) => parseFloat(a.style.left) - parseFloat(b.style.left));
  markers.forEach((m, i) => { m.tabIndex = i === 0 ? 0 : -1; });
  timeline.onkeydown = (event) => {
    const at = markers.indexOf(document.activeElement);
    if (at < 0) return;
    const next = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0, End: markers.length - 1 }[event.key];
    if (next === undefined || !markers[next]) return;
    event.preventDefault();
    markers[at].tabIndex = -1;
    markers[next].tabIndex = 0;
    markers[next].focus();
  };
}

export function setPlayhead(seconds) {
  const head = $("playhead");
  if (!head) return;
  head.hidden = seconds == null;
  if (seconds != null) head.style.left = at(seconds);
}
