// Talks to the four services through this origin's proxy, and says every problem the API answers in plain words.
"use strict";

/** A problem+json answer, with the words and the next step a person needs. */
class Problem extends Error {
  constructor(status, body) {
    const words = PROBLEM_WORDS[body.code] || { say: body.detail || "Something went wrong (" + status + ").", next: "Try again." };
    super(words.say);
    this.status = status;
    this.code = body.code || "UNKNOWN";
    this.next = words.next;
  }
}

/** Every code the API can answer (see each service's OpenAPI document), in words and with the next sensible action. */
const PROBLEM_WORDS = {
  SEAT_NOT_AVAILABLE: { say: "Someone else has just taken this seat.", next: "Pick another seat from the map." },
  SEAT_NOT_FOUND: { say: "That seat does not exist in this schedule.", next: "Pick a seat from the map." },
  QUEUE_TOKEN_MISSING: { say: "You need a place in the queue first.", next: "Join the queue." },
  QUEUE_TOKEN_INVALID: { say: "Your queue token is not valid.", next: "Join the queue again." },
  QUEUE_TOKEN_NOT_ACTIVE: { say: "Your turn in the queue has not come yet, or it has run out.", next: "Wait until your token is active, or join the queue again." },
  QUEUE_TOKEN_NOT_OWNED: { say: "This queue token belongs to someone else.", next: "Join the queue as yourself." },
  TOKEN_NOT_FOUND: { say: "The queue does not know this token.", next: "Join the queue again." },
  PAYMENT_ALREADY_ACTIVE: { say: "This seat is already being paid for, or is paid.", next: "Wait for that payment's outcome." },
  PAYMENT_NOT_FOUND: { say: "There is no such payment.", next: "Pick a payment from the list." },
  IDEMPOTENCY_KEY_MISSING: { say: "The payment request was incomplete.", next: "Press Pay again." },
  IDEMPOTENCY_KEY_INVALID: { say: "The payment request was malformed.", next: "Press Pay again." },
  IDEMPOTENCY_KEY_REUSED: { say: "This payment attempt was already used for something else.", next: "Press Pay again." },
  USER_NOT_FOUND: { say: "There is no user with that id.", next: "Pick a demo user or create one." },
  BALANCE_LIMIT_EXCEEDED: { say: "That would put more points on the account than it may hold.", next: "Charge a smaller amount." },
  CONCERT_NOT_FOUND: { say: "That concert does not exist.", next: "Pick a concert from the list." },
  SCHEDULE_NOT_FOUND: { say: "That date does not exist.", next: "Pick a date from the list." },
  RESERVATION_NOT_FOUND: { say: "That reservation does not exist.", next: "Hold a seat again." },
  VALIDATION_FAILED: { say: "Some of what you entered is not valid.", next: "Check the highlighted values and try again." },
  MALFORMED_REQUEST: { say: "The request could not be read.", next: "Check what you entered and try again." },
  INVALID_PARAMETER: { say: "One of the values is not valid.", next: "Check the filters and try again." },
  SERVICE_UNAVAILABLE: { say: "Part of the system is unavailable right now. Nothing was changed.", next: "Try again in a few seconds." },
  INTERNAL_ERROR: { say: "Something went wrong on our side.", next: "Try again; if it keeps happening, tell us." },
};

/** Why a payment was cancelled, in words (DESIGN §3 reasons). */
const REASON_WORDS = {
  INSUFFICIENT_POINTS: "you do not have enough points for this seat",
  RESERVATION_EXPIRED: "the seat's hold ran out before the payment",
  RESERVATION_NOT_HELD: "the seat was no longer held for you",
  NOT_RESERVATION_OWNER: "the seat is held by someone else",
  TOKEN_NOT_ACTIVE: "your queue token was no longer active",
  NOT_TOKEN_OWNER: "the queue token belongs to someone else",
  USER_NOT_FOUND: "the user does not exist",
  CARD_DECLINED: "the card was declined",
  TIMEOUT: "the payment took too long and was called off",
};

async function api(method, path, body, headers) {
  const response = await fetch(path, {
    method,
    headers: Object.assign({ Accept: "application/json, application/problem+json" }, body ? { "Content-Type": "application/json" } : {}, headers || {}),
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  const json = text ? JSON.parse(text) : null;
  if (!response.ok) {
    throw new Problem(response.status, json || {});
  }
  return { status: response.status, body: json, location: response.headers.get("Location") };
}

function newKey() {
  return crypto.randomUUID ? crypto.randomUUID() : Date.now() + "-" + Math.random().toString(16).slice(2);
}

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value !== null && value !== undefined && value !== false) node.setAttribute(name, value === true ? "" : value);
  });
  children.flat().forEach((child) => node.append(child instanceof Node ? child : document.createTextNode(String(child))));
  return node;
}

function points(n) {
  return Number(n).toLocaleString("en-US") + " points";
}

/** Shows a problem where the person is looking, with what to do next. */
function showProblem(box, error) {
  box.replaceChildren();
  box.className = "message problem";
  box.dataset.code = error.code || "";
  box.append(el("strong", {}, error.message), " ", error.next || "");
}

function showNote(box, text) {
  box.className = "message note";
  box.dataset.code = "";
  box.replaceChildren(text);
}
