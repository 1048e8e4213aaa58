-- Concerts, their schedules and seats: the catalog a user picks a seat from.
CREATE TABLE concert (
    id    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200)
);

CREATE TABLE schedule (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    concert_id bigint      NOT NULL REFERENCES concert (id),
    starts_at  timestamptz NOT NULL
);

-- Serves "the schedules of a concert, in time order".
CREATE INDEX schedule_of_concert ON schedule (concert_id, starts_at);

-- A seat's status mirrors its live reservation: AVAILABLE (none), HELD, or SOLD (confirmed by a payment).
CREATE TABLE seat (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    schedule_id bigint  NOT NULL REFERENCES schedule (id),
    number      integer NOT NULL CHECK (number > 0),
    price       bigint  NOT NULL CHECK (price >= 0),
    status      text    NOT NULL DEFAULT 'AVAILABLE' CHECK (status IN ('AVAILABLE', 'HELD', 'SOLD')),
    -- Also serves "the seats of a schedule, by number".
    UNIQUE (schedule_id, number),
    -- Lets a reservation prove that its seat belongs to its schedule.
    UNIQUE (id, schedule_id)
);

CREATE TABLE reservation (
    id                   uuid PRIMARY KEY,
    user_id              bigint      NOT NULL CHECK (user_id > 0),
    schedule_id          bigint      NOT NULL,
    seat_id              bigint      NOT NULL,
    price                bigint      NOT NULL CHECK (price >= 0),
    status               text        NOT NULL CHECK (status IN ('HELD', 'CONFIRMED', 'EXPIRED')),
    -- The hold deadline, fixed when the seat is held: confirming keeps it, restoring never extends it.
    held_until           timestamptz NOT NULL,
    -- The one payment allowed to undo the confirmation; set exactly while the reservation is CONFIRMED.
    confirmed_by_payment uuid,
    FOREIGN KEY (seat_id, schedule_id) REFERENCES seat (id, schedule_id),
    CHECK ((status = 'CONFIRMED') = (confirmed_by_payment IS NOT NULL))
);

-- No double booking, whatever the application does: at most one live reservation per seat.
CREATE UNIQUE INDEX reservation_one_live_per_seat ON reservation (seat_id) WHERE status IN ('HELD', 'CONFIRMED');

-- Serves the expiry scheduler: holds by deadline.
CREATE INDEX reservation_hold_deadline ON reservation (held_until) WHERE status = 'HELD';

-- The local view of queue-service's tokens, kept from queue-token-events, so reserving never calls queue-service.
CREATE TABLE queue_token (
    token        uuid PRIMARY KEY,
    user_id      bigint      NOT NULL CHECK (user_id > 0),
    status       text        NOT NULL CHECK (status IN ('ACTIVE', 'EXPIRED')),
    active_until timestamptz NOT NULL
);

-- Payments known to be cancelled, so a PaymentRequested that arrives after its cancellation confirms nothing.
CREATE TABLE cancelled_payment (
    payment_id   uuid PRIMARY KEY,
    cancelled_at timestamptz NOT NULL
);
