"use strict";
// Supervisors' review: stored calls with filters and full-text search, a call's memo and transcript,
// and its incident report. Everything comes from the same API the panel uses.
const $ = (id) => document.getElementById(id);
let texts = {}, ui = "ja";
const t = (key) => (texts[ui] && texts[ui][key]) || key;
const labelName = (label) => (texts[ui] && texts[ui].labels[label]) || label;
const stepName = (step) => (texts[ui] && texts[ui].steps[step]) || step;

function applyTexts() {
  document.documentElement.lang = ui;
  document.querySelectorAll("[data-i18n]").forEach((el) => { el.textContent = t(el.dataset.i18n); });
  document.querySelectorAll("[data-i18n-placeholder]").forEach((el) => { el.placeholder = t(el.dataset.i18nPlaceholder); });
}

async function api(path) {
  const response = await fetch(path);
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.detail || response.statusText);
  return body;
}

const cell = (text) => { const td = document.createElement("td"); td.textContent = text ?? ""; return td; };
const fmt = (s) => (s == null ? "" : `${Math.floor(s / 60)}:${String(Math.round(s % 60)).padStart(2, "0")}`);

async function search(event) {
  event?.preventDefault();
  const params = new URLSearchParams({ limit: "100" });
  if ($("q").value.trim()) params.set("q", $("q").value.trim());
  if ($("escalated").checked) params.set("escalated", "true");
  if ($("since").value) params.set("since", $("since").value);
  if ($("until").value) params.set("until", $("until").value);
  try {
    const { total, calls } = await api(`/api/calls?${params}`);
    $("error").hidden = true;
    $("total").textContent = `${total} ${t("calls")}`;
    const body = document.querySelector("#calls tbody");
    body.innerHTML = "";
    for (const call of calls) {
      const row = document.createElement("tr");
      row.tabIndex = 0;
      row.dataset.call = call.call;
      if (call.escalated) row.className = "escalated";
      row.append(cell(new Date(call.created_at).toLocaleString(ui)), cell(call.language), cell(fmt(call.duration_s)), cell(call.status),
        cell(call.steps_done ?? ""), cell((call.missed_steps || []).map(stepName).join(", ")), cell(call.cautions ?? ""), cell(call.escalated ? "●" : ""));
      row.onclick = () => show(call.call);
      row.onkeydown = (e) => { if (e.key === "Enter") show(call.call); };
      body.append(row);
    }
  } catch (err) { $("error").textContent = err.message; $("error").hidden = false; }
}

async function show(id) {
  const call = await api(`/api/calls/${id}`);
  $("detail").hidden = false;
  $("detail-title").textContent = `${new Date(call.created_at).toLocaleString(ui)} · ${call.status}`;
  for (const format of ["md", "pdf", "docx"]) $(`report-${format}`).href = `/api/calls/${id}/report?format=${format}`;
  $("detail-memo").innerHTML = "";
  for (const m of call.memo || []) {
    const li = document.createElement("li");
    li.textContent = `${labelName(m.kind)}: ${m.quote}`;
    $("detail-memo").append(li);
  }
  $("detail-transcript").innerHTML = "";
  for (const u of call.utterances) {
    const li = document.createElement("li");
    li.className = u.speaker;
    const who = document.createElement("span");
    who.className = "who";
    who.textContent = `${t(u.speaker)} · ${fmt(u.start)} ${u.labels.map(labelName).join(" · ")}`;
    li.append(who, document.createTextNode(u.text));
    $("detail-transcript").append(li);
  }
}

$("filters").onsubmit = search;
$("ui-lang").onchange = () => { ui = $("ui-lang").value; localStorage.setItem("companion-ui", ui); applyTexts(); search(); };
(async () => {
  texts = await fetch("/static/i18n.json").then((r) => r.json()).catch(() => ({}));
  const preferred = localStorage.getItem("companion-ui") || (navigator.language || "ja").slice(0, 2);
  ui = texts[preferred] ? preferred : "ja";
  $("ui-lang").value = ui;
  applyTexts();
  search();
})();
