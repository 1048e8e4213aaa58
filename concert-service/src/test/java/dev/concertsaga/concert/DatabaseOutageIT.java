package dev.concertsaga.concert;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.concertsaga.testsupport.DatabaseOutage;
import dev.concertsaga.testsupport.DatabaseOutage.Call;

/** PostgreSQL stopped under the running service: 503 with Retry-After for every request, never a 500; then back to normal. */
class DatabaseOutageIT {

    @Test
    void answers_503_with_retry_after_while_its_database_is_down_and_serves_again_once_it_is_back() {
        DatabaseOutage.drill(ConcertServiceApplication.class, "concert_service", List.of(
                Call.get("/api/v1/concerts"),
                Call.get("/api/v1/schedules/1/seats"),
                Call.post("/api/v1/reservations", "{\"userId\":7,\"scheduleId\":1,\"seatId\":1}",
                        Map.of("Queue-Token", "0193a5c2-0000-7000-8000-000000000001"))));
    }
}
