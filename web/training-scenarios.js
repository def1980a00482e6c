// The scenario library: the situation, the customer's persona and the steps expected. Shipped scenarios
// (`builtin` in the API) can be read and practised; the trainer's own can also be created, edited and deleted.
import { $, STEPS, api, el, languageName, stepName } from "./ui.js";
import { applyTrainingTexts, tr } from "./training-text.js";
import { confirmIn } from "./training-confirm.js";

let scenarios = [];
export const allScenarios = () => scenarios;

export async function loadScenarios() {
  ({ scenarios } = await api("/api/training/scenarios"));
  return scenarios;
}

const escalationText = (value) => tr(`expect_escalation.${value === null || value === undefined ? "playbook" : value ? "yes" : "no"}`);
const DEFAULT_STEPS = ["apology", "empathy", "confirm"];

export function renderScenarioList(selected) {
  $("scenario-list").replaceChildren(...scenarios.map((s) =>
    el("li", { dataset: { scenario: s.id }, className: s.id === selected ? "selected" : "" },
      el("a", { href: `#scenarios/${s.id}` }, s.title),
      el("span", { className: "muted" }, ` · ${languageName(s.language)}${s.builtin ? ` · ${tr("builtin")}` : ""}`))));
}

/** The scenario `id` in the detail box; `handlers` {onPractice, onSaved, onDeleted}. A box being edited
 * is left as it is when the same scenario is drawn again (a new interface language relabels it). */
export function renderScenario(id, handlers) {
  const s = scenarios.find((x) => x.id === id);
  const box = $("scenario-detail");
  if (box.dataset.editing) {
    if (box.dataset.editing === id) return;
    delete box.dataset.editing;
  }
  box.dataset.scenario = s ? s.id : "";
  if (!s) { box.replaceChildren(el("p", { className: "muted" }, tr("pick_scenario"))); return; }
  const practise = el("button", { type: "button", className: "primary practise", onclick: () => handlers.onPractice(s.id) }, tr("practice"));
  const actions = s.builtin
    ? [practise, el("span", { className: "muted read-only" }, tr("builtin_read_only"))]
    : [practise,
      el("button", { type: "button", className: "edit", onclick: () => editScenario(s, handlers) }, tr("edit")),
      el("span", { className: "delete-slot" }, el("button", { type: "button", className: "danger delete", onclick: (event) => confirmIn(event.currentTarget.parentNode, {
        question: tr("confirm_delete_scenario"),
        yes: tr("delete"),
        action: () => api(`/api/training/scenarios/${s.id}`, { method: "DELETE" }),
        onDone: () => handlers.onDeleted(s),
      }) }, tr("delete")))];
  box.replaceChildren(
    el("h3", {}, s.title),
    el("dl", { className: "facts" },
      el("dt", {}, tr("situation")), el("dd", { className: "prose" }, s.situation || "—"),
      el("dt", {}, tr("persona")), el("dd", { className: "prose" }, s.persona || "—"),
      el("dt", {}, tr("expected_steps")), el("dd", {}, el("ol", { className: "steps" }, s.expected_steps.map((step) => el("li", { dataset: { step } }, stepName(step))))),
      el("dt", {}, tr("expect_escalation_label")), el("dd", {}, escalationText(s.expect_escalation)),
      el("dt", {}, tr("language")), el("dd", {}, languageName(s.language))),
    el("p", { className: "actions" }, actions));
}

/** The detail box becomes the scenario's form; saved: PUT, then `onSaved`; cancelled: the scenario again. */
function editScenario(s, handlers) {
  const box = $("scenario-detail");
  const back = () => { delete box.dataset.editing; renderScenario(s.id, handlers); };
  const form = scenarioForm(s, {
    submit: "save",
    onCancel: back,
    onSubmit: async (body) => {
      const saved = await api(`/api/training/scenarios/${s.id}`, { method: "PUT", json: { ...body, playbook: s.playbook } });
      delete box.dataset.editing;
      handlers.onSaved(saved);
    },
  });
  box.dataset.editing = s.id;
  box.replaceChildren(el("h3", { dataset: { tr: "edit_scenario" } }, tr("edit_scenario")), form);
  form.elements.title.focus();
}

/** A scenario's form from the page's template, filled with `scenario` (or a new one's defaults). `submit`
 * names the button's text; `onSubmit(body)` may throw: the service's words then show under the fields. */
function scenarioForm(scenario, { submit, onSubmit, onCancel }) {
  const form = $("scenario-form-template").content.firstElementChild.cloneNode(true);
  const chosen = scenario ? scenario.expected_steps : DEFAULT_STEPS;
  form.querySelector(".step-choices").replaceChildren(...STEPS.map((step) => el("label", { className: "check" },
    el("input", { type: "checkbox", name: "expected", value: step, checked: chosen.includes(step) }), " ",
    el("span", { dataset: { step } }, stepName(step)))));
  const button = form.querySelector("button[type=submit]");
  button.dataset.tr = submit;
  if (onCancel) button.after(" ", el("button", { type: "button", className: "cancel", dataset: { tr: "cancel" }, onclick: onCancel }, tr("cancel")));
  applyTrainingTexts(form);
  if (scenario) {
    const { elements } = form;
    elements.title.value = scenario.title;
    elements.language.value = scenario.language;
    elements.situation.value = scenario.situation || "";
    elements.persona.value = scenario.persona || "";
    elements.expect_escalation.value = scenario.expect_escalation == null ? "" : String(scenario.expect_escalation);
  }
  const error = form.querySelector(".form-error");
  form.onsubmit = async (event) => {
    event.preventDefault();
    const { elements } = form;
    const escalation = elements.expect_escalation.value;
    error.hidden = true;
    button.disabled = true;
    try {
      await onSubmit({
        title: elements.title.value.trim(),
        language: elements.language.value,
        situation: elements.situation.value.trim(),
        persona: elements.persona.value.trim(),
        expected_steps: [...form.querySelectorAll("input[name=expected]:checked")].map((box) => box.value),
        expect_escalation: escalation === "" ? null : escalation === "true",
      });
    } catch (err) {
      error.textContent = tr("save_failed", { detail: err.message });
      error.hidden = false;
    } finally {
      button.disabled = false;
    }
  };
  return form;
}

/** The "new scenario" form under the library; `onCreated(scenario)` once the service has it. */
export function wireScenarioForm({ onCreated }) {
  const fresh = () => {
    const form = scenarioForm(null, {
      submit: "create",
      onSubmit: async (body) => {
        const created = await api("/api/training/scenarios", { json: body });
        fresh();
        onCreated(created);
      },
    });
    form.id = "scenario-form";
    $("new-scenario-form").replaceChildren(form);
  };
  fresh();
}

/** Re-labels the forms' step checkboxes after a language change. */
export function relabelSteps() {
  document.querySelectorAll(".scenario-form [data-step]").forEach((node) => { node.textContent = stepName(node.dataset.step); });
}
