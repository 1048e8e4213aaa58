-- Paying by card at an external provider (DESIGN §12). A payment says how it is paid; a card payment is paid when
-- its charge succeeded, instead of when its points were deducted.
ALTER TABLE payment
    ADD COLUMN method       text    NOT NULL DEFAULT 'POINTS' CHECK (method IN ('POINTS', 'CARD')),
    ADD COLUMN card_token   text,
    ADD COLUMN card_charged boolean NOT NULL DEFAULT false,
    ADD CONSTRAINT payment_card_token_exactly_for_card CHECK ((method = 'CARD') = (card_token IS NOT NULL));

ALTER TABLE payment
    DROP CONSTRAINT payment_completed_when_every_step_succeeded,
    ADD CONSTRAINT payment_completed_when_every_step_succeeded CHECK (
        (status = 'COMPLETED') = (completed_at IS NOT NULL)
        AND (status <> 'COMPLETED' OR (reservation_confirmed AND token_expired
                                       AND CASE method WHEN 'CARD' THEN card_charged ELSE points_deducted END)));

ALTER TABLE payment
    DROP CONSTRAINT payment_failure_reason_check,
    ADD CONSTRAINT payment_failure_reason_check CHECK (failure_reason IN (
        'INSUFFICIENT_POINTS', 'RESERVATION_EXPIRED', 'RESERVATION_NOT_HELD', 'NOT_RESERVATION_OWNER', 'TOKEN_NOT_ACTIVE',
        'NOT_TOKEN_OWNER', 'USER_NOT_FOUND', 'CARD_DECLINED', 'TIMEOUT')),
    DROP CONSTRAINT payment_failed_step_check,
    ADD CONSTRAINT payment_failed_step_check CHECK (failed_step IN ('RESERVATION', 'QUEUE_TOKEN', 'POINTS', 'CARD', 'DEADLINE'));

-- Stage 1 of the three-stage charge: the attempt and its idempotency key, recorded before the provider is called.
-- The worker claims due attempts (next_attempt_at, a lease while a call is out), calls with no transaction open,
-- and records the answer; an attempt whose outcome is unknown stays PENDING and is asked about again.
CREATE TABLE card_charge (
    payment_id         uuid        PRIMARY KEY REFERENCES payment (id),
    idempotency_key    text        NOT NULL UNIQUE,
    amount             bigint      NOT NULL CHECK (amount >= 0),
    card_token         text        NOT NULL,
    status             text        NOT NULL CHECK (status IN ('PENDING', 'SUCCEEDED', 'DECLINED', 'ABANDONED')),
    provider_charge_id text,
    -- Calls started; 0 means the provider has never heard of this charge.
    attempts           integer     NOT NULL DEFAULT 0,
    next_attempt_at    timestamptz NOT NULL,
    created_at         timestamptz NOT NULL,
    decided_at         timestamptz,
    CONSTRAINT card_charge_decided_with_its_id CHECK (
        (status IN ('SUCCEEDED', 'DECLINED')) = (provider_charge_id IS NOT NULL)
        AND (status = 'PENDING') = (decided_at IS NULL))
);

CREATE INDEX card_charge_due ON card_charge (next_attempt_at) WHERE status = 'PENDING';

-- A refund owed on a succeeded charge, recorded in the transaction that decided it is owed (a cancellation, or a
-- charge that succeeded after its payment was cancelled), and retried until the provider has made it.
CREATE TABLE card_refund (
    payment_id         uuid        PRIMARY KEY REFERENCES card_charge (payment_id),
    idempotency_key    text        NOT NULL UNIQUE,
    provider_charge_id text        NOT NULL,
    amount             bigint      NOT NULL CHECK (amount >= 0),
    status             text        NOT NULL CHECK (status IN ('PENDING', 'REFUNDED')),
    provider_refund_id text,
    attempts           integer     NOT NULL DEFAULT 0,
    next_attempt_at    timestamptz NOT NULL,
    created_at         timestamptz NOT NULL,
    refunded_at        timestamptz,
    CONSTRAINT card_refund_refunded_with_its_id CHECK (
        (status = 'REFUNDED') = (provider_refund_id IS NOT NULL) AND (status = 'REFUNDED') = (refunded_at IS NOT NULL))
);

CREATE INDEX card_refund_due ON card_refund (next_attempt_at) WHERE status = 'PENDING';
