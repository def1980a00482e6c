// Audio playback of a kept recording, following the transcript: the utterance being heard is highlighted
// (and kept in view when "follow" is on); the page seeks by utterance or by moment.
import { $ } from "./ui.js";
import { markPlaying } from "./call-transcript.js";
import { setPlayhead } from "./call-timeline.js";

const audio = $("audio");
let utterances = [];

/** The utterance heard at `seconds`: the one spoken then, else none (a pause between turns). */
function heardAt(seconds) {
  let found = null;
  for (const u of utterances) {
    if (u.start > seconds) break;
    if (seconds < u.end + 0.05) found = u;
  }
  return found;
}

function follow() {
  const now = audio.currentTime;
  setPlayhead(now);
  markPlaying(heardAt(now)?.index ?? null, $("follow").checked && !audio.paused);
}

/** Shows the player when the call's audio was kept; `recording` is the API's `audio` field (or null). */
export function setupAudio(call) {
  utterances = [...call.utterances].sort((a, b) => a.start - b.start);
  const url = call.audio?.url || null;
  $("no-audio").hidden = Boolean(url);
  audio.hidden = !url;
  $("follow-label").hidden = !url;
  document.body.dataset.audio = url ? "yes" : "no";
  if (url && audio.getAttribute("src") !== url) audio.src = url;
}

export const hasAudio = () => !audio.hidden && Boolean(audio.getAttribute("src"));

/** Plays from `seconds` (when there is audio). */
export function seek(seconds) {
  if (!hasAudio()) return false;
  audio.currentTime = Math.max(0, seconds);
  audio.play().catch(() => { /* the browser refused to start playback; the position is still set */ });
  follow();
  return true;
}

for (const name of ["timeupdate", "seeked", "play", "pause"]) audio.addEventListener(name, follow);
audio.addEventListener("ended", () => { markPlaying(null); });
