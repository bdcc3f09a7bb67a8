package vn.hanoi.papi.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The cable between the browser and the app: a TCP relay on its own port that can be unplugged. Unplugged, every
 * connection is refused — for the page and for its service worker alike, which the browser's own offline emulation
 * does not reach.
 */
final class NetworkCable implements AutoCloseable {

    private final int target;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listener;

    NetworkCable(int target) {
        this.target = target;
        this.listener = bind(0);
        this.port = listener.getLocalPort();
        accept(listener);
    }

    int port() {
        return port;
    }

    synchronized void unplug() {
        close(listener);
        open.forEach(NetworkCable::close);
        open.clear();
    }

    synchronized void plugIn() {
        if (listener.isClosed()) {
            listener = bind(port);
            accept(listener);
        }
    }

    @Override
    public void close() {
        unplug();
    }

    private static ServerSocket bind(int port) {
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return socket;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void accept(ServerSocket server) {
        daemon("cable-" + port, () -> {
            while (!server.isClosed()) {
                try {
                    Socket browser = server.accept();
                    Socket app = new Socket(InetAddress.getLoopbackAddress(), target);
                    open.add(browser);
                    open.add(app);
                    pump(browser, app);
                    pump(app, browser);
                } catch (IOException e) {
                    // unplugged
                }
            }
        });
    }

    private void pump(Socket from, Socket to) {
        daemon("cable-pump", () -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException e) {
                // one side went away
            } finally {
                close(from);
                close(to);
                open.remove(from);
                open.remove(to);
            }
        });
    }

    private static void daemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void close(java.io.Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
