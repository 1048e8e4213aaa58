package dev.concertsaga.payment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the card provider itself says about a payment, asked straight of the simulator (not through the fault front):
 * the money check of DESIGN §5 for one payment.
 */
class ProviderLedger {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();

    /** A charge at the provider: its id, amount, status and what has been refunded of it. */
    record ProviderCharge(String id, long amount, String status, long amountRefunded) {
        long net() {
            return status.equals("SUCCEEDED") ? amount - amountRefunded : 0;
        }
    }

    /** The charges made under the payment's key: one at most, by the provider's own unique key. */
    List<ProviderCharge> chargesOf(UUID paymentId) {
        JsonNode data = get("/v1/charges?idempotencyKey=charge-" + paymentId).get("data");
        List<ProviderCharge> charges = new ArrayList<>();
        data.forEach(charge -> charges.add(new ProviderCharge(charge.get("id").asString(), charge.get("amount").asLong(),
                charge.get("status").asString(), charge.get("amountRefunded").asLong())));
        return charges;
    }

    /** Money the payment's user has paid the provider, after refunds. */
    long netOf(UUID paymentId) {
        return chargesOf(paymentId).stream().mapToLong(ProviderCharge::net).sum();
    }

    /** Charges the card under a payment's key directly, as a call whose answer was lost would have. */
    String chargeDirectly(UUID paymentId, long amount, String cardToken) {
        HttpRequest request = HttpRequest.newBuilder(uri("/v1/charges")).header("Idempotency-Key", "charge-" + paymentId)
                .POST(HttpRequest.BodyPublishers.ofString("{\"amount\":" + amount + ",\"cardToken\":\"" + cardToken + "\"}")).build();
        return send(request).get("id").asString();
    }

    private JsonNode get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    private JsonNode send(HttpRequest request) {
        try {
            return JSON.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static URI uri(String path) {
        return CardProviderForTests.simulator().uri().resolve(path);
    }
}
