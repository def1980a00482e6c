// The list's filters, three ways: the form, the page URL (shareable; back and forward work), the API query.
// The page URL keeps what a person reads (dates inclusive, in local time); the API gets instants.
const FIELDS = ["q", "since", "until", "escalated", "unacknowledged", "language", "staff", "tag", "status"];
export const PAGE_SIZE = 50;

/** The form's filters as page-URL parameters (empty ones left out), plus the page offset. */
export function fromForm(form, offset = 0) {
  const params = new URLSearchParams();
  for (const name of FIELDS) {
    const field = form.elements[name];
    if (!field) continue;
    const value = field.type === "checkbox" ? (field.checked ? "1" : "") : field.value.trim();
    if (value) params.set(name, value);
  }
  if (offset > 0) params.set("offset", String(offset));
  return params;
}

export function toForm(form, params) {
  for (const name of FIELDS) {
    const field = form.elements[name];
    if (!field) continue;
    if (field.type === "checkbox") field.checked = params.get(name) === "1";
    else if (field.tagName === "SELECT" && params.get(name) && ![...field.options].some((o) => o.value === params.get(name))) {
      field.append(new Option(params.get(name), params.get(name)));  // a tag not (yet) in the picker
      field.value = params.get(name);
    } else field.value = params.get(name) || "";
  }
}

export const offsetOf = (params) => Math.max(0, parseInt(params.get("offset") || "0", 10) || 0);

const localMidnight = (isoDate, addDays = 0) => {
  const [y, m, d] = isoDate.split("-").map(Number);
  return new Date(y, m - 1, d + addDays).toISOString();
};

/** Page-URL parameters → the API's filter query (without paging). */
export function apiFilters(params) {
  const query = new URLSearchParams();
  for (const name of ["q", "language", "staff", "tag", "status"]) if (params.get(name)) query.set(name, params.get(name));
  if (params.get("escalated") === "1") query.set("escalated", "true");
  if (params.get("unacknowledged") === "1") query.set("unacknowledged", "true");
  if (/^\d{4}-\d{2}-\d{2}$/.test(params.get("since") || "")) query.set("since", localMidnight(params.get("since")));
  // The form's "until" day is included: the API's bound is exclusive, so it gets the next midnight.
  if (/^\d{4}-\d{2}-\d{2}$/.test(params.get("until") || "")) query.set("until", localMidnight(params.get("until"), 1));
  return query;
}

/** The date `days` before today, as the date input wants it (local time). */
export function daysAgo(days) {
  const d = new Date();
  d.setDate(d.getDate() - days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}
