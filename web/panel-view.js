// The side panel's rendering: a call's events turned into the transcript lanes, the procedure, one prompt,
// cautions, the harassment banner and the memo. The live page (/) feeds it from the websocket; the training
// page (/training) feeds it the same events again, up to any moment of a replay.
import { CAUTIONS, HARASSMENT, STEPS, clock, el, labelName, marked, stepName, t } from "./ui.js";

export class PanelView {
  // parts: {transcript, partials, prompt, steps, cautions, memo, banner, escalate?}; hooks (all optional):
  // onMemo(item, index) decorates a memo line, onUtterance(item) after a line is added,
  // onEscalation(event), onSummary(summary).
  constructor(parts, hooks = {}) {
    this.parts = parts;
    this.hooks = hooks;
    this.reset();
    this.live = false;  // no call yet: no step is "next"
    this.renderSteps();
  }

  reset() {
    this.done = new Set();
    this.utterances = {};
    this.corrections = [];
    this.summary = null;
    this.live = true;
    for (const name of ["transcript", "partials", "cautions", "memo"]) this.parts[name].innerHTML = "";
    this.parts.prompt.textContent = "";
    this.parts.banner.hidden = true;
    if (this.parts.escalate) { this.parts.escalate.disabled = false; this.parts.escalate.textContent = t("escalate"); }
    this.renderSteps();
  }

  apply(event) {
    switch (event.type) {
      case "partial": this.showPartial(event); break;
      case "utterance": this.addUtterance(event); break;
      case "prompt": this.parts.prompt.textContent = event.text; this.parts.prompt.dataset.step = event.step; break;
      case "alert": this.addCaution(event); break;
      case "correction": this.corrections.push(event); this.showCorrection(event); break;
      case "escalation":
        if (this.parts.escalate) { this.parts.escalate.disabled = true; this.parts.escalate.textContent = t("escalated"); }
        if (this.hooks.onEscalation) this.hooks.onEscalation(event);
        break;
      case "summary": this.finish(event); break;
    }
  }

  showPartial(event) {
    let line = this.parts.partials.querySelector(`[data-speaker="${event.speaker}"]`);
    if (!line) { line = document.createElement("div"); line.dataset.speaker = event.speaker; this.parts.partials.append(line); }
    line.textContent = `${t(event.speaker)}: ${event.text}…`;
  }

  addUtterance(event) {
    this.parts.partials.querySelector(`[data-speaker="${event.speaker}"]`)?.remove();
    this.utterances[event.index] = event;
    const item = document.createElement("li");
    item.className = event.speaker;
    item.dataset.index = event.index;
    item.dataset.seq = event.seq;
    if (event.speaker_source) item.dataset.speakerSource = event.speaker_source;
    const who = document.createElement("span");
    who.className = "who";
    who.textContent = `${t(event.speaker)} · ${clock(event.start)}`;
    event.labels.forEach((label) => who.append(PanelView.chip(label)));
    item.append(who, document.createTextNode(event.text));
    this.parts.transcript.append(item);
    if (event.speaker === "staff") event.labels.filter((l) => STEPS.includes(l)).forEach((l) => this.done.add(l));
    const memoKind = event.speaker !== "staff" && event.labels.find((l) => l === "fact" || l === "request");
    if (memoKind) this.addMemo(event.index, memoKind, event.text);
    this.renderSteps();
    if (this.hooks.onUtterance) this.hooks.onUtterance(item);
  }

  static chip(label) {
    const kind = CAUTIONS.has(label) ? " caution" : HARASSMENT.has(label) ? " harass" : "";
    return el("span", { className: `chip${kind}`, dataset: { label } }, labelName(label));
  }

  addCaution(event) {
    const harass = HARASSMENT.has(event.label);
    const item = document.createElement("li");
    item.className = harass ? "harass" : "caution";
    item.dataset.label = event.label;
    item.dataset.index = event.index;
    const said = this.utterances[event.index];
    const trigger = said?.evidence?.[event.label];
    item.append(PanelView.chip(event.label), document.createTextNode(` ${event.text} `));
    if (said) {
      const q = document.createElement("q");
      q.append(marked(said.text, trigger ? [trigger] : []));
      item.append(q);
    }
    this.parts.cautions.prepend(item);
    this.parts.transcript.querySelector(`li[data-index="${event.index}"]`)?.classList.add("flagged");
    if (harass) this.parts.banner.hidden = false;
  }

  addMemo(index, kind, quote, entities) {
    if (this.parts.memo.querySelector(`li[data-index="${index}"]`)) return;
    const item = document.createElement("li");
    item.dataset.index = index;
    const tag = document.createElement("span"); tag.className = "kind"; tag.textContent = labelName(kind);
    item.append(tag, marked(quote, (entities || []).map((e) => e.text), true));
    this.parts.memo.append(item);
    if (this.hooks.onMemo) this.hooks.onMemo(item, index);
  }

  showCorrection(event, where = "transcript, memo") {
    for (const name of where.split(", ")) {
      for (const el of this.parts[name].querySelectorAll(`li[data-index="${event.index}"]`)) {
        const note = document.createElement("span");
        note.className = "correction";
        note.textContent = `${event.original} → ${event.corrected}`;
        el.append(note);
      }
    }
  }

  finish(summary) {
    this.live = false;
    this.summary = summary;
    this.parts.memo.innerHTML = "";
    summary.memo.forEach((m) => this.addMemo(m.index, m.kind, m.quote, m.entities));
    for (const c of this.corrections) this.showCorrection(c, "memo");
    this.parts.prompt.textContent = "";
    this.renderSteps();
    if (this.hooks.onSummary) this.hooks.onSummary(summary);
  }

  renderSteps() {
    const list = this.parts.steps;
    const missed = new Set(this.summary ? this.summary.missed_steps : []);
    const order = this.summary ? this.summary.order_issues.join(" ") : "";
    const next = STEPS.find((s) => !this.done.has(s));
    list.innerHTML = "";
    for (const step of STEPS) {
      const item = document.createElement("li");
      item.dataset.step = step;
      item.textContent = stepName(step);
      if (this.done.has(step)) item.classList.add("done");
      else if (missed.has(step)) item.classList.add("missed");
      else if (step === next && this.live) item.classList.add("next");
      if (order.includes(step)) item.classList.add("order");
      list.append(item);
    }
  }
}
