package dev.concertsaga.localstack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * What each instance did, from its own metrics: outbox rows its relay published, and payment requests it answered.
 * A killed instance's counts start again from zero, so they are read before the kill and added to those read at the end.
 */
final class InstanceShares {

    /** Per instance name: rows published, POST /api/v1/payments answered. */
    record Share(long published, long paymentRequests) {

        Share plus(Share other) {
            return new Share(published + other.published, paymentRequests + other.paymentRequests);
        }
    }

    private final ChaosHttp http;

    InstanceShares(ChaosHttp http) {
        this.http = http;
    }

    Map<String, Share> read(List<ServiceProcess> instances) {
        Map<String, Share> shares = new LinkedHashMap<>();
        for (ServiceProcess instance : instances) {
            shares.put(instance.name(), new Share(count(instance, "outbox.publish.lag"),
                    count(instance, "http.server.requests?tag=uri:/api/v1/payments&tag=method:POST")));
        }
        return shares;
    }

    static Map<String, Share> sum(Map<String, Share> before, Map<String, Share> after) {
        Map<String, Share> sum = new LinkedHashMap<>(after);
        before.forEach((name, share) -> sum.merge(name, share, Share::plus));
        return sum;
    }

    private long count(ServiceProcess instance, String metric) {
        ChaosHttp.Answer answer = http.get(instance.port(), "/actuator/metrics/" + metric);
        if (!answer.is(200)) {
            return 0;
        }
        for (JsonNode measurement : answer.body().path("measurements")) {
            if (measurement.path("statistic").asString("").equals("COUNT")) {
                return measurement.path("value").asLong(0);
            }
        }
        return 0;
    }
}
