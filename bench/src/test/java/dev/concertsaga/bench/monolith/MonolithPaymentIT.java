package dev.concertsaga.bench.monolith;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import dev.concertsaga.bench.Buyer;
import dev.concertsaga.bench.BuyerSql;
import dev.concertsaga.testsupport.RealInfrastructure;

/** The monolith's one-transaction payment on real PostgreSQL, with buyers loaded as the bench loads them. */
@SpringBootTest
@AutoConfigureMockMvc
@RealInfrastructure(database = "monolith")
class MonolithPaymentIT {

    private static final long PRICE = 50_000;

    @Autowired
    MockMvcTester mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void completes_a_payment_in_one_transaction_confirming_the_seat_taking_the_points_and_using_the_token() throws Exception {
        Buyer buyer = buyer(80_000);

        MvcTestResult paid = pay(buyer, "key-" + buyer.reservationId());

        assertThat(paid).hasStatusOk().bodyJson().isLenientlyEqualTo(
                "{\"reservationId\":\"" + buyer.reservationId() + "\",\"userId\":" + buyer.userId() + ",\"amount\":50000,\"status\":\"COMPLETED\"}");
        assertThat(state(buyer)).containsEntry("reservation", "CONFIRMED").containsEntry("seat", "SOLD").containsEntry("token", "EXPIRED")
                .containsEntry("balance", 30_000L).containsEntry("uses", 1L).containsEntry("payments", 1L);
        String paymentId = jdbc.sql("SELECT id::text FROM payment WHERE reservation_id = ?").param(buyer.reservationId()).query(String.class).single();
        assertThat(mvc.get().uri("/api/v1/payments/{id}", paymentId)).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.status", status -> assertThat(status).isEqualTo("COMPLETED"));
        assertThat(pay(buyer, "key-" + buyer.reservationId())).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.paymentId", id -> assertThat(id).isEqualTo(paymentId));
    }

    @Test
    void a_payment_the_points_do_not_cover_changes_nothing() throws Exception {
        Buyer buyer = buyer(30_000);
        Map<String, Object> before = state(buyer);

        assertThat(pay(buyer, "key-" + buyer.reservationId())).hasStatus(HttpStatus.CONFLICT).bodyJson()
                .hasPathSatisfying("$.code", code -> assertThat(code).isEqualTo("INSUFFICIENT_POINTS"));

        assertThat(state(buyer)).isEqualTo(before).containsEntry("reservation", "HELD").containsEntry("seat", "HELD")
                .containsEntry("token", "ACTIVE").containsEntry("balance", 30_000L).containsEntry("uses", 0L).containsEntry("payments", 0L);
    }

    private Buyer buyer(long points) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            List<Buyer> buyers = BuyerSql.loadMonolith(connection, 1, PRICE, points);
            return buyers.get(0);
        }
    }

    private MvcTestResult pay(Buyer buyer, String key) {
        return mvc.post().uri("/api/v1/payments").contentType(MediaType.APPLICATION_JSON)
                .header("Queue-Token", buyer.token().toString()).header("Idempotency-Key", key)
                .content("{\"reservationId\":\"" + buyer.reservationId() + "\",\"userId\":" + buyer.userId() + "}").exchange();
    }

    private Map<String, Object> state(Buyer buyer) {
        return Map.of(
                "reservation", jdbc.sql("SELECT status FROM reservation WHERE id = ?").param(buyer.reservationId()).query(String.class).single(),
                "seat", jdbc.sql("SELECT s.status FROM seat s JOIN reservation r ON r.seat_id = s.id WHERE r.id = ?")
                        .param(buyer.reservationId()).query(String.class).single(),
                "token", jdbc.sql("SELECT status FROM queue_token WHERE token = ?").param(buyer.token()).query(String.class).single(),
                "balance", jdbc.sql("SELECT balance FROM users WHERE id = ?").param(buyer.userId()).query(Long.class).single(),
                "uses", jdbc.sql("SELECT count(*) FROM point_ledger WHERE user_id = ? AND type = 'USE'").param(buyer.userId()).query(Long.class).single(),
                "payments", jdbc.sql("SELECT count(*) FROM payment WHERE reservation_id = ?").param(buyer.reservationId()).query(Long.class).single());
    }
}
