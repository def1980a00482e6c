// The call's tags: shown as chips with a remove button, added from a field that suggests the tags in use.
import { $, api, el, showError, t, tf } from "./ui.js";

let call = null;

function render() {
  const tags = call.tags || [];
  $("tags").replaceChildren(...tags.map((tag) => {
    const remove = el("button", { type: "button", className: "remove", "aria-label": tf("remove_tag", { tag }) }, "×");
    remove.onclick = () => save(tags.filter((x) => x !== tag));
    return el("li", { className: "chip tag", dataset: { tag } }, el("span", {}, tag), remove);
  }));
  if (!tags.length) $("tags").append(el("li", { className: "muted" }, t("no_tags")));
}

async function save(tags) {
  try {
    const answer = await api(`/api/calls/${call.call}/tags`, { method: "PUT", json: { tags } });
    call.tags = answer.tags;
    showError("");
    render();
    return true;
  } catch (err) { showError(err.message); return false; }
}

async function suggest() {
  try {
    const { tags } = await api("/api/tags");
    $("known-tags").replaceChildren(...tags.map(({ tag }) => el("option", { value: tag })));
  } catch (_) { /* suggestions only */ }
}

export function setupTags(current) {
  call = current;
  $("tag-form").onsubmit = async (event) => {
    event.preventDefault();
    const tag = $("tag-input").value.trim();
    if (!tag) return;
    if ((call.tags || []).includes(tag) || await save([...(call.tags || []), tag])) $("tag-input").value = "";
  };
  render();
  suggest();
}

export const renderTags = () => render();
