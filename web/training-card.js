// The score card of one attempt: the score with its formula and weights beside it, every point lost and
// why, steps, first apology, cautions with quotes, escalation, talk ratio and interruptions.
import { clock, el, labelName, marked, stepName, t } from "./ui.js";
import { has, num, percent, tr } from "./training-text.js";

/** "solution_before_apology" → "Solution before Apology" in the reader's language; "closed_without_thanks" → its own text. */
export function issueText(issue) {
  const pair = /^(\w+?)_before_(\w+)$/.exec(issue);
  if (pair) return tr("issue.before", { later: stepName(pair[1]), earlier: stepName(pair[2]) });
  return tr(`issue.${issue}`);
}

export const componentName = (id) => tr(`component.${id}`);

/** One deduction in words: its reason code with the numbers that go with it. */
export function deductionText(d) {
  const values = {
    ...d,
    step: d.step ? stepName(d.step) : "",
    label: d.label ? labelName(d.label) : "",
    issue: d.issue ? issueText(d.issue) : "",
    ratio: d.ratio != null ? percent(d.ratio) : "",
    limit: d.limit != null ? percent(d.limit) : "",
    seconds: num(d.seconds),
    overlap_s: num(d.overlap_s),
  };
  if (has(`reason.${d.reason}`)) return tr(`reason.${d.reason}`, values);
  return `${d.reason} ${JSON.stringify(d)}`;
}

/** The playbook's weights of one component in words, e.g. "−12 per missed step · cap −60". */
function weightsText(component, weights) {
  return Object.entries(weights || {})
    .filter(([, value]) => typeof value === "number")
    .map(([key, value]) => {
      const path = has(`weight.${component}.${key}`) ? `weight.${component}.${key}` : `weight.${key}`;
      return has(path) ? tr(path, { n: num(value), pct: percent(value) }) : `${key} ${num(value)}`;
    })
    .join(" · ");
}

function scoreHead(card) {
  const weights = card.scoring?.weights || {};
  const rows = card.components.map((c) =>
    el("tr", { dataset: { component: c.id }, className: c.points_lost > 0 ? "lost" : "" },
      el("th", { scope: "row" }, componentName(c.id)),
      el("td", { className: "weights" }, weightsText(c.id, weights[c.id])),
      el("td", { className: "num" }, c.points_lost > 0 ? `−${num(c.points_lost)}` : "0"),
      el("td", { className: "num muted" }, `/ ${num(c.max_loss)}`)));
  return el("div", { className: "score-head" },
    el("div", { className: "score", "aria-label": tr("score") },
      el("span", { id: "score-value", className: "big" }, num(card.score)),
      el("span", { className: "of" }, `/ ${num(card.max_score)}`)),
    el("div", { className: "formula" },
      el("p", { className: "formula-text" }, tr("formula", { start: num(card.scoring?.start ?? card.max_score) })),
      el("table", { className: "components" },
        el("thead", {}, el("tr", {}, el("th", {}, tr("component_col")), el("th", {}, tr("weights_col")),
          el("th", { className: "num" }, tr("lost_col")), el("th", { className: "num" }, tr("cap_col")))),
        el("tbody", {}, rows))));
}

function section(title, ...content) {
  return el("section", { className: "card-part" }, el("h3", {}, title), ...content);
}

const at = (seconds) => (seconds == null ? "" : ` · ${clock(seconds)}`);

function stepsPart(card) {
  return section(tr("steps_title"), el("ol", { className: "steps card-steps" }, card.steps.map((s) =>
    el("li", { className: s.status, dataset: { step: s.step, status: s.status } },
      `${stepName(s.step)} — ${tr(`status.${s.status}`)}${at(s.at_s)}`,
      s.issues.length ? el("span", { className: "issues" }, ` (${s.issues.map(issueText).join(t("list_separator"))})`) : null))));
}

function apologyPart(card) {
  const a = card.first_apology;
  const allowed = card.scoring?.weights?.first_apology?.within_s;
  const text = a ? tr("first_apology_after", { seconds: num(a.seconds), allowed: num(allowed) }) : tr("no_apology");
  return section(tr("first_apology_title"), el("p", { id: "first-apology", className: a && a.seconds <= allowed ? "" : "bad" }, text));
}

