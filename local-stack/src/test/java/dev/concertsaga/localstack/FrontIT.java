package dev.concertsaga.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

/** The round-robin front of {@code --instances N}, over real sockets, before instances that say who they are. */
class FrontIT {

    private final List<HttpServer> instances = new ArrayList<>();
    private Front front;

    @AfterEach
    void stop() {
        if (front != null) {
            front.close();
        }
        instances.forEach(instance -> instance.stop(0));
    }

    @Test
    void sends_each_new_connection_to_the_next_instance() throws Exception {
        List<Integer> ports = List.of(instance("first"), instance("second"));
        int port = freePort();
        front = Front.open("test-service", port, ports);

        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            answers.add(getOnANewConnection(port, "/who?request=" + i));
        }

        assertThat(answers).containsExactly("first /who?request=0", "second /who?request=1", "first /who?request=2", "second /who?request=3");
    }

    @Test
    void passes_over_an_instance_that_does_not_answer() throws Exception {
        int gone = freePort();
        List<Integer> ports = List.of(gone, instance("alive"));
        int port = freePort();
        front = Front.open("test-service", port, ports);

        for (int i = 0; i < 3; i++) {
            assertThat(getOnANewConnection(port, "/who")).isEqualTo("alive /who");
        }
    }

    @Test
    void carries_a_request_body_and_keeps_a_kept_alive_connection_with_its_instance() throws Exception {
        List<Integer> ports = List.of(instance("first"), instance("second"));
        int port = freePort();
        front = Front.open("test-service", port, ports);
        HttpClient client = HttpClient.newHttpClient();

        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            answers.add(client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/echo"))
                    .POST(HttpRequest.BodyPublishers.ofString("body-" + i)).build(), HttpResponse.BodyHandlers.ofString()).body());
        }

        assertThat(answers.stream().map(answer -> answer.split(" ")[0]).distinct()).hasSize(1);
        assertThat(answers).extracting(answer -> answer.split(" ")[2]).containsExactly("body-0", "body-1", "body-2");
    }

    /** One request on a connection of its own (HTTP/1.0: the instance closes it after answering), so the front picks an instance for it. */
    private static String getOnANewConnection(int port, String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.0\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return response.substring(response.indexOf("\r\n\r\n") + 4);
        }
    }

    private int instance(String name) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            byte[] answer = (name + " " + exchange.getRequestURI() + (body.isEmpty() ? "" : " " + body)).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        instances.add(server);
        return server.getAddress().getPort();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
