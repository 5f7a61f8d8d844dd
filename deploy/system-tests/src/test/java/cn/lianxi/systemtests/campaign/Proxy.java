package cn.lianxi.systemtests.campaign;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small TCP proxy (网络故障代理) between clients and one target {@code host:port}, listening on a free loopback port,
 * whose mode the nemesis switches at any time: {@link Mode#pass() PASS} forwards bytes both ways, {@link Mode#delay
 * DELAY} forwards each chunk no sooner than the delay after it was read, {@link Mode#drop() DROP} keeps connections
 * open and reads but discards everything (a black hole: peers wait for their own timeouts), and when it heals resets
 * the connections whose bytes it threw away (TCP never loses bytes inside a connection: a partition's
 * retransmissions deliver them later, and a middlebox that lost them can only reset; a link left open without them
 * would be a state no network produces, its peers waiting for an answer to a request that never arrived),
 * {@link Mode#cut() CUT}
 * closes every open connection at once and every new one as soon as it is accepted (a partition that peers notice).
 *
 * <p>Hand-written because Debian has no toxiproxy: on this machine (Debian bookworm) {@code apt-cache policy
 * toxiproxy} knows no such package and {@code apt-cache search toxiproxy} finds nothing, and the project fetches no
 * binaries from outside its package sources. Four modes on blocking sockets with two threads per connection are all
 * a loopback campaign needs, and the test code keeps it in view.
 *
 * <p>What can stand behind it: PostgreSQL simply — start a service with {@code LIANXI_DB_PORT} set to
 * {@link #port()} and its JDBC connections go through the proxy. Kafka not simply: a client uses the bootstrap
 * address only for its first metadata request and then connects to the addresses the brokers advertise, so a
 * service given the proxy as {@code KAFKA_BOOTSTRAP_SERVERS} leaves it after one request. For a service to stay
 * behind proxies, each broker needs a listener whose {@code advertised.listeners} entry is its own proxy's port
 * (e.g. {@code PROXIED://127.0.0.1:<proxy of broker 1>} beside {@code PLAINTEXT://127.0.0.1:<broker 1>}, mapped in
 * {@code listener.security.protocol.map}), with one proxy per broker started before the brokers (their ports are
 * in the brokers' configuration), and the proxied service bootstrapping from the proxied listener; other clients and
 * the brokers' replication keep the direct listener, so only that service's link is faulted.
 */
public final class Proxy implements AutoCloseable {

    private static final int CHUNK = 16 * 1024;

    /** What the proxy does with traffic now. */
    public record Mode(Kind kind, Duration delay) {

        /** The four behaviours. */
        public enum Kind { PASS, DELAY, DROP, CUT }

        public Mode {
            Objects.requireNonNull(kind, "kind");
            delay = delay == null ? Duration.ZERO : delay;
        }

        public static Mode pass() {
            return new Mode(Kind.PASS, Duration.ZERO);
        }

        public static Mode delay(Duration delay) {
            return new Mode(Kind.DELAY, delay);
        }

        public static Mode drop() {
            return new Mode(Kind.DROP, Duration.ZERO);
        }

        public static Mode cut() {
            return new Mode(Kind.CUT, Duration.ZERO);
        }

        @Override
        public String toString() {
            return kind == Kind.DELAY ? "DELAY(" + delay.toMillis() + " ms)" : kind.name();
        }
    }

    private final String name;
    private final InetSocketAddress target;
    private final ServerSocket server;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    /** Sockets of connections that lost bytes in DROP mode: reset when the drop heals. */
    private final Set<Socket> bytesLost = ConcurrentHashMap.newKeySet();
    private final AtomicLong connections = new AtomicLong();
    private final AtomicLong forwarded = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private volatile Mode mode = Mode.pass();

    /**
     * Starts listening at once on a free loopback port.
     *
     * @param name what it stands for in a fault's target, e.g. {@code case→postgres}
     */
    public Proxy(String name, String targetHost, int targetPort) throws IOException {
        this.name = name;
        this.target = new InetSocketAddress(targetHost, targetPort);
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        daemon("proxy-" + name + "-accept", this::acceptLoop).start();
    }

    public String name() {
        return name;
    }

    /** The loopback port clients connect to instead of the target's. */
    public int port() {
        return server.getLocalPort();
    }

    public Mode mode() {
        return mode;
    }

    /** Switches the mode; CUT also closes every connection open now; leaving DROP resets those that lost bytes. */
    public void mode(Mode next) {
        mode = Objects.requireNonNull(next, "mode");
        if (next.kind() == Mode.Kind.CUT) {
            open.forEach(Proxy::closeQuietly);
        }
        if (next.kind() != Mode.Kind.DROP) {
            bytesLost.forEach(Proxy::closeQuietly);
            bytesLost.clear();
        }
    }

    /** Client connections accepted since the start (those closed at once in CUT mode too). */
    public long connections() {
        return connections.get();
    }

    /** Bytes passed on to the other side, in both directions. */
    public long bytesForwarded() {
        return forwarded.get();
    }

    /** Bytes read and thrown away in DROP mode. */
    public long bytesDropped() {
        return dropped.get();
    }

    /** Connections (client and target side each count) open now. */
    public int openSockets() {
        return open.size();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException closed) {
                return;
            }
            connections.incrementAndGet();
            if (mode.kind() == Mode.Kind.CUT) {
                closeQuietly(client);
                continue;
            }
            connect(client);
        }
    }

    private void connect(Socket client) {
        Socket upstream = new Socket();
        try {
            upstream.connect(target, 5_000);
        } catch (IOException unreachable) {
            // the target is down: the client sees its connection closed, as it would with a direct connection refused
            closeQuietly(client);
            closeQuietly(upstream);
            return;
        }
        open.add(client);
        open.add(upstream);
        daemon("proxy-" + name + "-up", () -> pump(client, upstream)).start();
        daemon("proxy-" + name + "-down", () -> pump(upstream, client)).start();
    }

    /** Copies one direction until either side closes; the mode is read per chunk, so a switch applies at once. */
    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[CHUNK];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                long readAt = System.nanoTime();
                Mode now = mode;
                if (now.kind() == Mode.Kind.DROP) {
                    dropped.addAndGet(n);
                    bytesLost.add(from);
                    bytesLost.add(to);
                    continue;
                }
                if (now.kind() == Mode.Kind.DELAY) {
                    Nemesis.sleepUntil(readAt + now.delay().toNanos());
                }
                // counted before the write: a peer that has the bytes always sees them counted
                forwarded.addAndGet(n);
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (SocketException closed) {
            // CUT or the peer went away: the other pump ends on the closed pair below
        } catch (IOException e) {
            // a broken link ends this connection only, like a network error would
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            open.remove(from);
            open.remove(to);
            bytesLost.remove(from);
            bytesLost.remove(to);
        }
    }

    private static Thread daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        return thread;
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing is best effort: the socket is gone either way
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        open.forEach(Proxy::closeQuietly);
    }

    @Override
    public String toString() {
        return "proxy " + name + " :" + port() + " → " + target.getHostString() + ":" + target.getPort() + " " + mode;
    }
}
