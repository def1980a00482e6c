// The trainer's transcript: who said what, with a one-click speaker fix (staff ⇄ customer) that re-scores
// the attempt, and comments on any utterance (stored as the call's notes, so the review page shows them).
import { clock, el, t, when } from "./ui.js";
import { tr } from "./training-text.js";
import { PanelView } from "./panel-view.js";

const other = (speaker) => (speaker === "staff" ? "customer" : "staff");

function fixButtons(u, handlers) {
  // an unknown speaker can go either way; a known one flips
  const targets = u.speaker === "staff" || u.speaker === "customer" ? [other(u.speaker)] : ["staff", "customer"];
  return targets.map((speaker) => el("button", {
    type: "button", className: "fix-speaker", dataset: { index: u.index, to: speaker },
    title: tr("fix_speaker_title", { who: t(speaker) }),
    onclick: (event) => { event.currentTarget.disabled = true; handlers.fix(u.index, speaker); },
  }, `⇄ ${t(speaker)}`));
}

function commentForm(u, handlers) {
  const box = el("textarea", { rows: 2, maxLength: 5000, "aria-label": tr("comment_label") });
  const form = el("form", { className: "comment-form", hidden: true },
    box, el("button", { type: "submit" }, tr("save")),
    el("button", { type: "button", className: "link", onclick: () => { form.hidden = true; } }, tr("cancel")));
  form.onsubmit = async (event) => {
    event.preventDefault();
    const text = box.value.trim();
    if (!text) return;
    if (await handlers.comment(u.index, text)) { box.value = ""; form.hidden = true; }
  };
  return form;
}

function utteranceItem(u, notes, handlers) {
  const form = commentForm(u, handlers);
  const source = u.speaker_source && u.speaker_source !== "channel" ? el("span", { className: `source ${u.speaker_source}` }, tr(`source.${u.speaker_source}`)) : null;
  return el("li", { className: u.speaker, dataset: { index: u.index, speaker: u.speaker, source: u.speaker_source || "" } },
    el("span", { className: "who" }, `${t(u.speaker)} · ${clock(u.start)}`, source, u.labels.map((l) => PanelView.chip(l))),
    el("span", { className: "text" }, u.text),
    el("span", { className: "actions" }, fixButtons(u, handlers),
      el("button", { type: "button", className: "comment", onclick: () => { form.hidden = false; form.querySelector("textarea").focus(); } }, `✎ ${tr("comment")}`)),
    form,
    notes.length ? el("ul", { className: "comments" }, notes.map((n) =>
      el("li", { dataset: { note: n.id } }, el("b", {}, n.author), ` ${n.text} `, el("span", { className: "muted" }, when(n.created_at))))) : null);
}

/** (Re)draws the transcript of `card.utterances`; `notes` are the call's notes, `handlers` {fix, comment}. */
export function renderTrainerTranscript(root, card, notes, handlers) {
  const byIndex = new Map();
  for (const n of notes) if (n.index != null) byIndex.set(n.index, [...(byIndex.get(n.index) || []), n]);
  root.replaceChildren(...card.utterances.map((u) => utteranceItem(u, byIndex.get(u.index) || [], handlers)));
}

