package dev.concertsaga.psp;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A charge in the ledger, with the total refunded on it so far. */
record Charge(String id, String idempotencyKey, String fingerprint, long amount, String cardToken, ChargeStatus status,
              long amountRefunded, Instant createdAt) {

    Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        json.put("idempotencyKey", idempotencyKey);
        json.put("amount", amount);
        json.put("cardToken", cardToken);
        json.put("status", status.name());
        json.put("amountRefunded", amountRefunded);
        json.put("createdAt", createdAt.toString());
        return json;
    }
}
