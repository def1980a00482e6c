// Attempts grouped by trainee and scenario, two attempts side by side with their deltas, a trainee's
// progress over time, and an attempt deleted after an in-page confirmation.
import { $, api, el, stepName, t, when } from "./ui.js";
import { num, signed, tr } from "./training-text.js";
import { componentName, issueText } from "./training-card.js";
import { progressChart } from "./training-chart.js";
import { confirmIn } from "./training-confirm.js";

const option = (value, text) => el("option", { value }, text);

/** Fills the trainee and scenario pickers of the attempts view, keeping the current choice. */
export async function loadFilters(scenarios) {
  const { trainees } = await api("/api/training/trainees");
  const keep = $("filter-trainee").value;
  $("filter-trainee").replaceChildren(option("", tr("all_trainees")), ...trainees.map((x) => option(x.trainee, `${x.trainee} (${x.attempts})`)));
  $("filter-trainee").value = trainees.some((x) => x.trainee === keep) ? keep : "";
  const keepScenario = $("filter-scenario").value;
  $("filter-scenario").replaceChildren(option("", tr("all_scenarios")), ...scenarios.map((s) => option(s.id, s.title)));
  $("filter-scenario").value = scenarios.some((s) => s.id === keepScenario) ? keepScenario : "";
  return trainees;
}

function attemptRow(a, { picked, onPick, onDelete }) {
  const box = el("input", { type: "checkbox", className: "pick", checked: picked().includes(a.id), "aria-label": tr("pick_for_compare"), dataset: { attempt: a.id } });
  box.onchange = () => onPick(a.id, box.checked);
  // asked on a row of its own under the attempt, so the columns keep their width; the call stays (the
  // review page has it), only the attempt and its score card go
  const remove = el("button", { type: "button", className: "danger delete-attempt", "aria-label": tr("delete_attempt"), onclick: () => {
    const cell = el("td", { colSpan: 6 });
    const asking = el("tr", { className: "confirm-row", dataset: { confirms: a.id } }, cell);
    remove.closest("tr").after(asking);
    remove.disabled = true;
    confirmIn(cell, {
      question: tr("confirm_delete_attempt"),
      yes: tr("delete"),
      action: () => api(`/api/training/attempts/${a.id}`, { method: "DELETE" }),
      onDone: () => onDelete(a.id),
      onCancel: () => { asking.remove(); remove.disabled = false; remove.focus(); },
    });
  } }, tr("delete"));
  return el("tr", { dataset: { attempt: a.id } },
    el("td", {}, box),
    el("td", {}, el("a", { href: `#attempt/${a.id}` }, when(a.created_at))),
    el("td", {}, a.trainee),
    el("td", {}, a.scenario_title || el("span", { className: "muted" }, "—")),
    el("td", { className: "num score-cell" }, a.score == null ? tr(`attempt_status.${a.status}`) : num(a.score)),
    el("td", { className: "row-actions" }, remove));
}

/** Attempts grouped by trainee and scenario: how many, the best and the last score; a row sets the filters. */
function groupsTable(trainees, onChoose) {
  const rows = trainees.flatMap((x) => x.scenarios.map((g, i) => el("tr", { dataset: { trainee: x.trainee, scenario: g.scenario_id || "" } },
    i === 0 ? el("th", { scope: "row", rowSpan: x.scenarios.length }, x.trainee) : null,
    el("td", {}, el("a", { href: "#attempts", onclick: (event) => { event.preventDefault(); onChoose(x.trainee, g.scenario_id || ""); } },
      g.scenario_title || tr("no_scenario"))),
    el("td", { className: "num" }, String(g.attempts)),
    el("td", { className: "num" }, num(g.best_score)),
    el("td", { className: "num" }, num(g.last_score)))));
  return el("table", { className: "groups" },
    el("thead", {}, el("tr", {}, el("th", {}, tr("trainee")), el("th", {}, tr("scenario")), el("th", { className: "num" }, tr("attempts_col")),
      el("th", { className: "num" }, tr("best")), el("th", { className: "num" }, tr("last")))),
    el("tbody", {}, rows));
}

/** The attempts list for the chosen filters, with its progress chart when one trainee is chosen.
 * `handlers`: {picked: () => ids ticked for comparison, onPick(id, on), onDelete(id) once deleted}. */
