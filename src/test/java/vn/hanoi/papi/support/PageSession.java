package vn.hanoi.papi.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's session for web page tests, without a browser: it signs in with the login form (reading the CSRF
 * token of the page, as a browser posts it), keeps the session cookie, and posts forms with the token of the page
 * they are on. Redirects are not followed, so a test sees each answer (a post's 302, then the page it leads to).
 */
public final class PageSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();

    private PageSession(int port) {
        this.base = "http://localhost:" + port;
    }

    /** A page's answer. */
    public record Page(int status, String body, String location, String contentType) {

        /** The CSRF token of the page's forms. */
        public String csrf() {
            Matcher token = CSRF.matcher(body);
            assertThat(token.find()).as("a CSRF token on the page:\n" + body).isTrue();
            return token.group(1);
        }

        /** Whether the page has an element with this id. */
        public boolean has(String id) {
            return body.contains("id=\"" + id + "\"");
        }

        /** The text of the first element with this id (its tags removed, entities of Thymeleaf's escaping undone). */
        public String text(String id) {
            Matcher element = Pattern.compile("<(\\w+)[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</\\1>",
                    Pattern.DOTALL).matcher(body);
            assertThat(element.find()).as("an element #" + id + " on the page:\n" + body).isTrue();
            return unescape(element.group(2).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip());
        }

        /** Every match of group 1 of {@code regex} on the page, in order. */
        public List<String> all(String regex) {
            List<String> found = new ArrayList<>();
            Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(body);
            while (m.find()) {
                found.add(unescape(m.group(1)));
            }
            return found;
        }
    }

    /** Signs in with the login form; the session lasts as long as this object. */
    public static PageSession signIn(int port, String username, String password) {
        PageSession session = new PageSession(port);
        Page login = session.get("/login");
        assertThat(login.status()).isEqualTo(200);
        Page posted = session.postForm("/login", login.csrf(), "username", username, "password", password);
        assertThat(posted.status()).isEqualTo(302);
        assertThat(posted.location()).as("signed in as " + username).doesNotContain("error");
        return session;
    }

    /** A demo account (password {@code demo}). */
    public static PageSession signIn(int port, String demoUsername) {
        return signIn(port, demoUsername, Http.DEMO);
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** A page whose address is sent exactly as written (see {@link Http#getRaw}), with the session's cookie. */
    public Page getRaw(String target) {
        String cookie = cookies.getCookieStore().getCookies().stream().map(HttpCookie::toString)
                .collect(Collectors.joining("; "));
        Http.Response r = Http.raw(base, target, "Cookie", cookie, "Accept", "text/html");
        return new Page(r.status(), r.body(), r.header("Location"), r.header("Content-Type"));
    }

    /** An url-encoded form post (what a browser sends for a form without files); fields as name, value, name, value… */
    public Page postForm(String path, String csrf, String... fields) {
        StringJoiner form = new StringJoiner("&");
        form.add("_csrf=" + encode(csrf));
        for (int i = 0; i < fields.length; i += 2) {
            form.add(encode(fields[i]) + "=" + encode(fields[i + 1]));
        }
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())));
    }

    /** A multipart form post (a form with a file field), with the page's CSRF token as one of its fields. */
    public Page postMultipart(String path, String csrf, Http.Multipart form) {
        form.field("_csrf", csrf);
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", form.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes())));
    }

    /** A JSON call of /api/** as a page's script makes it: the session cookie, plus the given headers (name, value…). */
    public Page postJson(String path, String json, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    private Page send(HttpRequest.Builder request) {
        try {
            // As a browser asks for a page: HTML first (error answers depend on it).
            request.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
            HttpResponse<String> r = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Page(r.statusCode(), r.body(), r.headers().firstValue("Location").orElse(null),
                    r.headers().firstValue("Content-Type").orElse(null));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
