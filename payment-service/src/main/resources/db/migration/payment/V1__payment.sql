-- Payments and the saga's outcome. A cancelled payment is never deleted (DESIGN rule 8):
-- it stays CANCELLED with the step that failed and why.
CREATE TABLE payment (
    id                    uuid        PRIMARY KEY,
    reservation_id        uuid        NOT NULL,
    user_id               bigint      NOT NULL CHECK (user_id > 0),
    queue_token           uuid        NOT NULL,
    idempotency_key       text        NOT NULL CHECK (length(idempotency_key) BETWEEN 1 AND 255),
    -- A digest of the request body: a retry with the same key must ask for the same thing.
    request_fingerprint   text        NOT NULL,
    created_at            timestamptz NOT NULL,
    status                text        NOT NULL CHECK (status IN ('PENDING', 'COMPLETED', 'CANCELLED')),
    -- The seat's price, from ReservationConfirmed; the client never sends an amount (DESIGN rule 7).
    amount                bigint      CHECK (amount >= 0),
    failure_reason        text        CHECK (failure_reason IN ('INSUFFICIENT_POINTS', 'RESERVATION_EXPIRED', 'RESERVATION_NOT_HELD',
                                                                'NOT_RESERVATION_OWNER', 'TOKEN_NOT_ACTIVE', 'NOT_TOKEN_OWNER',
                                                                'USER_NOT_FOUND', 'TIMEOUT')),
    failed_step           text        CHECK (failed_step IN ('RESERVATION', 'QUEUE_TOKEN', 'POINTS', 'DEADLINE')),
    -- The saga's progress: each step reports success on its own topic, in any order.
    reservation_confirmed boolean     NOT NULL,
    token_expired         boolean     NOT NULL,
    points_deducted       boolean     NOT NULL,
    completed_at          timestamptz,
    cancelled_at          timestamptz,
    version               bigint      NOT NULL,
    CONSTRAINT payment_idempotency_key_unique UNIQUE (idempotency_key),
    CONSTRAINT payment_amount_from_confirmation CHECK (reservation_confirmed = (amount IS NOT NULL)),
    CONSTRAINT payment_completed_when_every_step_succeeded CHECK (
        (status = 'COMPLETED') = (completed_at IS NOT NULL)
        AND (status <> 'COMPLETED' OR (reservation_confirmed AND token_expired AND points_deducted))),
    CONSTRAINT payment_cancelled_says_where_and_why CHECK (
        (status = 'CANCELLED') = (cancelled_at IS NOT NULL)
        AND (status = 'CANCELLED') = (failure_reason IS NOT NULL)
        AND (status = 'CANCELLED') = (failed_step IS NOT NULL))
);

-- At most one payment per reservation is running or paid (DESIGN rule 5), even when requests race:
-- the second insert fails here rather than after a check that both passed.
CREATE UNIQUE INDEX payment_one_active_per_reservation ON payment (reservation_id) WHERE status IN ('PENDING', 'COMPLETED');

-- The deadline's scan: pending payments, oldest first.
CREATE INDEX payment_pending_by_age ON payment (created_at) WHERE status = 'PENDING';

-- What payment-service saw of each saga, in the order it recorded it: the events it published and every saga
-- event it consumed for the payment, late ones and compensations included.
CREATE TABLE payment_timeline (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    payment_id  uuid        NOT NULL REFERENCES payment (id),
    event_id    uuid        NOT NULL,
    event_type  text        NOT NULL,
    -- When the producer made the change; recorded_at is when payment-service saw it.
    occurred_at timestamptz NOT NULL,
    recorded_at timestamptz NOT NULL,
    detail      text,
    -- Serves the read by payment, and makes recording one event twice impossible.
    CONSTRAINT payment_timeline_event_once UNIQUE (payment_id, event_id)
);
