-- Users and their prepaid points. The balance is kept on the user's row, which every change of it locks, and every
-- change is also a ledger row: balance = sum(CHARGE) + sum(REFUND) - sum(USE), always.
CREATE TABLE users (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name       text        NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
    -- The upper limit (points.max-balance) is configuration and binds charges only: a refund must always succeed,
    -- even when charges have filled the balance up since the deduction it gives back.
    balance    bigint      NOT NULL DEFAULT 0 CHECK (balance >= 0),
    created_at timestamptz NOT NULL
);

CREATE TABLE point_ledger (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id       bigint      NOT NULL REFERENCES users (id),
    type          text        NOT NULL CHECK (type IN ('CHARGE', 'USE', 'REFUND')),
    amount        bigint      NOT NULL CHECK (amount >= 0),
    payment_id    uuid,
    balance_after bigint      NOT NULL CHECK (balance_after >= 0),
    occurred_at   timestamptz NOT NULL,
    -- A charge is bought by the user; a use or refund always belongs to a payment.
    CONSTRAINT point_ledger_payment_iff_not_charge CHECK ((type = 'CHARGE') = (payment_id IS NULL))
);

-- The business key behind the inbox: one deduction and one refund per payment, whatever is redelivered.
CREATE UNIQUE INDEX point_ledger_one_per_payment ON point_ledger (payment_id, type) WHERE payment_id IS NOT NULL;

-- A user's history, newest first. Ids grow in the order of a user's changes because those changes hold the user's lock.
CREATE INDEX point_ledger_history ON point_ledger (user_id, id DESC);

-- Payments known to be cancelled, remembered so that a deduction arriving after its cancellation is refused.
CREATE TABLE cancelled_payment (
    payment_id   uuid PRIMARY KEY,
    cancelled_at timestamptz NOT NULL
);
