// The booking page: pick or create a user, charge points, queue, pick and hold a seat, pay, see the outcome.
"use strict";

const $ = (id) => document.getElementById(id);
const state = { user: null, token: null, tokenActive: false, seat: null, reservation: null };

async function init() {
  const config = (await api("GET", "/config.json")).body;
  $("demo-user").replaceChildren(...config.demoUsers.map((u) => el("option", { value: u.userId }, u.name + " (user " + u.userId + ")")));
  $("use-demo").disabled = config.demoUsers.length === 0;
  $("use-demo").onclick = () => guard($("user-message"), () => useUser(Number($("demo-user").value)));
  $("create-user").onclick = () => guard($("user-message"), createUser);
  $("charge").onclick = () => guard($("user-message"), charge);
  $("join-queue").onclick = () => guard($("queue-message"), joinQueue);
  $("concert").onchange = () => guard($("seat-message"), loadSchedules);
  $("schedule").onchange = () => guard($("seat-message"), loadSeats);
  $("hold").onclick = () => guard($("seat-message"), hold);
  $("pay-button").onclick = () => guard($("pay-message"), pay);
  $("method").onchange = () => { $("card-field").hidden = $("method").value !== "CARD"; };
  await guard($("seat-message"), loadConcerts);
  setInterval(() => state.scheduleId && loadSeats().catch(() => {}), 2000);
  setInterval(showCountdown, 1000);
}

/** Runs an action; a problem is shown in the section's message box in words, with the next step. */
async function guard(box, action) {
  box.replaceChildren();
  try {
    await action();
  } catch (error) {
    if (!(error instanceof Problem)) console.warn(error);
    showProblem(box, error instanceof Problem ? error : { message: "The system cannot be reached.", next: "Check your connection and try again." });
  }
}

async function useUser(userId) {
  const user = (await api("GET", "/api/v1/users/" + userId)).body;
  setUser(user);
}

async function createUser() {
  const name = $("new-name").value.trim();
  if (!name) throw new Problem(400, { code: "VALIDATION_FAILED" });
  setUser((await api("POST", "/api/v1/users", { name })).body);
}

function setUser(user) {
  state.user = user;
  state.token = null;
  state.tokenActive = false;
  $("current-user").textContent = user.name + " (user " + user.userId + ")";
  $("balance").textContent = points(user.balance);
  $("charge").disabled = false;
  $("join-queue").disabled = false;
  $("queue-status").textContent = "Not in the queue.";
  updateButtons();
}

async function charge() {
  const amount = Number($("charge-amount").value);
  const balance = (await api("POST", "/api/v1/users/" + state.user.userId + "/points/charge", { amount })).body;
  $("balance").textContent = points(balance.balance);
  showNote($("user-message"), "Charged " + points(amount) + ".");
}

async function refreshBalance() {
  const balance = (await api("GET", "/api/v1/users/" + state.user.userId + "/points")).body;
  $("balance").textContent = points(balance.balance);
  return balance.balance;
}

async function joinQueue() {
  state.token = (await api("POST", "/api/v1/queue/tokens", { userId: state.user.userId })).body;
  $("join-queue").disabled = true;
  watchToken();
}

/** Polls the token until it is ACTIVE, showing the position as it falls. */
async function watchToken() {
  const token = (await api("GET", "/api/v1/queue/tokens/" + state.token.token)).body;
  state.tokenActive = token.status === "ACTIVE";
  if (token.status === "WAITING") {
    $("queue-status").textContent = "Waiting: position " + token.position + " in the queue.";
    setTimeout(() => watchToken().catch((e) => showProblem($("queue-message"), e)), 500);
  } else if (token.status === "ACTIVE") {
    $("queue-status").textContent = "Your turn: active until " + new Date(token.activeUntil).toLocaleTimeString() + ".";
    $("queue-status").dataset.status = "ACTIVE";
  } else {
    $("queue-status").textContent = "Your queue token has expired.";
    $("join-queue").disabled = false;
  }
  updateButtons();
}

async function loadConcerts() {
  const concerts = (await api("GET", "/api/v1/concerts")).body;
  $("concert").replaceChildren(...concerts.map((c) => el("option", { value: c.concertId }, c.title)));
  await loadSchedules();
}

async function loadSchedules() {
  const schedules = (await api("GET", "/api/v1/concerts/" + $("concert").value + "/schedules")).body;
  $("schedule").replaceChildren(...schedules.map((s) =>
    el("option", { value: s.scheduleId }, new Date(s.startsAt).toLocaleString() + " — " + s.availableSeats + " seats left")));
  await loadSeats();
}

async function loadSeats() {
  state.scheduleId = Number($("schedule").value);
  const seats = (await api("GET", "/api/v1/schedules/" + state.scheduleId + "/seats")).body;
  const focused = document.activeElement && document.activeElement.dataset.seatId;
  $("seat-map").replaceChildren(...seats.map(seatButton));
  if (focused) document.querySelector('[data-seat-id="' + focused + '"]')?.focus();
}

