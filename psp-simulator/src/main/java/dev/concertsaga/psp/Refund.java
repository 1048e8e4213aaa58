package dev.concertsaga.psp;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Money given back on a succeeded charge; refunds always succeed once recorded. */
record Refund(String id, String chargeId, String idempotencyKey, String fingerprint, long amount, Instant createdAt) {

    Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        json.put("chargeId", chargeId);
        json.put("idempotencyKey", idempotencyKey);
        json.put("amount", amount);
        json.put("status", "SUCCEEDED");
        json.put("createdAt", createdAt.toString());
        return json;
    }
}
