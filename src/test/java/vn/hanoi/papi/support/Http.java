package vn.hanoi.papi.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP client for API tests against the service on its port. {@code new Http(port)} is anonymous;
 * {@code .as("kiemtra", "demo")} signs every request in with HTTP Basic (the demo accounts exist in the tests'
 * embedded store), {@code .bearer(token)} with an OIDC token.
 */
public final class Http {

    /** The password of every demo account. */
    public static final String DEMO = "demo";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private final String base;
    private final String authorization;

    public Http(int port) {
        this("http://localhost:" + port, null);
    }

    private Http(String base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    /** The same client signed in with HTTP Basic. */
    public Http as(String username, String password) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Http(base, "Basic " + token);
    }

    /** A demo account (password {@code demo}). */
    public Http as(String demoUsername) {
        return as(demoUsername, DEMO);
    }

    /** The same client with an OIDC access token. */
    public Http bearer(String token) {
        return new Http(base, "Bearer " + token);
    }

    /** The same client, not signed in. */
    public Http anonymous() {
        return new Http(base, null);
    }

    public record Response(int status, String body, HttpHeaders headers) {
        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    /** A response whose body is bytes (a download), with its headers. */
    public record BinaryResponse(int status, HttpHeaders headers, byte[] body) {
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    /**
     * A multipart/form-data body written by hand (java.net.http has no builder for it): text fields and files,
     * each part between boundary lines, CRLF line ends, names and file names in UTF-8.
     */
    public static final class Multipart {
        private final String boundary = "papi-" + UUID.randomUUID();
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();

        public Multipart field(String name, String value) {
            write("--" + boundary + "\r\n");
            write("Content-Disposition: form-data; name=\"" + name + "\"\r\n");
            write("Content-Type: text/plain; charset=UTF-8\r\n\r\n");
            write(value);
            write("\r\n");
            return this;
        }

        public Multipart file(String name, String filename, String contentType, byte[] content) {
            write("--" + boundary + "\r\n");
            write("Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename + "\"\r\n");
            write("Content-Type: " + contentType + "\r\n\r\n");
            body.writeBytes(content);
            write("\r\n");
            return this;
        }

        String contentType() {
            return "multipart/form-data; boundary=" + boundary;
        }

        byte[] bytes() {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            all.writeBytes(body.toByteArray());
            all.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return all.toByteArray();
        }

        private void write(String text) {
            body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    public static Multipart multipart() {
        return new Multipart();
    }

    public Response postMultipart(String path, Multipart form) {
        return send(request(path).header("Content-Type", form.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes())).build());
    }

    public BinaryResponse getBytes(String path) {
        try {
            HttpResponse<byte[]> r = CLIENT.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return new BinaryResponse(r.statusCode(), r.headers(), r.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public Response get(String path) {
        return send(request(path).GET().build());
    }

    public Response postJson(String path, byte[] body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /**
     * Any request, for the cases above do not cover (another method, a chunked body, other headers: name, value,
     * name, value…).
     */
    public Response send(String method, String path, String contentType, HttpRequest.BodyPublisher body,
                         String... headers) {
        HttpRequest.Builder request = request(path).method(method, body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    /**
     * A GET whose target is sent exactly as written, for what {@link URI} refuses to build (a malformed %-escape such
     * as {@code ?unit=%ZZ}).
     */
    public Response getRaw(String target) {
        return authorization == null ? raw(base, target) : raw(base, target, "Authorization", authorization);
    }

    /**
     * A GET over a plain socket, in HTTP/1.0 so that the answer is neither chunked nor kept alive: its body is all
     * that follows the headers. Headers as name, value, name, value…
     */
    static Response raw(String base, String target, String... headers) {
        URI server = URI.create(base);
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            StringBuilder request = new StringBuilder("GET " + target + " HTTP/1.0\r\n")
                    .append("Host: ").append(server.getHost()).append("\r\n");
            for (int i = 0; i < headers.length; i += 2) {
                request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
            }
            socket.getOutputStream().write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = answer.indexOf("\r\n\r\n");
            String[] lines = answer.substring(0, end).split("\r\n");
            Map<String, List<String>> fields = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                fields.computeIfAbsent(lines[i].substring(0, colon).strip(), k -> new ArrayList<>())
                        .add(lines[i].substring(colon + 1).strip());
            }
            return new Response(Integer.parseInt(lines[0].split(" ")[1]), answer.substring(end + 4),
                    HttpHeaders.of(fields, (name, value) -> true));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body(), r.headers());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
