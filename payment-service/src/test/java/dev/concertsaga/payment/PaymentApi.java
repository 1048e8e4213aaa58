package dev.concertsaga.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UnsupportedEncodingException;
import java.time.Duration;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.jayway.jsonpath.JsonPath;

/** The payment API as a client calls it. */
class PaymentApi {

    /** Longer than any Prefer: wait, so an asynchronous answer is always awaited. */
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(30);

    private final MockMvcTester mvc;

    PaymentApi(MockMvcTester mvc) {
        this.mvc = mvc;
    }

    MvcTestResult request(NewPayment payment) {
        return request(payment, null);
    }

    MvcTestResult request(NewPayment payment, String prefer) {
        return request(payment.body(), payment, prefer);
    }

    /** Sends {@code body} with the headers of {@code payment}. */
    MvcTestResult request(String body, NewPayment payment, String prefer) {
        MockMvcRequestBuilder post = mvc.post().uri("/api/v1/payments").contentType(MediaType.APPLICATION_JSON).content(body);
        header(post, "Idempotency-Key", payment.idempotencyKey());
        header(post, "Queue-Token", payment.queueToken());
        header(post, "Prefer", prefer);
        return post.exchange(ANSWER_TIMEOUT);
    }

    StartedPayment start(NewPayment payment) {
        MvcTestResult result = request(payment);
        assertThat(result).hasStatus(HttpStatus.ACCEPTED);
        return new StartedPayment(UUID.fromString(field(result, "$.paymentId")), payment);
    }

    MvcTestResult get(Object paymentId) {
        return mvc.get().uri("/api/v1/payments/{paymentId}", paymentId).exchange();
    }

    MvcTestResult timeline(Object paymentId) {
        return mvc.get().uri("/api/v1/payments/{paymentId}/timeline", paymentId).exchange();
    }

    /** {@code GET /api/v1/payments} with the query string as given, e.g. {@code "status=CANCELLED&limit=5"}. */
    MvcTestResult list(String query) {
        return mvc.get().uri("/api/v1/payments?" + query).exchange();
    }

    /** A field of a JSON answer, e.g. {@code field(result, "$.status")}. */
    static <T> T field(MvcTestResult result, String path) {
        try {
            return JsonPath.read(result.getResponse().getContentAsString(), path);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void header(MockMvcRequestBuilder request, String name, String value) {
        if (value != null) {
            request.header(name, value);
        }
    }
}