function seatButton(seat) {
  const selected = state.seat && state.seat.seatId === seat.seatId;
  const button = el("button", {
    type: "button", class: "seat", "data-seat-id": seat.seatId, "data-status": seat.status, "data-price": seat.price,
    "aria-pressed": selected ? "true" : "false", disabled: seat.status !== "AVAILABLE" && !selected,
    "aria-label": "Seat " + seat.number + ", " + points(seat.price) + ", " + seat.status,
  }, "#" + seat.number, el("br"), (seat.price / 1000) + "k", el("br"), seat.status);
  button.onclick = () => {
    state.seat = Object.assign({ scheduleId: state.scheduleId }, seat);
    $("selected-seat").textContent = "seat " + seat.number + " at " + points(seat.price);
    document.querySelectorAll(".seat").forEach((b) => b.setAttribute("aria-pressed", b === button ? "true" : "false"));
    updateButtons();
  };
  return button;
}

async function hold() {
  const seat = state.seat;
  let answer;
  try {
    answer = await api("POST", "/api/v1/reservations",
      { userId: state.user.userId, scheduleId: seat.scheduleId, seatId: seat.seatId }, { "Queue-Token": state.token.token });
  } catch (error) {
    if (error.code === "SEAT_NOT_AVAILABLE") {
      // Show the map as it is now, without the seat someone else took.
      state.seat = null;
      $("selected-seat").textContent = "none";
      await loadSeats();
      updateButtons();
    }
    throw error;
  }
  state.reservation = answer.body;
  showCountdown();
  await loadSeats();
  updateButtons();
}

function showCountdown() {
  const reservation = state.reservation;
  if (!reservation) return;
  const left = Math.max(0, Math.round((new Date(reservation.heldUntil) - Date.now()) / 1000));
  $("hold-status").dataset.heldUntil = reservation.heldUntil;
  $("hold-status").dataset.reservationId = reservation.reservationId;
  $("hold-status").textContent = left > 0
    ? "Seat held for you until " + new Date(reservation.heldUntil).toLocaleTimeString() + " (" + Math.floor(left / 60) + ":" + String(left % 60).padStart(2, "0") + " left)."
    : "Your hold has run out; the seat goes back on sale.";
}

/** One Idempotency-Key per attempt; waits up to 10 s for the outcome, then polls the Location. */
async function pay() {
  $("pay-button").disabled = true;
  $("outcome").replaceChildren(el("p", {}, "Paying…"));
  try {
    const body = { reservationId: state.reservation.reservationId, userId: state.user.userId };
    if ($("method").value === "CARD") {
      body.method = "CARD";
      body.cardToken = $("card-token").value;
    }
    const answer = await api("POST", "/api/v1/payments", body,
      { "Idempotency-Key": newKey(), "Queue-Token": state.token.token, Prefer: "wait=10" });
    let payment = answer.body;
    while (payment.status === "PENDING") {
      await new Promise((resolve) => setTimeout(resolve, 500));
      payment = (await api("GET", answer.location || "/api/v1/payments/" + payment.paymentId)).body;
    }
    await showOutcome(payment);
  } finally {
    updateButtons();
  }
}

async function showOutcome(payment) {
  const balance = await refreshBalance();
  const link = el("a", { href: "explore.html?paymentId=" + payment.paymentId + "&userId=" + payment.userId }, "See this payment's saga");
  if (payment.status === "COMPLETED") {
    $("outcome").replaceChildren(el("p", { class: "ok", "data-status": "COMPLETED" },
      "Paid " + points(payment.amount) + ". The seat is yours. Your balance is now " + points(balance) + "."), link);
    state.reservation = null;
    $("hold-status").textContent = "";
  } else {
    const why = REASON_WORDS[payment.failureReason] || payment.failureReason;
    $("outcome").replaceChildren(el("p", { class: "status-CANCELLED", "data-status": "CANCELLED", "data-reason": payment.failureReason },
      "The payment did not go through: " + why + ". Nothing was charged (a card charge made meanwhile is refunded); your balance is " + points(balance) + "."),
      el("p", {}, payment.failureReason === "INSUFFICIENT_POINTS" ? "Charge more points and pay again while the seat is still held."
        : payment.failureReason === "CARD_DECLINED" ? "Pay again with another card or with points while the seat is still held." : "Hold a seat again and pay."),
      link);
    if (payment.failureReason !== "INSUFFICIENT_POINTS" && payment.failureReason !== "CARD_DECLINED") state.reservation = null;
  }
  await loadSeats();
}

function updateButtons() {
  const ready = state.user && state.tokenActive;
  $("hold").disabled = !(ready && state.seat && !state.reservation);
  $("pay-button").disabled = !(ready && state.reservation);
}

init();
