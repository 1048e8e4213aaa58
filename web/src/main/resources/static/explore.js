// The saga explorer: recent payments, filtered and paged, and one payment's saga drawn as swimlanes per service.
"use strict";

const $ = (id) => document.getElementById(id);
const LANES = [
  { service: "payment-service", owns: /^(Payment|Card)/ },
  { service: "concert-service", owns: /^Reservation/ },
  { service: "queue-service", owns: /^QueueToken/ },
  { service: "user-service", owns: /^Points/ },
];
const COMPENSATIONS = ["PaymentCancelled", "ReservationRestored", "QueueTokenRestored", "PointsRefunded", "CardRefunded"];
const view = { pages: [], selected: null, traceUrl: null, refresh: null };

async function init() {
  view.traceUrl = (await api("GET", "/config.json")).body.traceUrl;
  const asked = new URLSearchParams(location.search);
  if (asked.get("userId")) $("user-filter").value = asked.get("userId");
  $("filters").onsubmit = (event) => { event.preventDefault(); view.pages = []; list(null); };
  $("newest").onclick = () => { view.pages = []; list(null); };
  $("older").onclick = () => list(view.next);
  await list(null);
  if (asked.get("paymentId")) select(asked.get("paymentId"));
}

async function list(before) {
  $("list-message").replaceChildren();
  const query = new URLSearchParams({ limit: "10" });
  if ($("status").value) query.set("status", $("status").value);
  if ($("failed-step").value) query.set("failedStep", $("failed-step").value);
  if ($("user-filter").value) query.set("userId", $("user-filter").value);
  if (before) query.set("before", before);
  try {
    const page = (await api("GET", "/api/v1/payments?" + query)).body;
    view.next = page.next;
    $("older").disabled = !page.next;
    $("payments").replaceChildren(...page.payments.map(row));
    if (page.payments.length === 0) $("payments").append(el("tr", {}, el("td", { colspan: 6 }, "No payments match.")));
  } catch (error) {
    showProblem($("list-message"), error);
  }
}

function row(payment) {
  const open = el("a", { href: "#saga", "data-payment-id": payment.paymentId }, payment.paymentId.slice(0, 8) + "…" + payment.paymentId.slice(-4));
  open.onclick = (event) => { event.preventDefault(); select(payment.paymentId); };
  return el("tr", { "data-payment-id": payment.paymentId },
    el("td", {}, open), el("td", {}, payment.userId), el("td", {}, payment.amount == null ? "–" : points(payment.amount)),
    el("td", { class: "status-" + payment.status }, payment.status), el("td", {}, payment.failedStep || "–"),
    el("td", {}, new Date(payment.createdAt).toLocaleString()));
}

/** Shows one payment's saga, and keeps it fresh while late events and compensations arrive. */
async function select(paymentId) {
  view.selected = paymentId;
  clearInterval(view.refresh);
  await draw(paymentId);
  view.refresh = setInterval(() => view.selected === paymentId && draw(paymentId), 2000);
}

async function draw(paymentId) {
  try {
    const payment = (await api("GET", "/api/v1/payments/" + paymentId)).body;
    const timeline = (await api("GET", "/api/v1/payments/" + paymentId + "/timeline")).body;
    $("saga-message").replaceChildren();
    $("saga-summary").replaceChildren("Payment " + payment.paymentId + " by user " + payment.userId + ": ",
      el("strong", { class: "status-" + payment.status }, payment.status),
      payment.failedStep ? " — failed at " + payment.failedStep + " (" + (REASON_WORDS[payment.failureReason] || payment.failureReason) + ")" : "");
    drawLanes(timeline, payment);
    $("events").replaceChildren(...timeline.map((entry) => eventItem(entry, timeline[0])));
  } catch (error) {
    showProblem($("saga-message"), error);
  }
}

function drawLanes(timeline, payment) {
  const start = Date.parse(timeline[0].occurredAt);
  const span = Math.max(1, Math.max(...timeline.map((e) => Date.parse(e.occurredAt))) - start);
  $("lanes").replaceChildren(...LANES.map((lane) => {
    const track = el("div", { class: "lane-track" });
    timeline.filter((entry) => lane.owns.test(entry.type)).forEach((entry, index) => {
      const left = 6 + 88 * (Date.parse(entry.occurredAt) - start) / span;
      track.append(el("span", {
        class: "event " + kinds(entry, payment).join(" ") + (index % 2 ? " lower" : ""), style: "left:" + left + "%",
        "data-type": entry.type, title: entry.type + " at +" + (Date.parse(entry.occurredAt) - start) + " ms" + (entry.detail ? ": " + entry.detail : ""),
      }, entry.type));
    });
    return el("div", { class: "lane", "data-service": lane.service }, el("div", { class: "lane-name" }, lane.service), track);
  }));
}

/** What an event was to this saga: a compensation, the failing step, or late (after the payment was decided). */
function kinds(entry, payment) {
  const found = [];
  if (COMPENSATIONS.includes(entry.type)) found.push("compensation");
  if (/Failed$|Declined$/.test(entry.type)) found.push("failed");
  if (entry.detail && entry.detail.includes("arrived after")) found.push("late");
  return found;
}

function eventItem(entry, first) {
  const offset = Date.parse(entry.occurredAt) - Date.parse(first.occurredAt);
  const item = el("li", { "data-type": entry.type }, "+" + offset + " ms ", el("strong", {}, entry.type), entry.detail ? " — " + entry.detail : "");
  if (view.traceUrl && entry.traceId) {
    item.append(" ", el("a", { href: view.traceUrl.replace("{traceId}", entry.traceId), target: "_blank", rel: "noopener" }, "trace"));
  }
  return item;
}

init();
