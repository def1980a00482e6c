// The side panel as the staff member saw it, at any moment of a replay. Every event is kept with the audio
// second at which the panel showed it (an utterance at its end; a prompt, alert or correction with the
// utterance before it; the summary at the very end), and the panel at time t is rebuilt from the events
// up to t with the live page's own PanelView.
import { clock, wsUrl } from "./ui.js";
import { PanelView } from "./panel-view.js";

export class Replay {
  // parts: the PanelView's parts; controls: {scrubber, time, toEnd, play, audio}
  constructor(parts, controls) {
    this.view = new PanelView(parts);
    this.controls = controls;
    this.socket = null;
    let pending = false;  // a drag fires many input events: the panel is rebuilt once a frame at most
    controls.scrubber.addEventListener("input", () => {
      this.pause();
      if (pending) return;
      pending = true;
      requestAnimationFrame(() => {
        pending = false;
        const t = Number(controls.scrubber.value);
        this.seek(t, t >= this.maxTime());  // dragged to the end: follow the replay again
      });
    });
    controls.toEnd.onclick = () => { this.pause(); this.follow(); };
    controls.play.onclick = () => (controls.audio.paused ? this.play() : this.pause());
    controls.audio.addEventListener("timeupdate", () => { if (!controls.audio.paused) this.seek(controls.audio.currentTime, false); });
    // the last timeupdate comes once the audio is already paused: at its end the panel shows the call's end
    controls.audio.addEventListener("ended", () => this.follow());
    controls.audio.addEventListener("pause", () => { controls.play.textContent = "▶"; });
    controls.audio.addEventListener("play", () => { controls.play.textContent = "❚❚"; });
  }

  /** Starts following a call from its first event; `total` is the recording's length in seconds. */
  open(call, total, { onEvent, audioUrl } = {}) {
    this.close();
    this.call = call;
    this.events = [];        // {at, event}: every event but partials, with the audio second it showed at
    this.applied = 0;        // how many of them the panel shows now
    this.lastSeq = 0;
    this.heard = 0;          // audio seconds up to the last utterance received
    this.total = total || 0;
    this.ended = false;
    this.following = true;
    this.onEvent = onEvent;
    this.view.reset();
    // the recording loads on the first press of play, not before: nothing to fetch for a trainer who only reads
    this.audioUrl = audioUrl || null;
    this.controls.audio.removeAttribute("src");
    this.controls.play.disabled = !this.audioUrl;
    this.setRange();
    const socket = new WebSocket(wsUrl(`/ws/calls/${call}?after=0`));
    socket.onmessage = (message) => this.receive(JSON.parse(message.data));
    socket.onclose = () => { if (this.socket === socket) this.socket = null; };
    this.socket = socket;
  }

  close() {
    if (this.socket) { this.socket.onclose = null; this.socket.close(); this.socket = null; }
    this.pause();
    this.controls.audio.removeAttribute("src");
  }

  receive(event) {
    if (event.seq <= this.lastSeq) return;
    this.lastSeq = event.seq;
    if (event.type === "utterance") this.heard = Math.max(this.heard, event.end);
    if (event.type === "summary") { this.ended = true; this.total = Math.max(this.total, this.heard); }
    // partials have no place on the timeline: they only show while following the live replay
    const at = event.type === "summary" ? Infinity : event.type === "partial" ? null : this.heard;
    if (at !== null) this.events.push({ at, event });
    if (this.following) {
      this.view.apply(event);
      if (at !== null) this.applied = this.events.length;
      this.position = this.ended ? this.total : Math.min(this.heard, this.total || this.heard);
    }
    this.setRange();
    if (this.onEvent) this.onEvent(event);
  }

  /** The panel as it was at second `t` of the recording. Events are in time order (`at` never decreases),
   * so the panel at t is a prefix of them: going forward applies only the new ones, going back rebuilds. */
  seek(t, following) {
    this.following = following;
    this.position = Math.max(0, Math.min(t, this.maxTime()));
    const atEnd = this.ended && this.position >= this.total;
    let upTo = 0;
    while (upTo < this.events.length && (this.events[upTo].at <= this.position || atEnd)) upTo += 1;
    if (upTo < this.applied) { this.view.reset(); this.applied = 0; }
    for (; this.applied < upTo; this.applied += 1) this.view.apply(this.events[this.applied].event);
    this.setRange();
  }

  follow() { this.seek(this.maxTime(), true); }

  maxTime() { return Math.max(this.total, this.heard); }

  play() {
    const audio = this.controls.audio;
    if (!this.audioUrl) return;
    const from = this.position >= this.maxTime() ? 0 : this.position;
    if (!audio.getAttribute("src")) audio.src = this.audioUrl;
    const start = () => { audio.currentTime = from; audio.play().catch(() => {}); };
    if (audio.readyState >= 1) start(); else audio.addEventListener("loadedmetadata", start, { once: true });
  }

  pause() { if (!this.controls.audio.paused) this.controls.audio.pause(); }

  setRange() {
    const { scrubber, time } = this.controls;
    const max = this.maxTime();
    scrubber.max = String(max);
    scrubber.value = String(this.position ?? 0);
    scrubber.disabled = this.events.length === 0;
    time.textContent = `${clock(this.position ?? 0)} / ${clock(max)}`;
    scrubber.setAttribute("aria-valuetext", time.textContent);
    document.body.dataset.replayAt = String(this.position ?? 0);
  }
}
