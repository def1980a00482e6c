// The trainers' page: upload a role-play and replay it through the companion, the side panel at any
// moment, the score card with one-click speaker fixes and comments, attempts compared, the scenario library.
// Views follow the URL hash: #new, #attempt/<id>, #attempts, #compare/<a>/<b>, #scenarios[/<id>].
import { $, api, el, onLanguage, showError, startTexts, uiLanguage, when } from "./ui.js";
import { loadTrainingTexts, num, tr } from "./training-text.js";
import { followProcessing, hideBars, loadLimits, redrawBars, wireUploadForm } from "./training-upload.js";
import { Replay } from "./training-replay.js";
import { renderCard } from "./training-card.js";
import { renderTrainerTranscript } from "./training-transcript.js";
import { loadFilters, renderAttempts, renderCompare } from "./training-attempts.js";
import { allScenarios, loadScenarios, relabelSteps, renderScenario, renderScenarioList, wireScenarioForm } from "./training-scenarios.js";

const replay = new Replay(
  { transcript: $("replay-transcript"), partials: $("replay-partials"), prompt: $("replay-prompt"), steps: $("replay-steps"),
    cautions: $("replay-cautions"), memo: $("replay-memo"), banner: $("replay-banner") },
  { scrubber: $("scrubber"), time: $("scrub-time"), toEnd: $("to-end"), play: $("play"), audio: $("replay-audio") },
);

let attempt = null;        // the attempt on screen
let notes = [];            // its call's notes (the trainer's comments)
let stopProcessing = null;
let picked = [];           // attempts chosen for the side-by-side comparison
let trainees = [];         // attempts grouped by trainee and scenario (GET /api/training/trainees)
let uploadedCall = null;   // the call this page just uploaded: its processing bar stays until done

function show(view) {
  document.querySelectorAll("section[data-view]").forEach((node) => { node.hidden = node.dataset.view !== view; });
  document.querySelectorAll(".tabs a").forEach((a) => a.classList.toggle("current", a.dataset.tab === view));
  document.body.dataset.showing = view;
  if (view !== "attempt") { replay.close(); if (stopProcessing) { stopProcessing(); stopProcessing = null; } }
  if (view !== "attempt" && view !== "new") hideBars();
}

const guard = (work) => work.catch((err) => showError(err.message));

// ---- one attempt: replay, score card, transcript -------------------------------------------------------

async function openAttempt(id) {
  show("attempt");
  showError("");
  attempt = await api(`/api/training/attempts/${id}`);
  drawAttemptHead();
  $("card").replaceChildren(el("p", { className: "muted" }, tr("card_waiting")));
  $("trainer-transcript").replaceChildren();
  const progress = await api(`/api/training/replays/${attempt.call}/progress`).catch(() => null);
  replay.open(attempt.call, progress?.total_s ?? progress?.processed_s, { audioUrl: `/api/training/replays/${attempt.call}/audio` });
  if (stopProcessing) stopProcessing();
  stopProcessing = null;
  if (attempt.status === "live" || attempt.call === uploadedCall) {
    stopProcessing = followProcessing(attempt.call, () => { stopProcessing = null; guard(refreshCard(id)); });
  } else {
    hideBars();
    await refreshCard(id);
  }
  guard(linkPrevious());
}

function drawAttemptHead() {
  const title = [attempt.trainee, attempt.scenario_title || tr("no_scenario"), when(attempt.created_at)].join(" · ");
  $("attempt-title").textContent = title;
  $("attempt-score").textContent = attempt.score == null ? tr(`attempt_status.${attempt.status}`) : tr("score_n", { score: num(attempt.score) });
  $("card-pdf").href = `/api/training/attempts/${attempt.id}/card.pdf?lang=${uiLanguage()}`;
}

