package vn.hanoi.papi.support;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;

/** Assertions on an error answer of the API: an RFC 9457 problem detail in Vietnamese that shows nothing of Java. */
public final class Problems {

    /** What an error body must never show: Java types and settings, framework texts in English, stack traces. */
    private static final String[] INTERNALS = {"Exception", "java.", "tools.jackson", "vn.hanoi", "`", "Failed to read",
            "Cannot ", "must ", "not supported", "Bad Request", "Acceptable representations", "DeserializationFeature",
            "timestamp"};

    private Problems() {
    }

    /** The problem detail of an answer with this status. */
    public static JsonNode problem(Http.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).as(response.body()).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain(INTERNALS);
        JsonNode problem = response.json();
        assertThat(problem.get("type").asString()).startsWith("urn:papi:problem:");
        return problem;
    }

    /** The message of the problem's only entry in {@code errors}, which must name {@code item}. */
    public static String onlyError(JsonNode problem, String item) {
        assertThat(problem.get("errors")).as(problem.toString()).hasSize(1);
        JsonNode error = problem.get("errors").get(0);
        assertThat(error.get("item").asString()).as(problem.toString()).isEqualTo(item);
        return error.get("message").asString();
    }
}
