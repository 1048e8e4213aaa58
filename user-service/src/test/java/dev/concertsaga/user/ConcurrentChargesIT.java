package dev.concertsaga.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import dev.concertsaga.user.TestUsers.Entry;

@UserServiceIT
class ConcurrentChargesIT {

    private static final int CHARGES = 100;

    @Autowired
    MockMvcTester mvc;
    @Autowired
    TestUsers users;

    @Test
    void loses_no_charge_when_a_hundred_arrive_at_once() throws Exception {
        long userId = users.withPoints(5_000);
        List<Callable<Integer>> charges = IntStream.range(0, CHARGES).<Callable<Integer>>mapToObj(i -> () -> chargeOnePoint(userId)).toList();

        ExecutorService clients = Executors.newFixedThreadPool(16);
        try {
            for (Future<Integer> status : clients.invokeAll(charges)) {
                assertThat(status.get()).isEqualTo(200);
            }
        } finally {
            clients.shutdownNow();
        }

        assertThat(users.balanceOf(userId)).isEqualTo(5_000 + CHARGES).isEqualTo(users.ledgerSumOf(userId));
        // Each charge saw the one before it: the balances after them are every value from 5,001 to 5,100, once.
        assertThat(users.ledgerOf(userId)).extracting(Entry::balanceAfter)
                .containsExactlyElementsOf(LongStream.rangeClosed(5_000, 5_000 + CHARGES).boxed().toList());
    }

    private int chargeOnePoint(long userId) {
        return mvc.post().uri("/api/v1/users/{userId}/points/charge", userId)
                .contentType(MediaType.APPLICATION_JSON).content("{\"amount\":1}")
                .exchange().getResponse().getStatus();
    }
}
