package vn.hanoi.papi.findings.store;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import vn.hanoi.papi.findings.FindingStatus;
import vn.hanoi.papi.security.AccessPolicy;
import vn.hanoi.papi.security.PapiSecurityProperties;
import vn.hanoi.papi.security.Role;
import vn.hanoi.papi.security.UserAccount;

/**
 * A reviewer orders a follow-up inspection of a confirmed finding: an assignment of type FOLLOW_UP to an
 * inspector — an INSPECTOR account whose scope covers the finding's unit. The order's id is derived from the
 * finding, the inspector and the day it is due by, so sending the same order again gives the same assignment; a
 * finding has one order open at a time, so a different order while one is open is refused (409) until a follow-up
 * inspection of the unit does it. Without transactions, the steps are: one conditional update of the finding (still
 * in a state that allows it, no other order open; it records the order and carries the audit event), then the
 * assignment inserted under its id, then the event recorded — each safe to repeat.
 */
@Service
public class FollowUpOrders {

    /** The states in which a follow-up makes sense: confirmed and not yet closed. */
    public static final List<FindingStatus> ALLOWED = List.of(FindingStatus.CONFIRMED, FindingStatus.REMEDIATION_SUBMITTED,
            FindingStatus.REOPENED);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int MAX_INSPECTOR = 200;

    private final MongoTemplate mongo;
    private final PendingAudit audit;
    private final Clock clock;
    private final AccessPolicy access;
    private final boolean accountsAtTheIdentityProvider;

    public FollowUpOrders(MongoTemplate mongo, PendingAudit audit, Clock clock, AccessPolicy access,
                          PapiSecurityProperties security) {
        this.mongo = mongo;
        this.audit = audit;
        this.clock = clock;
        this.access = access;
        this.accountsAtTheIdentityProvider = security.mode() == PapiSecurityProperties.Mode.JWT;
    }

    /** The order, created now ({@code created}) or found given already. */
    public record Outcome(boolean created, Assignment assignment) {
    }

    public Outcome order(String findingId, String inspector, LocalDate dueBy, ChangedBy by) {
        String who = inspector == null ? "" : inspector.strip();
        if (who.isEmpty() || dueBy == null) {
            throw new InvalidReviewException("Lệnh kiểm tra lại cần người kiểm tra (inspector) và hạn (dueBy, yyyy-MM-dd).");
        }
        if (who.length() > MAX_INSPECTOR) {
            throw new InvalidReviewException("Tên người kiểm tra dài quá " + MAX_INSPECTOR + " ký tự.");
        }
        LocalDate today = LocalDate.now(clock);
        if (dueBy.isBefore(today)) {
            throw new InvalidReviewException("Hạn kiểm tra lại (" + DAY.format(dueBy) + ") đã qua; hôm nay là "
                    + DAY.format(today) + ".");
        }
        String id = UUID.nameUUIDFromBytes(("FOLLOW_UP\u0000" + findingId + '\u0000' + who + '\u0000' + dueBy)
                .getBytes(StandardCharsets.UTF_8)).toString();
        StoredFinding finding = mongo.findById(findingId, StoredFinding.class);
        if (finding == null) {
            throw new FindingNotFoundException(findingId);
        }
        requireInspectorFor(who, finding.unit());
        Instant now = clock.instant();
        AuditEvent event = new AuditEvent("follow-up:" + id, findingId, finding.submissionId(), finding.unit(),
                "FOLLOW_UP_ORDERED", finding.status().name(), finding.status().name(),
                "Kiểm tra lại, giao cho " + who + ", hạn " + DAY.format(dueBy) + ".", by.actor(), now, by.address(),
                finding.version(), null, id);
        boolean orderedBefore = finding.followUps() != null && finding.followUps().contains(id);
        if (!orderedBefore) {
            mark(findingId, id, event);
        }
        Assignment assignment = new Assignment(id, Assignment.FOLLOW_UP, finding.unit(), List.of(findingId), who, dueBy,
                Assignment.ORDERED, now, by.actor(), null, null);
        boolean created;
        try {
            mongo.insert(assignment);
            created = true;
        } catch (DuplicateKeyException alreadyThere) {
            assignment = mongo.findById(id, Assignment.class);
            created = false;
        }
        audit.record(event);
        return new Outcome(created, assignment);
    }

    /**
     * Whom a follow-up may be given to: an enabled account of the {@code users} collection with the INSPECTOR role,
     * whose scope covers the finding's unit — the inspector who may then submit that inspection. Anyone else: 400.
     * With {@code mode: jwt} the identity provider holds the inspectors' accounts, and a name the {@code users}
     * collection does not know is taken as given (the scope is checked when that inspector submits); an account it
     * does know is checked as above.
     */
    private void requireInspectorFor(String who, String unit) {
        UserAccount account = mongo.findById(who, UserAccount.class);
        if (account == null && accountsAtTheIdentityProvider) {
            return;
        }
        if (account == null) {
            throw new InvalidReviewException("Người kiểm tra (inspector) '" + who + "' không phải tài khoản nào của hệ "
                    + "thống; hãy giao cho một tài khoản đoàn kiểm tra (INSPECTOR).");
        }
        if (!account.roles().contains(Role.INSPECTOR)) {
            throw new InvalidReviewException("Người kiểm tra (inspector) '" + who + "' không phải tài khoản đoàn kiểm "
                    + "tra (INSPECTOR); tài khoản này có vai trò " + account.roles().stream().map(Role::name)
                    .collect(Collectors.joining(", ")) + ".");
        }
        if (!account.enabled()) {
            throw new InvalidReviewException("Tài khoản người kiểm tra (inspector) '" + who + "' đang bị khoá.");
        }
        if (!access.covers(Set.copyOf(account.scopeUnits()), unit)) {
            throw new InvalidReviewException("Đơn vị " + unit + " nằm ngoài phạm vi kiểm tra của người kiểm tra "
                    + "(inspector) '" + who + "'.");
        }
    }

