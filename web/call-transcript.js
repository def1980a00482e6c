// The transcript in two lanes (staff left, customer right), labels as chips, cautions and signs under the
// words that raised them, the staff's corrections of mis-heard words beside the original text.
// Utterances are focusable; choosing one asks the page to play from its start.
import { $, CAUTIONS, HARASSMENT, chip, clock, el, labelName, marked, spokenLanguage, t, tf } from "./ui.js";

const laneOf = (speaker) => (speaker === "staff" || speaker === "customer" ? speaker : "unknown");

function utteranceItem(u, alerts, corrections, handlers, lang) {
  const flagged = u.labels.filter((l) => CAUTIONS.has(l) || HARASSMENT.has(l));
  const words = flagged.map((l) => u.evidence?.[l]).filter(Boolean);
  const text = el("p", { className: "text", lang });
  text.append(marked(u.text, words));
  const item = el("li", {
    className: `utt ${laneOf(u.speaker)}${flagged.some((l) => HARASSMENT.has(l)) ? " harass" : flagged.length ? " caution" : ""}`,
    dataset: { index: u.index, start: u.start },
    tabIndex: 0,
    style: { gridRow: String(u.index + 1) },
    "aria-label": `${clock(u.start)} ${t(laneOf(u.speaker))}: ${u.text}`,
  },
  el("div", { className: "meta" },
    el("span", { className: "time" }, clock(u.start)),
    el("span", { className: "who" }, t(laneOf(u.speaker))),
    u.labels.map((label) => chip(label))),
  text,
  corrections.map((c) => el("span", { className: "correction", lang }, `${c.original} → ${c.corrected}`)),
  alerts.length ? el("ul", { className: "utt-alerts" }, alerts.map((a) =>
    el("li", { className: HARASSMENT.has(a.label) ? "harass" : "caution" }, `${labelName(a.label)} · ${a.text}`))) : null,
  el("ul", { className: "utt-notes" }),
  el("button", { type: "button", className: "add-note link", dataset: { index: u.index }, "aria-label": tf("note_on", { time: clock(u.start) }) }, t("add_note_here")));
  item.addEventListener("click", (event) => {
    if (event.target.closest("button, a, input, textarea, form")) return;
    handlers.choose(u.index);
  });
  item.addEventListener("keydown", (event) => {
    if (event.target !== item || (event.key !== "Enter" && event.key !== " ")) return;
    event.preventDefault();
    handlers.choose(u.index);
  });
  item.querySelector(".add-note").onclick = () => handlers.noteOn(u.index);
  return item;
}

const alertsOf = (call, index) => (call.alerts || []).filter((a) => a.index === index);
const correctionsOf = (call, index) => (call.corrections || []).filter((c) => c.index === index);

/** (Re)draws every utterance of the call; `handlers.choose(index)` and `handlers.noteOn(index)` are the page's. */
export function renderTranscript(call, handlers) {
  const focused = document.activeElement?.closest?.("li.utt")?.dataset.index;
  const lang = spokenLanguage(call);
  $("transcript").replaceChildren(...call.utterances.map((u) =>
    utteranceItem(u, alertsOf(call, u.index), correctionsOf(call, u.index), handlers, lang)));
  if (focused !== undefined) utteranceElement(focused)?.focus({ preventScroll: true });
}

/** Draws one utterance of a live call (new, or again with its alert) and leaves the others, and any note
 * being written under them, alone. */
export function renderUtterance(call, index, handlers) {
  const u = call.utterances.find((x) => x.index === index);
  if (!u) return;
  const item = utteranceItem(u, alertsOf(call, index), correctionsOf(call, index), handlers, spokenLanguage(call));
  const old = utteranceElement(index);
  if (old) old.replaceWith(item);
  else $("transcript").append(item);
}

export const utteranceElement = (index) => document.querySelector(`#transcript li.utt[data-index="${index}"]`);

/** Brings an utterance into view and gives it the keyboard focus. */
export function focusUtterance(index) {
  const item = utteranceElement(index);
  if (!item) return;
  document.querySelectorAll("#transcript li.focused").forEach((n) => n.classList.remove("focused"));
  item.classList.add("focused");
  item.scrollIntoView({ block: "center", behavior: "smooth" });
  item.focus({ preventScroll: true });
}

/** The utterance being heard now (null: none), highlighted; `follow` keeps it in view. */
export function markPlaying(index, follow) {
  const current = document.querySelector("#transcript li.playing");
  if (current && current.dataset.index === String(index)) return;
  current?.classList.remove("playing");
  current?.removeAttribute("aria-current");
  if (index == null) return;
  const item = utteranceElement(index);
  if (!item) return;
  item.classList.add("playing");
  item.setAttribute("aria-current", "true");
  if (follow) item.scrollIntoView({ block: "nearest", behavior: "smooth" });
}
