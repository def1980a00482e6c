// An optional chime for escalations on the board: off unless the supervisor turns it on (kept in this browser).
// The tones are synthesised (Web Audio), so nothing is fetched.
const KEY = "companion-board-sound";
let context = null;

export function setupSound(box) {
  box.checked = localStorage.getItem(KEY) === "on";
  box.addEventListener("change", () => {
    localStorage.setItem(KEY, box.checked ? "on" : "off");
    if (box.checked) ensureContext();   // a click is what lets the page make sound later
  });
  return () => box.checked;
}

function ensureContext() {
  context = context || new AudioContext();
  if (context.state === "suspended") context.resume().catch(() => {});
  return context;
}

export function chime() {
  const ctx = ensureContext();
  const start = ctx.currentTime;
  [880, 660].forEach((frequency, i) => {
    const tone = ctx.createOscillator();
    const gain = ctx.createGain();
    tone.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, start + i * 0.22);
    gain.gain.exponentialRampToValueAtTime(0.2, start + i * 0.22 + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + i * 0.22 + 0.2);
    tone.connect(gain).connect(ctx.destination);
    tone.start(start + i * 0.22);
    tone.stop(start + i * 0.22 + 0.21);
  });
}
