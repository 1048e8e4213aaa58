-- Payments a service has been told are cancelled, so that a saga step of one arriving after its cancellation does
-- nothing. Forgotten after messaging.cancelled-payments.retention, like the inbox's ids.
CREATE TABLE cancelled_payment (
    payment_id   uuid        PRIMARY KEY,
    cancelled_at timestamptz NOT NULL
);

CREATE INDEX cancelled_payment_cancelled_at ON cancelled_payment (cancelled_at);
