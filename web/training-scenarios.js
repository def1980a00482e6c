// The scenario library: the situation, the customer's persona and the steps expected; shipped scenarios
// can be read and practised, the trainer's own can also be created and deleted.
import { $, STEPS, api, el, languageName, stepName } from "./ui.js";
import { tr } from "./training-text.js";

let scenarios = [];
export const allScenarios = () => scenarios;

export async function loadScenarios() {
  ({ scenarios } = await api("/api/training/scenarios"));
  return scenarios;
}

const escalationText = (value) => tr(`expect_escalation.${value === null || value === undefined ? "playbook" : value ? "yes" : "no"}`);

export function renderScenarioList(selected) {
  $("scenario-list").replaceChildren(...scenarios.map((s) =>
    el("li", { dataset: { scenario: s.id }, className: s.id === selected ? "selected" : "" },
      el("a", { href: `#scenarios/${s.id}` }, s.title),
      el("span", { className: "muted" }, ` · ${languageName(s.language)}${s.builtin ? ` · ${tr("builtin")}` : ""}`))));
}

export function renderScenario(id, { onPractice, onDeleted, onError }) {
  const s = scenarios.find((x) => x.id === id);
  const box = $("scenario-detail");
  if (!s) { box.replaceChildren(el("p", { className: "muted" }, tr("pick_scenario"))); return; }
  const remove = s.builtin ? null : el("button", { type: "button", className: "danger", onclick: async () => {
    if (!window.confirm(tr("confirm_delete_scenario"))) return;
    try { await api(`/api/training/scenarios/${s.id}`, { method: "DELETE" }); onDeleted(); } catch (err) { onError(err.message); }
  } }, tr("delete"));
  box.replaceChildren(
    el("h3", {}, s.title),
    el("dl", { className: "facts" },
      el("dt", {}, tr("situation")), el("dd", { className: "prose" }, s.situation || "—"),
      el("dt", {}, tr("persona")), el("dd", { className: "prose" }, s.persona || "—"),
      el("dt", {}, tr("expected_steps")), el("dd", {}, el("ol", { className: "steps" }, s.expected_steps.map((step) => el("li", { dataset: { step } }, stepName(step))))),
      el("dt", {}, tr("expect_escalation_label")), el("dd", {}, escalationText(s.expect_escalation)),
      el("dt", {}, tr("language")), el("dd", {}, languageName(s.language))),
    el("p", { className: "actions" }, el("button", { type: "button", className: "primary", onclick: () => onPractice(s.id) }, tr("practice")), " ", remove));
}

/** The "new scenario" form: its step checkboxes, and the POST. */
export function wireScenarioForm({ onCreated, onError }) {
  const steps = $("new-steps");
  steps.replaceChildren(...STEPS.map((step) => el("label", { className: "check" },
    el("input", { type: "checkbox", name: "expected", value: step, defaultChecked: ["apology", "empathy", "confirm"].includes(step) }), ` `,
    el("span", { dataset: { step } }, stepName(step)))));
  $("scenario-form").onsubmit = async (event) => {
    event.preventDefault();
    const form = event.target;
    const escalation = form.elements.expect_escalation.value;
    try {
      const created = await api("/api/training/scenarios", { json: {
        title: form.elements.title.value.trim(),
        language: form.elements.language.value,
        situation: form.elements.situation.value.trim(),
        persona: form.elements.persona.value.trim(),
        expected_steps: [...form.querySelectorAll("input[name=expected]:checked")].map((box) => box.value),
        expect_escalation: escalation === "" ? null : escalation === "true",
      } });
      form.reset();
      onCreated(created);
    } catch (err) { onError(err.message); }
  };
}

/** Re-labels the step checkboxes after a language change. */
export function relabelSteps() {
  document.querySelectorAll("#new-steps [data-step]").forEach((node) => { node.textContent = stepName(node.dataset.step); });
}
