// An in-page confirmation instead of window.confirm: the question and its two buttons take the place of
// the button that asked, nothing blocks the page, and the service's refusal is said there in one line.
import { el } from "./ui.js";
import { tr } from "./training-text.js";

/** Asks in `slot`: `question`, then [yes] [cancel]. Cancel or Escape: `onCancel()`, by default the slot's
 * content back. Yes runs `action()` (a promise); done: `onDone()`; refused: tr("delete_failed") with the
 * reason, and the trainer can cancel or try again. */
export function confirmIn(slot, { question, yes, action, onDone, onCancel }) {
  const before = [...slot.childNodes];
  const cancel = onCancel || (() => { slot.replaceChildren(...before); before.find((node) => node.focus)?.focus(); });
  const refusal = el("span", { className: "error one-line", role: "alert", hidden: true });
  const yesButton = el("button", { type: "button", className: "danger confirm-yes" }, yes);
  const noButton = el("button", { type: "button", className: "confirm-no", onclick: cancel }, tr("cancel"));
  yesButton.onclick = async () => {
    yesButton.disabled = true;
    refusal.hidden = true;
    try {
      await action();
    } catch (err) {
      refusal.textContent = tr("delete_failed", { detail: err.message });
      refusal.hidden = false;
      yesButton.disabled = false;
      return;
    }
    onDone();
  };
  const box = el("span", { className: "confirm", role: "group", "aria-label": question },
    el("span", { className: "question" }, question), yesButton, noButton, refusal);
  box.addEventListener("keydown", (event) => { if (event.key === "Escape") cancel(); });
  slot.replaceChildren(box);
  noButton.focus();  // the calm default: Enter right after the click does not delete
}
