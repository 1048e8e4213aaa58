-- The virtual queue. A token is WAITING until admitted, ACTIVE until active_until, then EXPIRED.
CREATE TABLE queue_token (
    token              uuid        PRIMARY KEY,
    -- Issue order: a waiting token's position counts the waiting tokens with a number up to its own.
    queue_number       bigint      GENERATED ALWAYS AS IDENTITY UNIQUE,
    user_id            bigint      NOT NULL CHECK (user_id > 0),
    status             text        NOT NULL CHECK (status IN ('WAITING', 'ACTIVE', 'EXPIRED')),
    issued_at          timestamptz NOT NULL,
    -- Set on admission and kept for good: a payment's cancellation restores it, never extends it.
    active_until       timestamptz,
    -- The payment that used the token, while it stays used by it. A payment uses one token at most.
    expired_by_payment uuid        UNIQUE,
    CONSTRAINT queue_token_deadline_once_admitted CHECK ((status = 'WAITING') = (active_until IS NULL)),
    CONSTRAINT queue_token_used_means_expired CHECK (expired_by_payment IS NULL OR status = 'EXPIRED')
);

-- One live token per user: asking again, even in a race, can never put a user in the queue twice.
CREATE UNIQUE INDEX queue_token_one_live_per_user ON queue_token (user_id) WHERE status IN ('WAITING', 'ACTIVE');

-- Admission takes the waiting tokens in issue order; a position counts them.
CREATE INDEX queue_token_waiting_in_order ON queue_token (queue_number) WHERE status = 'WAITING';

-- Expiry looks for active tokens past their deadline; admission counts active tokens.
CREATE INDEX queue_token_active_by_deadline ON queue_token (active_until) WHERE status = 'ACTIVE';

-- Payments known to be cancelled, so that a request of one that arrives after its cancellation is refused.
CREATE TABLE cancelled_payment (
    payment_id   uuid        PRIMARY KEY,
    cancelled_at timestamptz NOT NULL
);
