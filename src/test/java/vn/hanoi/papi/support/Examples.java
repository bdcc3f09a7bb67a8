package vn.hanoi.papi.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The example submissions of {@code fixtures/submissions}, under an id of the test's choosing. */
public final class Examples {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Examples() {
    }

    /** The example under {@code submissionId}. */
    public static byte[] withId(String file, String submissionId) {
        try {
            ObjectNode doc = (ObjectNode) JSON.readTree(Files.readAllBytes(Path.of("fixtures/submissions", file)));
            doc.put("submissionId", submissionId);
            return JSON.writeValueAsBytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example under a fresh id, so that tests do not see each other's data. */
    public static byte[] fresh(String file) {
        return withId(file, UUID.randomUUID().toString());
    }
}
