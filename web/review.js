// The list of stored calls: filters and full-text search (kept in the URL), paging, export with the same filters.
import { $, api, clock, el, languageName, onLanguage, showError, startTexts, statusName, stepName, t, tf, when } from "./ui.js";
import { PAGE_SIZE, apiFilters, daysAgo, fromForm, offsetOf, toForm } from "./review-filters.js";

const form = $("filters");
let shown = { total: 0, calls: [], offset: 0 };

function escalationCell(call) {
  const td = el("td", { className: "esc" });
  const count = call.escalations ?? (call.escalated ? 1 : 0);
  if (!call.escalated && !count) return td;
  td.append(el("span", { className: "flag", "aria-hidden": true }, "●"), ` ${count || ""}`);
  if (call.unacked_escalations > 0) td.append(" ", el("span", { className: "badge unacked" }, tf("unacked_count", { n: call.unacked_escalations })));
  return td;
}

function missedCell(call) {
  if (Array.isArray(call.missed_steps)) return el("td", {}, call.missed_steps.map(stepName).join(t("list_separator")));
  if (call.steps_missed == null) return el("td", { className: "muted" }, "—");
  return el("td", { className: call.steps_missed ? "missed" : "" }, String(call.steps_missed));
}

const COLUMNS = ["when", "staff_name", "language", "duration", "status", "steps_done", "missed", "cautions", "escalation", "tags"];

function row(call) {
  const link = el("a", { href: `/review/${call.call}` }, when(call.created_at));
  const cells = [
    el("td", {}, link),
    el("td", {}, call.staff || el("span", { className: "muted" }, "—")),
    el("td", {}, languageName(call.language)),
    el("td", { className: "num" }, clock(call.duration_s)),
    el("td", {}, el("span", { className: `status-badge ${call.status}` }, statusName(call.status))),
    el("td", { className: "num" }, String(call.steps_done ?? "")),
    missedCell(call),
    el("td", { className: call.cautions ? "num warn" : "num" }, String(call.cautions ?? 0)),
    escalationCell(call),
    el("td", {}, (call.tags || []).map((tag) => el("span", { className: "chip tag" }, tag))),
  ];
  cells.forEach((cell, i) => { if (i > 0) cell.dataset.label = t(COLUMNS[i]); });  // shown on narrow screens
  const tr = el("tr", { dataset: { call: call.call } }, cells);
  if (call.escalated) tr.classList.add("escalated");
  if (call.unacked_escalations > 0) tr.classList.add("unacked");
  if (call.status === "live") tr.classList.add("live");
  tr.addEventListener("click", (event) => { if (!event.target.closest("a")) link.click(); });
  return tr;
}

function render() {
  const { total, calls, offset } = shown;
  $("calls").querySelector("tbody").replaceChildren(...calls.map(row));
  $("empty").hidden = calls.length > 0;
  $("total").textContent = tf("total_calls", { n: total });
  $("page-range").textContent = calls.length ? tf("range", { from: offset + 1, to: offset + calls.length, total }) : "";
  $("prev").disabled = offset === 0;
  $("next").disabled = offset + calls.length >= total;
}

async function load() {
  const params = new URLSearchParams(location.search);
  toForm(form, params);
  const filters = apiFilters(params);
  for (const format of ["csv", "json"]) {
    const query = new URLSearchParams(filters);
    query.set("format", format);
    $(`export-${format}`).href = `/api/calls/export?${query}`;
  }
  const offset = offsetOf(params);
  const query = new URLSearchParams(filters);
  query.set("limit", String(PAGE_SIZE));
  query.set("offset", String(offset));
  sessionStorage.setItem("companion-list", location.pathname + location.search);
  try {
    const { total, calls } = await api(`/api/calls?${query}`);
    showError("");
    shown = { total, calls, offset };
    render();
    document.body.dataset.loaded = location.search;  // tests wait for the list of this URL
  } catch (err) { showError(err.message); }
}

/** Put the form's filters in the URL (a new history entry when they changed) and show that list. */
function apply(offset = 0) {
  const search = fromForm(form, offset).toString();
  if (search !== location.search.slice(1)) history.pushState(null, "", search ? `?${search}` : location.pathname);
  load();
}

async function fillPickers() {
  try {
    const { tags } = await api("/api/tags");
    const picker = $("tag");
    const chosen = picker.value;
    for (const { tag, calls } of tags) if (![...picker.options].some((o) => o.value === tag)) picker.append(new Option(`${tag} (${calls})`, tag));
    picker.value = chosen;
  } catch (_) { /* the tag list is a convenience; the filter still works from the URL */ }
  try {
    const { staff } = await api("/api/staff");
    $("staff-names").replaceChildren(...staff.map((s) => el("option", { value: s.staff ?? s })));
  } catch (_) { /* no staff list: the field stays free text */ }
}

form.addEventListener("submit", (event) => { event.preventDefault(); apply(); });
for (const id of ["escalated", "unacknowledged", "language", "tag", "status", "since", "until"]) $(id).addEventListener("change", () => apply());
$("last7").onclick = () => { $("since").value = daysAgo(6); $("until").value = ""; apply(); };
$("clear").onclick = () => { form.reset(); [...form.querySelectorAll("input:not([type=checkbox])")].forEach((i) => { i.value = ""; }); apply(); };
$("prev").onclick = () => apply(Math.max(0, shown.offset - PAGE_SIZE));
$("next").onclick = () => apply(shown.offset + PAGE_SIZE);
window.addEventListener("popstate", load);

await startTexts();
onLanguage(render);
await fillPickers();
load();
