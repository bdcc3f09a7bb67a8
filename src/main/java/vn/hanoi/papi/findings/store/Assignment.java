package vn.hanoi.papi.findings.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Work given to an inspector: for now a follow-up inspection ordered by a reviewer on confirmed findings.
 *
 * @param type        FOLLOW_UP
 * @param status      ORDERED, then DONE when a follow-up inspection of the unit is stored
 * @param orderedBy   who ordered it
 * @param completedBy the follow-up inspection (submission id) that did it; null while ORDERED
 * @param completedAt when that inspection was stored; null while ORDERED
 */
@Document("assignments")
public record Assignment(
        @Id String id,
        String type,
        @Indexed String unit,
        List<String> findingIds,
        @Indexed String inspector,
        LocalDate dueBy,
        String status,
        Instant createdAt,
        String orderedBy,
        String completedBy,
        Instant completedAt) {

    public static final String FOLLOW_UP = "FOLLOW_UP";
    public static final String ORDERED = "ORDERED";
    public static final String DONE = "DONE";
}
