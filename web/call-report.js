// The incident report as a form: the generated fields, editable; only what differs from the generated
// report is saved as an edit. Exports (PDF, Word, Markdown) save pending edits first, then download.
import { $, STEPS, api, chip, el, showError, spokenLanguage, stepName, supervisorName, t, tf, when } from "./ui.js";

const LINES = ["facts", "requests", "proposed"];
let call = null;
let state = null;   // the last answer of GET/PUT /report/fields
let dirty = false;

const pad = (n) => String(n).padStart(2, "0");
function localInput(iso) {
  if (!iso) return "";
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** A value in a form that compares equal whatever its source (form or API). */
function comparable(name, value) {
  if (name === "occurred_at") return value ? Math.floor(Date.parse(value) / 1000) : null;
  if (Array.isArray(value)) return JSON.stringify(name === "quotes" || name.startsWith("steps") ? [...value].sort() : value);
  return value ?? (name === "follow_up_date" ? null : "");
}

function field(name, control, wide = false) {
  const edited = state.edited.includes(name) || (name === "steps" && state.edited.some((e) => e.startsWith("steps_")));
  return el("div", { className: `field${wide ? " wide" : ""}${edited ? " edited" : ""}`, dataset: { field: name } },
    el(["INPUT", "TEXTAREA"].includes(control.tagName) ? "label" : "span", { for: control.id || undefined, className: "field-name" }, t(`report_${name}`),
      edited ? el("span", { className: "badge" }, t("edited")) : null),
    control);
}

function input(name, type, value) {
  return el("input", { id: `rf-${name}`, name, type, value: value ?? "", step: type === "datetime-local" ? 1 : undefined, maxLength: type === "text" ? 200 : undefined });
}

function lines(name, values) {
  return el("textarea", { id: `rf-${name}`, name, rows: Math.max(2, values.length + 1), value: values.join("\n"), "aria-describedby": "rf-lines-hint" });
}

function quotes(chosen) {
  const picked = new Set(chosen);
  const items = (call.memo || []).map((m) => el("label", { className: "quote-choice" },
    el("input", { type: "checkbox", name: "quotes", value: m.index, checked: picked.has(m.index) }),
    chip(m.kind), " ", el("q", { className: "verbatim", lang: spokenLanguage(call) }, m.quote)));
  return el("fieldset", { id: "rf-quotes", className: "quotes" },
    el("legend", { className: "sr-only" }, t("report_quotes")),
    items.length ? items : el("p", { className: "muted" }, t("memo_empty")));
}

function steps(done, missed) {
  const all = [...new Set([...STEPS, ...done, ...missed])];
  const choice = (step, value, checked) => el("label", {},
    el("input", { type: "radio", name: `step-${step}`, value, checked }), " ", t(`step_${value}`));
  return el("table", { id: "rf-steps", className: "step-table" },
    el("tbody", {}, all.map((step) => el("tr", { dataset: { step } },
      el("th", { scope: "row" }, stepName(step)),
      el("td", {}, choice(step, "done", done.includes(step))),
      el("td", {}, choice(step, "missed", missed.includes(step))),
      el("td", {}, choice(step, "none", !done.includes(step) && !missed.includes(step)))))));
}

function read(form) {
  const value = (name) => form.elements[name].value;
  const split = (name) => value(name).split("\n").map((s) => s.trim()).filter(Boolean);
  const stepsWith = (v) => [...form.querySelectorAll("#rf-steps tr")].filter((tr) => tr.querySelector(`input[value=${v}]`).checked).map((tr) => tr.dataset.step);
  return {
    reporter: value("reporter").trim(),
    occurred_at: value("occurred_at") ? new Date(value("occurred_at")).toISOString() : state.generated.occurred_at,
    quotes: [...form.querySelectorAll("input[name=quotes]:checked")].map((box) => Number(box.value)),
    ...Object.fromEntries(LINES.map((name) => [name, split(name)])),
    steps_done: stepsWith("done"),
    steps_missed: stepsWith("missed"),
    follow_up_owner: value("follow_up_owner").trim(),
    follow_up_date: value("follow_up_date") || null,
    remarks: value("remarks").trim(),
  };
}

function render() {
  const form = $("report-form");
  const f = state.fields;
  const saved = state.updated_at ? tf("report_saved", { at: when(state.updated_at), by: state.updated_by || "" }) : t("report_generated");
  form.replaceChildren(
    el("div", { className: "report-grid" },
      field("reporter", input("reporter", "text", f.reporter)),
      field("occurred_at", input("occurred_at", "datetime-local", localInput(f.occurred_at))),
      field("follow_up_owner", input("follow_up_owner", "text", f.follow_up_owner)),
      field("follow_up_date", input("follow_up_date", "date", f.follow_up_date))),
    field("quotes", quotes(f.quotes || []), true),
    el("p", { id: "rf-lines-hint", className: "muted hint" }, t("one_per_line")),
    el("div", { className: "report-grid" }, LINES.map((name) => field(name, lines(name, f[name] || [])))),
    field("steps", steps(f.steps_done || [], f.steps_missed || []), true),
    field("remarks", el("textarea", { id: "rf-remarks", name: "remarks", rows: 3, value: f.remarks || "" }), true),
    el("div", { className: "report-actions" },
      el("button", { type: "submit", className: "primary" }, t("save_report")),
      el("button", { type: "button", id: "report-reset" }, t("reset_report")),
      el("span", { id: "report-state", className: "muted", role: "status" }, saved),
      el("span", { className: "export" }, t("export"),
        ["pdf", "docx", "md"].map((format) => el("button", { type: "button", className: "export-report", dataset: { format } }, t(`report_${format}`))))),
  );
  form.querySelector("#report-reset").onclick = reset;
  form.querySelectorAll(".export-report").forEach((b) => { b.onclick = () => download(b.dataset.format); });
  dirty = false;
}

async function save() {
  const form = $("report-form");
  const values = read(form);
  const edits = Object.fromEntries(Object.entries(values)
    .filter(([name, value]) => comparable(name, value) !== comparable(name, state.generated[name])));
  const by = supervisorName();
  if (!by) return false;
  try {
    state = await api(`/api/calls/${call.call}/report/fields`, { method: "PUT", json: { fields: edits, by } });
    showError("");
    render();
    return true;
  } catch (err) { showError(err.message); return false; }
}

async function reset() {
  try {
    state = await api(`/api/calls/${call.call}/report/fields`, { method: "DELETE" });
    render();
  } catch (err) { showError(err.message); }
}

async function download(format) {
  if (dirty && !(await save())) return;
  const link = el("a", { href: `/api/calls/${call.call}/report?format=${format}`, download: `report-${call.call}.${format}` });
  document.body.append(link);
  link.click();
  link.remove();
}

export async function setupReport(current) {
  call = current;
  const form = $("report-form");
  form.onsubmit = async (event) => { event.preventDefault(); await save(); };
  form.addEventListener("input", () => {
    dirty = true;
    const status = $("report-state");
    if (status) status.textContent = t("report_unsaved");
  });
  try {
    state = await api(`/api/calls/${call.call}/report/fields`);
    render();
  } catch (err) {
    // Without the editable fields the generated report can still be downloaded.
    form.replaceChildren(el("p", { className: "muted" }, err.message),
      el("p", {}, ["pdf", "docx", "md"].map((format) => el("a", { className: "button", href: `/api/calls/${call.call}/report?format=${format}`, download: "" }, t(`report_${format}`)))));
  }
}

/** Redraws the form in the interface language, unless it holds unsaved edits. */
export function renderReport() {
  if (state && !dirty) render();
}
