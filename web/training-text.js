// The training page's words: the nested "training" block of web/i18n.json in the interface language
// (ui.js keeps the flat keys and the language choice). tr("reason.missed_step") looks up a dotted path.
import { onLanguage, uiLanguage } from "./ui.js";

let blocks = {};

export async function loadTrainingTexts() {
  const all = await fetch("/static/i18n.json").then((r) => r.json()).catch(() => ({}));
  blocks = Object.fromEntries(Object.entries(all).map(([lang, texts]) => [lang, texts.training || {}]));
  applyTrainingTexts();
  onLanguage(() => applyTrainingTexts());
}

export function has(path) { return typeof find(path) === "string"; }

function find(path) {
  let node = blocks[uiLanguage()];
  for (const part of path.split(".")) node = node && typeof node === "object" ? node[part] : undefined;
  return node;
}

/** The text at `path` with {name} placeholders filled; the path itself when there is none. */
export function tr(path, values) {
  const found = find(path);
  const text = typeof found === "string" ? found : path;
  return values ? text.replace(/\{(\w+)\}/g, (all, name) => (name in values ? String(values[name]) : all)) : text;
}

export function applyTrainingTexts(root = document) {
  root.querySelectorAll("[data-tr]").forEach((node) => { node.textContent = tr(node.dataset.tr); });
  root.querySelectorAll("[data-tr-placeholder]").forEach((node) => { node.placeholder = tr(node.dataset.trPlaceholder); });
  root.querySelectorAll("[data-tr-label]").forEach((node) => { node.setAttribute("aria-label", tr(node.dataset.trLabel)); });
  root.querySelectorAll("[data-tr-title]").forEach((node) => { node.title = tr(node.dataset.trTitle); });
}

/** 0.434 → "43%"; 12.5 → "12.5" (one decimal at most, trailing zero dropped). */
export const percent = (ratio) => `${Math.round(ratio * 100)}%`;
export const num = (value) => (value == null ? "—" : String(Math.round(value * 10) / 10));
export const signed = (value) => (value > 0 ? `+${num(value)}` : value < 0 ? `−${num(-value)}` : "±0");