/** The attempt's card once the call has ended (the snapshot may lag the summary by a moment). */
async function refreshCard(id) {
  for (let tries = 0; tries < 20; tries += 1) {
    attempt = await api(`/api/training/attempts/${id}`);
    if (attempt.card || attempt.status === "interrupted") break;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  drawAttemptHead();
  if (!attempt.card) {
    const query = attempt.scenario_id ? `?scenario_id=${encodeURIComponent(attempt.scenario_id)}` : "";
    attempt.card = await api(`/api/training/calls/${attempt.call}/card${query}`);
  }
  ({ notes } = await api(`/api/calls/${attempt.call}/notes`).catch(() => ({ notes: [] })));
  drawCard();
}

function drawCard() {
  renderCard($("card"), attempt.card);
  renderTrainerTranscript($("trainer-transcript"), attempt.card, notes, { fix: fixSpeaker, comment });
}

async function fixSpeaker(index, speaker) {
  try {
    attempt.card = await api(`/api/training/calls/${attempt.call}/speakers`, { json: { index, speaker } });
    attempt.score = attempt.card.score;
    document.body.dataset.fixes = String(Number(document.body.dataset.fixes || 0) + 1);
    drawAttemptHead();
    drawCard();
  } catch (err) {
    showError(err.message);
    drawCard();
  }
}

async function comment(index, text) {
  const author = $("trainer").value.trim();
  if (!author) { showError(tr("need_trainer")); $("trainer").focus(); return false; }
  try {
    const note = await api(`/api/calls/${attempt.call}/notes`, { json: { index, text, author } });
    notes.push(note);
    drawCard();
    return true;
  } catch (err) { showError(err.message); return false; }
}

/** "Compare with the previous attempt": the same trainee's attempt before this one on the same scenario. */
async function linkPrevious() {
  const params = new URLSearchParams({ trainee: attempt.trainee, limit: "200" });
  if (attempt.scenario_id) params.set("scenario_id", attempt.scenario_id);
  const { attempts } = await api(`/api/training/attempts?${params}`);
  const mine = attempts.findIndex((a) => a.id === attempt.id);
  const previous = mine >= 0 ? attempts.slice(mine + 1).find((a) => a.score != null) : null;
  $("compare-previous").hidden = !previous;
  if (previous) $("compare-previous").href = `#compare/${previous.id}/${attempt.id}`;
}

// ---- lists ---------------------------------------------------------------------------------------------

function pick(id, on) {
  picked = picked.filter((x) => x !== id);
  if (on) picked.push(id);
  if (picked.length > 2) picked = picked.slice(-2);  // the two most recently ticked
  document.querySelectorAll("#attempts-body input.pick").forEach((box) => { box.checked = picked.includes(box.dataset.attempt); });
  $("compare").disabled = picked.length !== 2;
}

/** The names already used, offered as the trainee field's suggestions. */
async function knownTrainees() {
  ({ trainees } = await api("/api/training/trainees"));
  $("known-trainees").replaceChildren(...trainees.map((x) => el("option", { value: x.trainee })));
}

const listHandlers = { picked: () => picked, onPick: pick, onDelete: (id) => guard(attemptDeleted(id)) };

async function openAttempts() {
  show("attempts");
  await refreshAttempts();
}

/** The filters (with their counts), the list and the progress chart or groups, the comparison's choice. */
async function refreshAttempts() {
  trainees = await loadFilters(allScenarios());
  $("known-trainees").replaceChildren(...trainees.map((x) => el("option", { value: x.trainee })));
  await renderAttempts(listHandlers, trainees);
  pick(null, false);
}

/** An attempt is gone: out of the comparison's choice, and everything that counted it drawn again. */
async function attemptDeleted(id) {
  picked = picked.filter((x) => x !== id);
  if (attempt?.id === id) attempt = null;
  await refreshAttempts();
}

async function openCompare(a, b) {
  show("compare");
  await renderCompare($("comparison"), a, b);
}

function openScenarios(id) {
  show("scenarios");
  renderScenarioList(id);
  renderScenario(id, {
    onPractice: (scenario) => { $("scenario").value = scenario; location.hash = "#new"; },
    onSaved: (saved) => guard(reloadScenarios().then(() => openScenarios(saved.id))),
    onDeleted: () => guard(reloadScenarios().then(() => {
      if (location.hash === "#scenarios") openScenarios(); else location.hash = "#scenarios";
    })),
  });
}

async function reloadScenarios() {
  const scenarios = await loadScenarios();
  const keep = $("scenario").value;
  $("scenario").replaceChildren(el("option", { value: "" }, tr("no_scenario")),
    ...scenarios.map((s) => el("option", { value: s.id }, s.title)));
  $("scenario").value = scenarios.some((s) => s.id === keep) ? keep : "";
}

function route() {
  showError("");
  const [view, ...args] = (location.hash.slice(1) || "new").split("/");
  switch (view) {
    case "attempt": guard(openAttempt(args[0])); break;
    case "attempts": guard(openAttempts()); break;
    case "compare": guard(openCompare(args[0], args[1])); break;
    case "scenarios": openScenarios(args[0]); break;
    default: show("new");
  }
}

wireUploadForm({
  onStarted: ({ attempt: started }) => { uploadedCall = started.call; location.hash = `#attempt/${started.id}`; },
  onError: showError,
});
wireScenarioForm({
  onCreated: (created) => guard(reloadScenarios().then(() => { location.hash = `#scenarios/${created.id}`; openScenarios(created.id); })),
});
$("compare").onclick = () => {
  if (picked.length !== 2) return;
  // the list is newest first: the lower row is the earlier attempt, A; the delta is B − A
  const rows = [...document.querySelectorAll("#attempts-body tr")].map((row) => row.dataset.attempt);
  const [a, b] = [...picked].sort((x, y) => rows.indexOf(y) - rows.indexOf(x));
  location.hash = `#compare/${a}/${b}`;
};
$("filter-trainee").onchange = $("filter-scenario").onchange = () => guard(renderAttempts(listHandlers, trainees));
$("trainer").value = localStorage.getItem("companion-trainer") || "";
$("trainer").onchange = () => localStorage.setItem("companion-trainer", $("trainer").value.trim());
$("trainee").value = localStorage.getItem("companion-trainee") || "";
window.addEventListener("hashchange", route);

(async () => {
  await startTexts();
  await loadTrainingTexts();
  onLanguage(() => {
    relabelSteps();
    redrawBars();
    loadLimits();
    guard(reloadScenarios());
    replay.view.renderSteps();
    if (attempt?.card && document.body.dataset.showing === "attempt") { drawAttemptHead(); drawCard(); }
    if (document.body.dataset.showing !== "attempt") route();
  });
  relabelSteps();
  await Promise.all([guard(reloadScenarios()), loadLimits(), guard(knownTrainees())]);
  route();
  document.body.dataset.ready = "1";
})();
