// A role-play recording in: drag-and-drop or the file picker, the upload with its progress (XHR, because
// fetch cannot report upload progress), then the replay started as a training attempt.
import { $, api } from "./ui.js";
import { tr } from "./training-text.js";

let maxBytes = null;  // from GET /api/training/limits; unknown: the service's 413 says it

/** The service's upload limit, shown under the drop zone and checked before a byte is sent. */
export async function loadLimits() {
  try {
    const { max_upload_mb: mb } = await api("/api/training/limits");
    maxBytes = mb * 1048576;
    $("max-size").textContent = tr("max_size", { mb });
  } catch (_) { maxBytes = null; }
}

/** POST /api/uploads with progress; resolves to the upload's JSON, rejects with the service's `detail`. */
export function uploadWithProgress(file, onProgress) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/uploads");
    xhr.responseType = "json";
    xhr.upload.onprogress = (event) => { if (event.lengthComputable) onProgress(event.loaded / event.total); };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) { onProgress(1); resolve(xhr.response); return; }
      const detail = xhr.response && xhr.response.detail;
      reject(new Error(detail || tr("upload_failed_status", { status: xhr.status })));
    };
    // A connection cut mid-upload: what a server does with a body it will not take (too large).
    xhr.onerror = () => reject(new Error(tr("upload_failed_network")));
    const form = new FormData();
    form.append("file", file);
    xhr.send(form);
  });
}

const bars = {};  // which → [fraction, text key, values]: redrawn in a new interface language

function showBar(which, fraction, key, values) {
  bars[which] = [fraction, key, values];
  const bar = $(`${which}-progress`);
  if (fraction == null) bar.removeAttribute("value");  // unknown: an indeterminate bar
  else bar.value = fraction;
  bar.dataset.value = String(fraction);
  $(`${which}-text`).textContent = key.map((k) => tr(k, values)).join(" · ");
  $(`${which}-row`).hidden = false;
}

export function redrawBars() {
  for (const [which, args] of Object.entries(bars)) if (!$(`${which}-row`).hidden) showBar(which, ...args);
}

export function hideBars() {
  for (const which of ["upload", "process"]) $(`${which}-row`).hidden = true;
}

/** The drop zone and form of the "new attempt" view; `onStarted({attempt, call}, upload)` opens the replay. */
export function wireUploadForm({ onStarted, onError }) {
  const drop = $("drop");
  const picker = $("file");
  let chosen = null;

  const choose = (file) => {
    onError("");
    chosen = file || null;
    if (chosen && maxBytes !== null && chosen.size > maxBytes) {
      onError(tr("too_large", { name: chosen.name, mb: Math.round(maxBytes / 1048576) }));
      chosen = null;
      picker.value = "";
    }
    $("file-name").textContent = chosen ? `${chosen.name} (${(chosen.size / 1048576).toFixed(1)} MB)` : "";
    drop.classList.toggle("has-file", Boolean(chosen));
  };
  picker.onchange = () => choose(picker.files[0]);
  drop.addEventListener("dragover", (event) => { event.preventDefault(); drop.classList.add("over"); });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (event) => {
    event.preventDefault();
    drop.classList.remove("over");
    if (event.dataTransfer.files.length) choose(event.dataTransfer.files[0]);
  });
  drop.addEventListener("keydown", (event) => { if (event.key === "Enter" || event.key === " ") { event.preventDefault(); picker.click(); } });

  $("upload-form").onsubmit = async (event) => {
    event.preventDefault();
    onError("");
    const trainee = $("trainee").value.trim();
    if (!chosen) { onError(tr("need_file")); return; }
    if (!trainee) { onError(tr("need_trainee")); $("trainee").focus(); return; }
    localStorage.setItem("companion-trainee", trainee);
    const button = $("start");
    button.disabled = true;
    $("process-row").hidden = true;
    try {
      showBar("upload", 0, ["uploading"]);
      const upload = await uploadWithProgress(chosen, (fraction) =>
        showBar("upload", fraction, ["uploaded_pct"], { pct: Math.round(fraction * 100) }));
      showBar("upload", 1, ["uploaded_pct"], { pct: 100 });
      const choice = document.querySelector("input[name=channels]:checked").value;
      // "file": the service's default for stereo (left staff, right customer); a mono file is attributed.
      const channels = choice === "file" ? (upload.channels === 1 ? "auto" : null) : choice;
      const started = await api("/api/training/replays", { json: {
        file_id: upload.file_id,
        trainee,
        scenario_id: $("scenario").value || null,
        speed: Number(document.querySelector("input[name=speed]:checked").value),
        channels,
      } });
      onStarted(started, upload);
    } catch (err) {
      $("upload-row").hidden = true;
      onError(err.message);
    } finally {
      button.disabled = false;
    }
  };
}

/** Polls the replay's processing progress until it is done; `onDone` once the summary is out. */
export function followProcessing(call, onDone) {
  let stopped = false;
  const tick = async () => {
    if (stopped) return;
    try {
      const p = await api(`/api/training/replays/${call}/progress`);
      const done = p.stage === "done";
      const values = { pct: p.fraction == null ? "…" : Math.round(p.fraction * 100), n: p.utterances };
      if (done) showBar("process", 1, ["processing_done"]);
      else showBar("process", p.fraction, [`stage.${p.stage}`, "utterances_n"], values);
      if (p.stage === "done" || p.status !== "live") { stopped = true; onDone(p); return; }
    } catch (err) {
      showBar("process", null, [err.message]);
    }
    setTimeout(tick, 500);
  };
  tick();
  return () => { stopped = true; };
}
