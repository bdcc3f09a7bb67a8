package vn.hanoi.papi.findings.store;

/**
 * Who makes a change, as the audit trail records it.
 *
 * @param actor   the user (for now the word {@code api}; the signed-in user once sign-in exists) or
 *                {@code system:<job>} for a scheduled job
 * @param address the client's address as the server saw it ({@code null} for a job)
 */
public record ChangedBy(String actor, String address) {

    public ChangedBy {
        actor = actor == null || actor.isBlank() ? "api" : actor;
    }

    /** A scheduled job of this service. */
    public static ChangedBy job(String name) {
        return new ChangedBy("system:" + name, null);
    }
}
