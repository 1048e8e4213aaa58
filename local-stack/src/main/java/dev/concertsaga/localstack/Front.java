package dev.concertsaga.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A service's usual port in front of its instances, so that everything written for one instance (the walk-through,
 * the booking page) works with several: each connection goes to the next instance in turn, and an instance that does
 * not answer (it is restarting) is passed over for the next. Bytes are copied as they come, so long requests
 * ({@code Prefer: wait}) and keep-alive connections work as they would without it; a connection stays with its instance.
 */
final class Front implements AutoCloseable {

    private final String name;
    private final List<Integer> instancePorts;
    private final ServerSocket server;
    private final AtomicInteger next = new AtomicInteger();

    private Front(String name, List<Integer> instancePorts, ServerSocket server) {
        this.name = name;
        this.instancePorts = instancePorts;
        this.server = server;
    }

    static Front open(String name, int port, List<Integer> instancePorts) {
        try {
            Front front = new Front(name, List.copyOf(instancePorts), new ServerSocket(port));
            daemon("front-" + name, front::accept).start();
            return front;
        } catch (IOException e) {
            throw new StartupFailure("cannot open port " + port + " in front of " + name, e);
        }
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                daemon("front-" + name + "-connection", () -> relay(client)).start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void relay(Socket client) {
        try (client; Socket instance = connectToNextInstance()) {
            if (instance == null) {
                return;
            }
            Thread upstream = daemon("front-" + name + "-request", () -> copy(client, instance));
            upstream.start();
            copy(instance, client);
            upstream.join();
        } catch (IOException | InterruptedException gone) {
            // The client or the instance went away; the other side sees its connection close.
        }
    }

    /** The next instance that accepts a connection, trying each once; null when none does. */
    private Socket connectToNextInstance() {
        int first = Math.floorMod(next.getAndIncrement(), instancePorts.size());
        for (int i = 0; i < instancePorts.size(); i++) {
            int port = instancePorts.get((first + i) % instancePorts.size());
            Socket socket = new Socket();
            try {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1_000);
                return socket;
            } catch (IOException notAnswering) {
                closeQuietly(socket);
            }
        }
        return null;
    }

    private static void copy(Socket from, Socket to) {
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            in.transferTo(out);
            to.shutdownOutput();
        } catch (IOException closed) {
            closeQuietly(to);
        }
    }

    private static Thread daemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        return thread;
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
