package dev.concertsaga.localstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/** Fails fast, and says which, when a port the stack needs is taken (often: a stack still running). */
final class Ports {

    private Ports() {
    }

    static void requireFree(Settings settings) {
        List<Integer> ports = new ArrayList<>(List.of(settings.kafkaPort(), settings.kafkaControllerPort(), settings.postgresPort(),
                ZipkinServer.PORT));
        ServiceSpec.WITH_PROVIDER.forEach(spec -> ports.add(spec.port()));
        if (settings.instances() > 1) {
            ServiceSpec.ALL.forEach(spec -> ports.addAll(spec.instancePorts(settings.instances())));
        }
        List<Integer> taken = ports.stream().filter(port -> !free(port)).toList();
        if (!taken.isEmpty()) {
            throw new StartupFailure("port(s) " + taken + " are in use. Is another local stack (or something else) running? "
                    + "Stop it, or set KAFKA_PORT / POSTGRES_PORT.");
        }
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
