// The call's escalations: when, by whom, why, and whether a supervisor has acknowledged each one.
import { $, api, clock, el, reasonText, showError, supervisorName, t, tf, when } from "./ui.js";

let call = null;
let onPick = () => {};
let onChange = () => {};

function item(escalation) {
  const u = call.utterances.find((x) => x.index === escalation.index);
  const go = el("button", { type: "button", className: "link" }, clock(u ? u.end : 0));
  go.onclick = () => { if (u) onPick(u.index); };
  const who = escalation.by === "supervisor" ? t("by_supervisor") : t("by_staff");
  const head = el("div", {}, go, " ", who, escalation.reason ? ` · ${reasonText(escalation.reason)}` : "",
    escalation.raised_at ? el("span", { className: "muted" }, ` · ${when(escalation.raised_at)}`) : null);
  const li = el("li", { className: escalation.acknowledged ? "acked" : "open", dataset: { seq: escalation.seq } }, head);
  if (escalation.acknowledged) {
    const ack = escalation.acknowledged;
    li.append(el("p", { className: "ack-state" }, tf("acknowledged_by", { by: ack.by, at: when(ack.at) }), ack.note ? el("q", {}, ack.note) : null));
  } else {
    const note = el("input", { className: "ack-note", maxLength: 500, placeholder: t("ack_note"), "aria-label": t("ack_note") });
    const button = el("button", { type: "button", className: "ack primary" }, t("acknowledge"));
    button.onclick = () => acknowledge(escalation, note.value.trim(), button);
    li.append(el("p", { className: "ack-state open" }, t("unacknowledged")), el("div", { className: "inline-form" }, note, button));
  }
  return li;
}

async function acknowledge(escalation, note, button) {
  const by = supervisorName();
  if (!by) return;
  button.disabled = true;
  try {
    const updated = await api(`/api/calls/${call.call}/escalations/${escalation.seq}/ack`, { json: { by, ...(note ? { note } : {}) } });
    Object.assign(escalation, updated);
    showError("");
    render();
    onChange();
    $("escalations").querySelector(`li[data-seq="${escalation.seq}"] .link`)?.focus();
  } catch (err) { showError(err.message); button.disabled = false; }
}

export function render() {
  const list = call.escalations || [];
  $("escalations").replaceChildren(...list.map(item));
  if (!list.length) {
    $("escalations").append(el("li", { className: "muted" }, call.escalation || call.escalated ? t("escalation_advised") : t("no_escalations")));
  }
}

export function setupEscalations(current, pick, changed) {
  call = current;
  onPick = pick;
  onChange = changed;
  render();
}
