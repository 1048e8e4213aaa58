package dev.concertsaga.webapp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;

/**
 * The booking page and the saga explorer on one origin: the pages from the classpath, {@code /api/v1/**} forwarded to
 * the service that owns the path, so the browser never needs CORS. Started by the local stack on 8088, or on its own:
 * {@code java -jar web/target/web-*.jar [port]}.
 */
public final class WebApp implements AutoCloseable {

    /** A request that waits for a payment's outcome (Prefer: wait=10) holds a thread, so there are enough for a few. */
    private static final int THREADS = 16;

    private final HttpServer server;
    private final ExecutorService threads;

    private WebApp(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    public static void main(String[] args) {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8088;
        WebApp app = start(port, Services.local(), WebConfig.none());
        Runtime.getRuntime().addShutdownHook(new Thread(app::close, "web-stop"));
        System.out.println("Booking page and saga explorer on " + app.url());
    }

    /** Serves on {@code port} of the loopback interface (0: any free port). */
    public static WebApp start(int port, Services services, WebConfig config) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            ExecutorService threads = Executors.newFixedThreadPool(THREADS);
            server.setExecutor(threads);
            server.createContext("/api/", new ApiProxy(services));
            server.createContext("/config.json", new ConfigHandler(config));
            server.createContext("/", new StaticFiles());
            server.start();
            return new WebApp(server, threads);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve the web app on port " + port, e);
        }
    }

    public URI url() {
        return URI.create("http://localhost:" + server.getAddress().getPort() + "/");
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    /** The demo users the booking page offers, and where a trace UI shows a trace (null when none runs). */
    public record WebConfig(List<DemoUser> demoUsers, String traceUrlTemplate) {

        public static WebConfig none() {
            return new WebConfig(List.of(), null);
        }
    }

    public record DemoUser(String name, long userId) {
    }
}