export async function renderAttempts(handlers, trainees = []) {
  const trainee = $("filter-trainee").value;
  const scenario = $("filter-scenario").value;
  const params = new URLSearchParams({ limit: "200" });
  if (trainee) params.set("trainee", trainee);
  if (scenario) params.set("scenario_id", scenario);
  const { total, attempts } = await api(`/api/training/attempts?${params}`);
  $("attempts-total").textContent = tr("attempts_n", { n: total });
  $("attempts-body").replaceChildren(...attempts.map((a) => attemptRow(a, handlers)));
  $("attempts-empty").hidden = attempts.length > 0;
  $("progress").replaceChildren();
  if (trainee) {
    const pq = new URLSearchParams({ trainee });
    if (scenario) pq.set("scenario_id", scenario);
    const { points } = await api(`/api/training/progress?${pq}`);
    $("progress").append(el("h3", {}, tr("progress_title", { trainee })),
      points.length ? progressChart(points) : el("p", { className: "muted" }, tr("no_attempts")));
  } else {
    const choose = (name, scenarioId) => {
      $("filter-trainee").value = name;
      $("filter-scenario").value = scenarioId;
      renderAttempts(handlers, trainees);
    };
    $("progress").append(el("h3", {}, tr("by_trainee_title")),
      trainees.length ? groupsTable(trainees, choose) : el("p", { className: "muted" }, tr("no_attempts")),
      el("p", { className: "muted" }, tr("pick_trainee_for_progress")));
  }
}

function deltaCell(delta, lowerIsBetter) {
  const better = lowerIsBetter ? delta < 0 : delta > 0;
  return el("td", { className: `num delta ${delta === 0 ? "same" : better ? "better" : "worse"}` }, signed(delta));
}

function attemptHead(a, side) {
  return el("th", { scope: "col", dataset: { side } },
    el("a", { href: `#attempt/${a.id}` }, `${a.trainee} · ${when(a.created_at)}`),
    el("div", { className: "muted" }, a.scenario_title || ""));
}

/** Two attempts side by side: both scores, the delta (b − a), every component's points lost and each step. */
export async function renderCompare(root, a, b) {
  const c = await api(`/api/training/compare?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`);
  const stepStatus = (status) => el("td", { className: `step-status ${status}` }, tr(`status.${status}`));
  root.replaceChildren(
    el("table", { className: "compare" },
      el("thead", {}, el("tr", {}, el("th", {}), attemptHead(c.a, "a"), attemptHead(c.b, "b"), el("th", { className: "num" }, tr("delta")))),
      el("tbody", {},
        el("tr", { className: "score-row" }, el("th", { scope: "row" }, tr("score")),
          el("td", { className: "num big", dataset: { side: "a" } }, num(c.a.score)),
          el("td", { className: "num big", dataset: { side: "b" } }, num(c.b.score)),
          Object.assign(deltaCell(c.delta.score, false), { id: "score-delta" })),
        el("tr", { className: "group" }, el("th", { colSpan: 4 }, tr("points_lost_by_component"))),
        c.delta.components.map((d) => el("tr", { dataset: { component: d.id } }, el("th", { scope: "row" }, componentName(d.id)),
          el("td", { className: "num" }, d.a_lost ? `−${num(d.a_lost)}` : "0"),
          el("td", { className: "num" }, d.b_lost ? `−${num(d.b_lost)}` : "0"),
          deltaCell(d.a_lost - d.b_lost, false))),  // fewer points lost is a gain
        el("tr", { className: "group" }, el("th", { colSpan: 4 }, tr("steps_title"))),
        c.delta.steps.map((s) => el("tr", { dataset: { step: s.step } }, el("th", { scope: "row" }, stepName(s.step)),
          stepStatus(s.a), stepStatus(s.b), el("td", {}))))),
    notesOnIssues(c));
}

function notesOnIssues(c) {
  const issues = (x) => (x.card?.order_issues || []).map(issueText).join(t("list_separator")) || "—";
  return el("p", { className: "muted" }, `${tr("order_issues")}: A ${issues(c.a)} / B ${issues(c.b)}`);
}
