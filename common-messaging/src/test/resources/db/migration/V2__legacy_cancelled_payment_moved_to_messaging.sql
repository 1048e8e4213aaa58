-- As the services' migrations move their own cancelled_payment tables into the plumbing's: this can only run once
-- the messaging schema's history has created messaging.cancelled_payment (MessagingHousekeepingIT checks it did).
CREATE TABLE legacy_cancelled_payment (
    payment_id   uuid PRIMARY KEY,
    cancelled_at timestamptz NOT NULL
);

INSERT INTO legacy_cancelled_payment (payment_id, cancelled_at) VALUES ('0193a5c1-0000-7000-8000-00000000c0de', now());

INSERT INTO messaging.cancelled_payment (payment_id, cancelled_at)
SELECT payment_id, cancelled_at FROM legacy_cancelled_payment;

DROP TABLE legacy_cancelled_payment;