    /**
     * Records order {@code id} on the finding, with its audit event: one conditional update, on a finding still in a
     * state that allows a follow-up and without another order still open. The finding keeps the order it was last
     * given in {@code lastFollowUp}; that order blocks a new one (409, naming it) until a follow-up inspection does
     * it (its assignment DONE) — an order not yet written as an assignment is still open. Sending the same order
     * again is not a new one (the caller checks {@code followUps} first, and so does the update).
     */
    private void mark(String findingId, String id, AuditEvent event) {
        List<String> free = new ArrayList<>(Collections.singletonList(null));          // no order, or one done
        for (int attempt = 0; attempt < 3; attempt++) {
            Query allowed = Query.query(Criteria.where("_id").is(findingId).and("status").in(ALLOWED)
                    .and("followUps").ne(id).and("lastFollowUp").in(free));
            // Read back as a plain document: through the entity class Spring Data would also bump the version
            // (@Version), and an order is no change of the finding's review.
            Document marked = mongo.findAndModify(allowed,
                    PendingAudit.carrying(new Update().addToSet("followUps", id).set("lastFollowUp", id), event),
                    FindAndModifyOptions.options().returnNew(true), Document.class, "findings");
            if (marked != null) {
                return;
            }
            StoredFinding current = mongo.findById(findingId, StoredFinding.class);
            if (current == null) {
                throw new FindingNotFoundException(findingId);
            }
            if (current.followUps() != null && current.followUps().contains(id)) {
                return;                                                      // the same order, given meanwhile
            }
            if (!ALLOWED.contains(current.status())) {
                throw new ReviewConflictException("Chỉ ra lệnh kiểm tra lại với phát hiện ở trạng thái "
                        + ALLOWED.stream().map(FindingStatus::name).collect(Collectors.joining(", "))
                        + "; phát hiện đang ở trạng thái " + current.status().describe() + ".");
            }
            String open = current.lastFollowUp();
            Assignment other = open == null ? null : mongo.findById(open, Assignment.class);
            if (open != null && (other == null || Assignment.ORDERED.equals(other.status()))) {
                throw new ReviewConflictException("Phát hiện đã có lệnh kiểm tra lại đang mở" + (other == null ? ""
                        : ", giao cho " + other.inspector() + ", hạn " + DAY.format(other.dueBy())) + " (mã " + open
                        + "). Lệnh mới chỉ ra được khi lệnh đó đã xong, tức là khi có phiếu kiểm tra lại (FOLLOW_UP) của "
                        + "đơn vị; gửi lại đúng lệnh đó thì nhận lại lệnh đó.");
            }
            free.add(open);                                   // done (or changed meanwhile): the finding is free
        }
        throw new ReviewConflictException("Phát hiện vừa được thay đổi trong lúc ra lệnh kiểm tra lại; hãy thử lại.");
    }

    /**
     * A follow-up inspection of {@code unit}, inspected on {@code inspectedOn}, was stored as {@code submissionId} at
     * {@code receivedAt}: the unit's follow-up orders given before it was stored and on or before its inspection day
     * are done by it (all of them, whoever they were given to: the unit has been inspected again). Safe to repeat,
     * and an order given since is left for the next follow-up inspection; returns how many this call marked done.
     */
    public long completeBy(String unit, LocalDate inspectedOn, String submissionId, Instant receivedAt) {
        Instant endOfInspectionDay = inspectedOn.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        Instant givenBefore = receivedAt.isBefore(endOfInspectionDay) ? receivedAt : endOfInspectionDay;
        Query ordered = Query.query(Criteria.where("type").is(Assignment.FOLLOW_UP).and("unit").is(unit)
                .and("status").is(Assignment.ORDERED).and("createdAt").lt(givenBefore));
        Update done = new Update().set("status", Assignment.DONE).set("completedBy", submissionId)
                .set("completedAt", clock.instant());
        return mongo.updateMulti(ordered, done, Assignment.class).getModifiedCount();
    }

    /** The assignments, of one inspector or of all, by the day they are due. */
    public List<Assignment> list(String inspector) {
        Query query = inspector == null || inspector.isBlank() ? new Query()
                : Query.query(Criteria.where("inspector").is(inspector.strip()));
        return mongo.find(query.with(Sort.by("dueBy", "createdAt", "_id")), Assignment.class);
    }

    /** The assignments still to do (ORDERED) of one inspector, by the day they are due. */
    public List<Assignment> toDo(String inspector) {
        return list(inspector).stream().filter(a -> Assignment.ORDERED.equals(a.status())).toList();
    }
}
