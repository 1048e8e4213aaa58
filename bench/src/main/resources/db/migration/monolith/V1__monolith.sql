-- The monolith: the same tables and rules as the four services' own migrations, in one schema of one database, so
-- that one transaction can do the whole payment. Only what the payment and its reads need is kept.

-- queue-service: the waiting-queue tokens.
CREATE TABLE queue_token (
    token              uuid        PRIMARY KEY,
    queue_number       bigint      GENERATED ALWAYS AS IDENTITY UNIQUE,
    user_id            bigint      NOT NULL CHECK (user_id > 0),
    status             text        NOT NULL CHECK (status IN ('WAITING', 'ACTIVE', 'EXPIRED')),
    issued_at          timestamptz NOT NULL,
    active_until       timestamptz,
    expired_by_payment uuid        UNIQUE,
    CONSTRAINT queue_token_deadline_once_admitted CHECK ((status = 'WAITING') = (active_until IS NULL)),
    CONSTRAINT queue_token_used_means_expired CHECK (expired_by_payment IS NULL OR status = 'EXPIRED')
);
CREATE UNIQUE INDEX queue_token_one_live_per_user ON queue_token (user_id) WHERE status IN ('WAITING', 'ACTIVE');
CREATE INDEX queue_token_waiting_in_order ON queue_token (queue_number) WHERE status = 'WAITING';
CREATE INDEX queue_token_active_by_deadline ON queue_token (active_until) WHERE status = 'ACTIVE';

-- concert-service: the catalog, seats and their holds.
CREATE TABLE concert (
    id    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200)
);

CREATE TABLE schedule (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    concert_id bigint      NOT NULL REFERENCES concert (id),
    starts_at  timestamptz NOT NULL
);
CREATE INDEX schedule_of_concert ON schedule (concert_id, starts_at);

CREATE TABLE seat (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    schedule_id bigint  NOT NULL REFERENCES schedule (id),
    number      integer NOT NULL CHECK (number > 0),
    price       bigint  NOT NULL CHECK (price >= 0),
    status      text    NOT NULL DEFAULT 'AVAILABLE' CHECK (status IN ('AVAILABLE', 'HELD', 'SOLD')),
    UNIQUE (schedule_id, number),
    UNIQUE (id, schedule_id)
);

CREATE TABLE reservation (
    id                   uuid PRIMARY KEY,
    user_id              bigint      NOT NULL CHECK (user_id > 0),
    schedule_id          bigint      NOT NULL,
    seat_id              bigint      NOT NULL,
    price                bigint      NOT NULL CHECK (price >= 0),
    status               text        NOT NULL CHECK (status IN ('HELD', 'CONFIRMED', 'EXPIRED')),
    held_until           timestamptz NOT NULL,
    confirmed_by_payment uuid,
    FOREIGN KEY (seat_id, schedule_id) REFERENCES seat (id, schedule_id),
    CHECK ((status = 'CONFIRMED') = (confirmed_by_payment IS NOT NULL))
);
CREATE UNIQUE INDEX reservation_one_live_per_seat ON reservation (seat_id) WHERE status IN ('HELD', 'CONFIRMED');
CREATE INDEX reservation_hold_deadline ON reservation (held_until) WHERE status = 'HELD';

-- user-service: users, their balance, and the ledger every change of it is written to.
CREATE TABLE users (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name       text        NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
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
    CONSTRAINT point_ledger_payment_iff_not_charge CHECK ((type = 'CHARGE') = (payment_id IS NULL))
);
CREATE UNIQUE INDEX point_ledger_one_per_payment ON point_ledger (payment_id, type) WHERE payment_id IS NOT NULL;
CREATE INDEX point_ledger_history ON point_ledger (user_id, id DESC);

-- payment-service: the payment. In one transaction it is written COMPLETED or not at all, so it needs no saga
-- progress; a failed payment leaves no row, the whole transaction having rolled back.
CREATE TABLE payment (
    id                  uuid        PRIMARY KEY,
    reservation_id      uuid        NOT NULL,
    user_id             bigint      NOT NULL CHECK (user_id > 0),
    queue_token         uuid        NOT NULL,
    idempotency_key     text        NOT NULL CHECK (length(idempotency_key) BETWEEN 1 AND 255),
    request_fingerprint text        NOT NULL,
    created_at          timestamptz NOT NULL,
    status              text        NOT NULL CHECK (status IN ('COMPLETED')),
    amount              bigint      NOT NULL CHECK (amount >= 0),
    completed_at        timestamptz NOT NULL,
    CONSTRAINT payment_idempotency_key_unique UNIQUE (idempotency_key)
);
CREATE UNIQUE INDEX payment_one_per_reservation ON payment (reservation_id);
