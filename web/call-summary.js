// The call's summary (steps done and missed, order issues, counts) and the memo: the customer's words
// verbatim, with the dates, times, names and amounts found in them.
import { $, CAUTIONS, HARASSMENT, STEPS, chip, el, entityName, marked, spokenLanguage, stepName, t, tf } from "./ui.js";

function orderIssue(issue) {
  const pair = /^(\w+)_before_(\w+)$/.exec(issue);
  if (pair) return tf("order_before", { later: stepName(pair[1]), earlier: stepName(pair[2]) });
  return t(`order_${issue}`) === `order_${issue}` ? issue : t(`order_${issue}`);  // an issue a newer analysis added
}

export function renderSummary(call) {
  const done = new Set(call.utterances.filter((u) => u.speaker !== "customer").flatMap((u) => u.labels));
  const missed = new Set(call.missed_steps || []);
  const steps = [...STEPS, ...(call.missed_steps || []).filter((s) => !STEPS.includes(s))];
  $("steps").replaceChildren(...steps.map((step) => el("li", {
    className: done.has(step) ? "done" : missed.has(step) ? "missed" : "",
    dataset: { step },
    "aria-label": `${stepName(step)}: ${t(done.has(step) ? "step_done" : missed.has(step) ? "missed" : "step_not_seen")}`,
  }, stepName(step))));
  $("order-issues").replaceChildren(...(call.order_issues || []).map((issue) => el("li", {}, orderIssue(issue))));
  const cautions = (call.alerts || []).filter((a) => CAUTIONS.has(a.label)).length;
  const signs = (call.alerts || []).filter((a) => HARASSMENT.has(a.label)).length;
  $("counts").textContent = call.summary ? tf("counts", { cautions, signs }) : tf("counts_no_summary", { cautions, signs });
}

export function renderMemo(call, onPick) {
  const items = (call.memo || []).map((m) => {
    const entities = (m.entities || []).map((e) => el("li", {},
      el("span", { className: "entity-kind" }, entityName(e.type)), " ",
      el("span", {}, e.text), String(e.value) !== e.text ? el("span", { className: "muted" }, ` → ${e.value}${e.currency ? " " + e.currency : ""}`) : null));
    const quote = el("q", { className: "verbatim", lang: spokenLanguage(call) }, marked(m.quote, (m.entities || []).map((e) => e.text), !(m.entities || []).length));
    const go = el("button", { type: "button", className: "link", "aria-label": tf("go_to_utterance", { n: m.index + 1 }) }, "↗");
    go.onclick = () => onPick(m.index);
    return el("li", { dataset: { index: m.index } }, chip(m.kind), " ", quote, " ", go,
      entities.length ? el("ul", { className: "entities" }, entities) : null);
  });
  $("memo").replaceChildren(...items);
  if (!items.length) $("memo").append(el("li", { className: "muted" }, t("memo_empty")));
}
