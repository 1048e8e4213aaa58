-- Demo data for development, tests and the local stack: 2 concerts x 3 schedules x 50 seats in three price tiers.
INSERT INTO concert (title) VALUES ('Aurora Symphony Night'), ('Neon Pulse Live');

INSERT INTO schedule (concert_id, starts_at)
SELECT c.id, d.starts_at
FROM concert c
JOIN (VALUES ('Aurora Symphony Night', timestamptz '2027-03-05 19:00:00+00'),
             ('Aurora Symphony Night', timestamptz '2027-03-06 19:00:00+00'),
             ('Aurora Symphony Night', timestamptz '2027-03-07 15:00:00+00'),
             ('Neon Pulse Live',       timestamptz '2027-05-14 20:00:00+00'),
             ('Neon Pulse Live',       timestamptz '2027-05-15 20:00:00+00'),
             ('Neon Pulse Live',       timestamptz '2027-05-16 18:00:00+00')) AS d (title, starts_at)
  ON d.title = c.title;

-- Seats 1-10 are the front rows, 11-30 the middle, 31-50 the back.
INSERT INTO seat (schedule_id, number, price)
SELECT s.id, n.number, CASE WHEN n.number <= 10 THEN 120000 WHEN n.number <= 30 THEN 80000 ELSE 50000 END
FROM schedule s
CROSS JOIN generate_series(1, 50) AS n (number);
