package vn.hanoi.papi.findings;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The lifecycle of a finding: every move it can make, who makes it, from which states and to which one. Nothing
 * else changes a finding's status; a move asked for from any other state is refused.
 *
 * <pre>
 * OPEN ──CONFIRM──▶ CONFIRMED ──SUBMIT_REMEDIATION──▶ REMEDIATION_SUBMITTED ──CLOSE──▶ CLOSED
 *   └──DISMISS──▶ DISMISSED          ▲                        │
 *                                    └──── REOPENED ◀──REOPEN─┘  (REOPENED ──SUBMIT_REMEDIATION──▶ …)
 * </pre>
 */
public enum FindingTransition {

    /** The City Inspectorate confirms the violation. */
    CONFIRM(Actor.REVIEWER, FindingStatus.CONFIRMED, Requires.NOTHING, "REVIEW_CONFIRM", "xác nhận",
            FindingStatus.OPEN),
    /** The City Inspectorate dismisses it, saying why. */
    DISMISS(Actor.REVIEWER, FindingStatus.DISMISSED, Requires.REASON, "REVIEW_DISMISS", "bác bỏ",
            FindingStatus.OPEN),
    /** The unit reports what it did, with a note and photo evidence. */
    SUBMIT_REMEDIATION(Actor.UNIT, FindingStatus.REMEDIATION_SUBMITTED, Requires.NOTE, "REMEDIATION_SUBMITTED",
            "báo cáo khắc phục cho", FindingStatus.CONFIRMED, FindingStatus.REOPENED),
    /** The City Inspectorate verifies the remedy and closes the finding. */
    CLOSE(Actor.REVIEWER, FindingStatus.CLOSED, Requires.NOTHING, "VERIFY_CLOSE", "đóng",
            FindingStatus.REMEDIATION_SUBMITTED),
    /** The City Inspectorate finds the remedy insufficient, saying why; the unit must remedy again. */
    REOPEN(Actor.REVIEWER, FindingStatus.REOPENED, Requires.REASON, "VERIFY_REOPEN", "mở lại",
            FindingStatus.REMEDIATION_SUBMITTED);

    /** Who makes a move. */
    public enum Actor { REVIEWER, UNIT }

    /** What a move must carry besides the version. */
    public enum Requires { NOTHING, REASON, NOTE }

    private final Actor actor;
    private final FindingStatus to;
    private final Requires requires;
    private final String auditAction;
    private final String verb;
    private final Set<FindingStatus> from;

    FindingTransition(Actor actor, FindingStatus to, Requires requires, String auditAction, String verb,
                      FindingStatus... from) {
        this.actor = actor;
        this.to = to;
        this.requires = requires;
        this.auditAction = auditAction;
        this.verb = verb;
        this.from = Set.copyOf(EnumSet.copyOf(Arrays.asList(from)));
    }

    public Actor actor() {
        return actor;
    }

    public FindingStatus to() {
        return to;
    }

    /** The states this move starts from, in declaration order. */
    public List<FindingStatus> from() {
        return Arrays.stream(FindingStatus.values()).filter(from::contains).toList();
    }

    public boolean allowedFrom(FindingStatus status) {
        return from.contains(status);
    }

    public Requires requires() {
        return requires;
    }

    /** The action written in the audit trail. */
    public String auditAction() {
        return auditAction;
    }

    /** The Vietnamese verb for messages: "Không thể {verb} phát hiện …". */
    public String verb() {
        return verb;
    }

    /** Why this move cannot start from {@code current}, in Vietnamese, naming the current state. */
    public String refusal(FindingStatus current) {
        return "Không thể " + verb + " phát hiện đang ở trạng thái " + current.describe() + "; chỉ được khi ở trạng thái "
                + from().stream().map(FindingStatus::name).collect(Collectors.joining(" hoặc ")) + ".";
    }

    /** The moves that can start from {@code status} (none from DISMISSED or CLOSED). */
    public static List<FindingTransition> startingFrom(FindingStatus status) {
        return Arrays.stream(values()).filter(t -> t.allowedFrom(status)).toList();
    }
}
