// What the review pages share: interface texts (web/i18n.json), the API helper, small DOM helpers.
// No phrase lives here: every word shown comes from i18n.json in the chosen interface language.
export const STEPS = ["apology", "empathy", "confirm", "solution", "thanks"];
export const CAUTIONS = new Set(["excuse", "blame", "dismissive", "argue", "overpromise", "dont_know"]);
export const HARASSMENT = new Set(["abuse", "threat", "unreasonable_demand"]);
export const MEMO_KINDS = new Set(["fact", "request"]);

let texts = {};
let ui = "ja";
const listeners = [];

export const $ = (id) => document.getElementById(id);
export const t = (key) => (texts[ui] && texts[ui][key]) ?? key;
const nested = (group, key) => (texts[ui] && texts[ui][group] && texts[ui][group][key]) ?? key;
export const labelName = (label) => nested("labels", label);
export const stepName = (step) => nested("steps", step);
export const entityName = (kind) => nested("entities", kind);
const prefixed = (prefix, key) => (texts[ui] && texts[ui][`${prefix}_${key}`]) ?? key;
export const languageName = (code) => prefixed("lang", code);
export const statusName = (status) => prefixed("status", status);
export const sourceName = (source) => prefixed("source", source);
export const reasonText = (reason) => prefixed("reason", reason);
/** t(key) with {name} placeholders filled. */
export const tf = (key, values) => t(key).replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? ""));
export const uiLanguage = () => ui;

export function applyTexts(root = document) {
  if (root === document) document.documentElement.lang = ui;
  root.querySelectorAll("[data-i18n]").forEach((node) => { node.textContent = t(node.dataset.i18n); });
  root.querySelectorAll("[data-i18n-placeholder]").forEach((node) => { node.placeholder = t(node.dataset.i18nPlaceholder); });
  root.querySelectorAll("[data-i18n-label]").forEach((node) => { node.setAttribute("aria-label", t(node.dataset.i18nLabel)); });
  root.querySelectorAll("[data-i18n-title]").forEach((node) => { node.title = t(node.dataset.i18nTitle); });
}

/** Calls `render` now and again whenever the interface language changes. */
export function onLanguage(render) { listeners.push(render); }

/** Loads i18n.json, picks the language (saved choice, then the browser's, then Japanese), wires #ui-lang. */
export async function startTexts() {
  texts = await fetch("/static/i18n.json").then((r) => r.json()).catch(() => ({}));
  const preferred = localStorage.getItem("companion-ui") || (navigator.language || "ja").slice(0, 2);
  ui = texts[preferred] ? preferred : "ja";
  const picker = $("ui-lang");
  if (picker) {
    picker.value = ui;
    picker.onchange = () => {
      ui = picker.value;
      localStorage.setItem("companion-ui", ui);
      applyTexts();
      listeners.forEach((render) => render());
    };
  }
  applyTexts();
}

export async function api(path, options = {}) {
  const init = { ...options };
  if (options.json !== undefined) {
    init.method = options.method || "POST";
    init.headers = { "Content-Type": "application/json", ...(options.headers || {}) };
    init.body = JSON.stringify(options.json);
    delete init.json;
  }
  const response = await fetch(path, init);
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.detail || `${response.status} ${response.statusText}`);
  return body;
}

/** el("li", {className: "x", dataset: {index: 3}, onclick}, child, "text", ...) */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "dataset") Object.assign(node.dataset, value);
    else if (key === "style") Object.assign(node.style, value);
    else if (key.startsWith("aria-") || key === "role" || key === "for") node.setAttribute(key, value === true ? "true" : String(value));
    else node[key] = value;
  }
  for (const child of children.flat()) if (child !== null && child !== undefined && child !== false) node.append(child);
  return node;
}

export function chip(label, extra = "") {
  const kind = CAUTIONS.has(label) ? " caution" : HARASSMENT.has(label) ? " harass" : STEPS.includes(label) ? " step" : "";
  return el("span", { className: `chip${kind}${extra ? " " + extra : ""}`, dataset: { label } }, labelName(label));
}

/** 83.4 → "01:23" (call time on the audio timeline). */
export const clock = (seconds) => {
  const s = Math.max(0, Math.floor(seconds || 0));
  return `${String(Math.floor(s / 60)).padStart(2, "0")}:${String(s % 60).padStart(2, "0")}`;
};

export const when = (iso) => (iso ? new Date(iso).toLocaleString(ui, { dateStyle: "medium", timeStyle: "short" }) : "");

/** The text with each of `words` wrapped in <mark> (numbers when no words are given and `numbers`). */
export function marked(text, words, numbers = false) {
  const span = el("span");
  const wanted = (words || []).filter(Boolean);
  const pattern = wanted.length
    ? new RegExp(wanted.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "g")
    : numbers ? /\p{N}+/gu : null;
  if (!pattern) { span.textContent = text; return span; }
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    span.append(text.slice(last, match.index), el("mark", {}, match[0]));
    last = match.index + match[0].length;
  }
  span.append(text.slice(last));
  return span;
}

export function showError(message) {
  const box = $("error");
  if (!box) return;
  box.textContent = message || "";
  box.hidden = !message;
}

/** The supervisor's name, typed once and kept in this browser; notes and acknowledgements carry it. */
export function supervisorField(input) {
  input.value = localStorage.getItem("companion-supervisor") || "";
  input.addEventListener("change", () => localStorage.setItem("companion-supervisor", input.value.trim()));
}

export function supervisorName() {
  const input = $("supervisor");
  const name = (input ? input.value : localStorage.getItem("companion-supervisor") || "").trim();
  if (!name) {
    showError(t("name_needed"));
    input?.focus();
    return null;
  }
  localStorage.setItem("companion-supervisor", name);
  return name;
}

/** The language of what was said in a call, for `lang` on its words (right glyphs and quotation marks). */
export const spokenLanguage = (call) => (["ja", "zh", "en"].includes(call.language) ? call.language : "");

export const wsUrl = (path) => `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}${path}`;
