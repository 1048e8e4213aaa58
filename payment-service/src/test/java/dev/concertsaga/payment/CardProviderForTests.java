package dev.concertsaga.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.time.Duration;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;

import dev.concertsaga.psp.Faults;
import dev.concertsaga.psp.PspSimulator;
import dev.concertsaga.psp.SimulatorSettings;
import dev.concertsaga.testsupport.TestInfrastructure;

/**
 * The card provider payment-service talks to in tests: the real psp-simulator over HTTP, on its own database, behind
 * a WireMock server that passes every request through to it unless a test asks for a precise fault (a stub at a
 * higher priority, e.g. a connection reset for one payment's key). One of each for the JVM, started with the first
 * context, which gets {@code card.provider-url} pointed at WireMock.
 */
class CardProviderForTests implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final int PASS_THROUGH_PRIORITY = 10;

    private static PspSimulator simulator;
    private static WireMockServer front;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        start();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("cardProviderForTests",
                Map.of("card.provider-url", front.baseUrl())));
    }

    static synchronized void start() {
        if (simulator != null) {
            return;
        }
        TestInfrastructure infrastructure = TestInfrastructure.shared();
        simulator = PspSimulator.start(new SimulatorSettings(0, infrastructure.jdbcUrl("psp_simulator"), infrastructure.username(),
                infrastructure.password(), Duration.ofMillis(500), Duration.ofSeconds(3), 0.5, new Faults(Duration.ZERO, 0)));
        front = new WireMockServer(options().dynamicPort().containerThreads(40));
        front.start();
        passThrough();
        TestInfrastructure.beforeShutdown(() -> {
            front.stop();
            simulator.close();
        });
    }

    /** Forgets every fault a test asked for: every request reaches the simulator again. */
    static void passThrough() {
        front.resetAll();
        front.stubFor(any(anyUrl()).atPriority(PASS_THROUGH_PRIORITY).willReturn(aResponse().proxiedFrom(simulator.uri().toString())));
    }

    static WireMockServer front() {
        return front;
    }

    static PspSimulator simulator() {
        return simulator;
    }
}
