package vn.hanoi.papi.evidence;

import java.time.Instant;

/**
 * A photo attached to a submission, as the API shows it.
 *
 * @param id          the GridFS file id
 * @param contentType the type told from the content (see {@link ImageSignatures}), not the one the client declared
 * @param sha256      hex SHA-256 of the bytes: the same photo sent again for the same submission is this one
 */
public record Evidence(String id, String submissionId, String filename, String contentType, long size,
                       String sha256, String caption, Instant uploadedAt) {
}