function cautionsPart(card) {
  if (!card.cautions.length) return section(tr("cautions_title"), el("p", { className: "muted" }, tr("no_cautions")));
  return section(tr("cautions_title"), el("ul", { className: "cautions card-cautions" }, card.cautions.map((c) =>
    el("li", { className: "caution", dataset: { label: c.label, index: c.index } },
      el("span", { className: "chip caution" }, labelName(c.label)), ` ${clock(c.at_s)} `,
      el("q", {}, marked(c.quote, c.evidence ? [c.evidence] : []))))));
}

function escalationPart(card) {
  const h = card.harassment;
  const signs = h.signs.map((s) => el("li", { className: "harass", dataset: { label: s.label } },
    el("span", { className: "chip harass" }, labelName(s.label)), ` ${clock(s.at_s)} `, el("q", {}, s.quote)));
  return section(tr("escalation_title"),
    el("p", { id: "escalation-verdict", className: `verdict ${h.verdict}`, dataset: { verdict: h.verdict } }, tr(`verdict.${h.verdict}`)),
    signs.length ? el("ul", { className: "cautions" }, signs) : null);
}

function talkPart(card) {
  const talk = card.talk;
  if (!talk.measurable || talk.staff_ratio == null) return section(tr("talk_title"), el("p", { className: "muted" }, tr("not_measurable")));
  const w = card.scoring?.weights?.talk_ratio || {};
  const staffPct = Math.round(talk.staff_ratio * 100);
  return section(tr("talk_title"),
    el("div", { className: "ratio", role: "img", "aria-label": tr("talk_ratio_text", { staff: staffPct, customer: 100 - staffPct }) },
      el("span", { className: "staff", style: { width: `${staffPct}%` } }),
      el("span", { className: "customer", style: { width: `${100 - staffPct}%` } })),
    el("p", { id: "talk-ratio" }, tr("talk_ratio_text", { staff: staffPct, customer: 100 - staffPct }),
      w.staff_min != null ? el("span", { className: "muted" }, ` ${tr("talk_range", { min: percent(w.staff_min), max: percent(w.staff_max) })}`) : null));
}

function interruptionsPart(card) {
  const i = card.interruptions;
  const note = i.note ? el("p", { className: "muted" }, tr(`note.${i.note}`)) : null;
  if (!i.measurable) return section(tr("interruptions_title"), el("p", { className: "muted" }, tr("not_measurable")), note);
  return section(tr("interruptions_title"),
    el("p", { id: "interruptions" }, tr("interruptions_n", { n: i.count })), note,
    i.items.length ? el("ul", {}, i.items.map((x) => el("li", {}, tr("interruption_item", { at: clock(x.at_s), overlap: num(x.overlap_s) })))) : null);
}

function deductionsPart(card) {
  const all = card.components.flatMap((c) => c.deductions.map((d) => ({ ...d, component: c.id })));
  if (!all.length) return section(tr("deductions_title"), el("p", { className: "muted" }, tr("no_deductions")));
  return section(tr("deductions_title"), el("ul", { id: "deductions", className: "deductions" }, all.map((d) =>
    el("li", { dataset: { reason: d.reason } }, el("span", { className: "points" }, `−${num(d.points)}`), ` ${deductionText(d)}`))));
}

export function renderCard(root, card) {
  const speakers = card.speakers || {};
  root.replaceChildren(
    scoreHead(card),
    speakers.source ? el("p", { className: "muted speakers-source" }, tr(`speakers.${speakers.source}`),
      speakers.corrected?.length ? ` · ${tr("speakers_corrected", { n: speakers.corrected.length })}` : "") : null,
    el("div", { className: "card-grid" },
      stepsPart(card), apologyPart(card), cautionsPart(card), escalationPart(card), talkPart(card), interruptionsPart(card)),
    deductionsPart(card));
  root.dataset.score = String(card.score);
}
