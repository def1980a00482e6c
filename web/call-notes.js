// Supervisor notes: about the whole call (the side form) or about one utterance (a form opened under it).
// Notes on an utterance are shown under it and in the side list; each can be deleted.
import { $, api, clock, el, showError, supervisorName, t, tf, when } from "./ui.js";

let call = null;
let onPick = () => {};

function noteItem(note, withPlace) {
  const u = note.index == null ? null : call.utterances.find((x) => x.index === note.index);
  const remove = el("button", { type: "button", className: "link danger", "aria-label": tf("delete_note_by", { author: note.author }) }, t("delete"));
  remove.onclick = () => deleteNote(note.id);
  let place = null;
  if (withPlace && u) {
    place = el("button", { type: "button", className: "link" }, `↗ ${clock(u.start)}`);
    place.onclick = () => onPick(u.index);
  }
  return el("li", { className: "note", dataset: { id: note.id, index: note.index ?? "" } },
    el("p", { className: "note-text" }, note.text),
    el("span", { className: "note-meta" }, `${note.author} · ${when(note.created_at)} `, place, " ", remove));
}

export function renderNotes() {
  const notes = call.notes || [];
  $("notes").replaceChildren(...notes.map((n) => noteItem(n, true)));
  if (!notes.length) $("notes").append(el("li", { className: "muted" }, t("no_notes")));
  document.querySelectorAll("#transcript li.utt").forEach((item) => {
    const mine = notes.filter((n) => String(n.index) === item.dataset.index);
    item.querySelector(".utt-notes").replaceChildren(...mine.map((n) => noteItem(n, false)));
  });
}

async function addNote(text, index) {
  const author = supervisorName();
  if (!author || !text.trim()) return false;
  try {
    const note = await api(`/api/calls/${call.call}/notes`, { json: { text: text.trim(), author, ...(index == null ? {} : { index }) } });
    call.notes = [...(call.notes || []), note];
    showError("");
    renderNotes();
    return true;
  } catch (err) { showError(err.message); return false; }
}

async function deleteNote(id) {
  try {
    await api(`/api/calls/${call.call}/notes/${id}`, { method: "DELETE" });
    call.notes = (call.notes || []).filter((n) => n.id !== id);
    renderNotes();
  } catch (err) { showError(err.message); }
}

/** Opens a small note form under utterance `index` (one at a time). */
export function openNoteForm(index) {
  document.querySelector("#transcript form.note-form")?.remove();
  const item = document.querySelector(`#transcript li.utt[data-index="${index}"]`);
  if (!item) return;
  const u = call.utterances.find((x) => x.index === index);
  const area = el("textarea", { rows: 2, maxLength: 5000, placeholder: tf("note_on", { time: clock(u?.start) }), "aria-label": tf("note_on", { time: clock(u?.start) }) });
  const cancel = el("button", { type: "button", className: "link" }, t("cancel"));
  const form = el("form", { className: "note-form inline" }, area, el("button", { type: "submit" }, t("add_note")), cancel);
  form.onsubmit = async (event) => {
    event.preventDefault();
    if (await addNote(area.value, index)) { form.remove(); item.focus(); }
  };
  cancel.onclick = () => { form.remove(); item.focus(); };
  area.addEventListener("keydown", (event) => { if (event.key === "Escape") cancel.click(); });
  item.querySelector(".utt-notes").after(form);
  area.focus();
}

export function setupNotes(current, pick) {
  call = current;
  onPick = pick;
  $("note-form").onsubmit = async (event) => {
    event.preventDefault();
    if (await addNote($("note-text").value, null)) $("note-text").value = "";
  };
  renderNotes();
}
