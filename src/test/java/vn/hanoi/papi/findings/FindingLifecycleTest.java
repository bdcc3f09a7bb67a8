package vn.hanoi.papi.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hanoi.papi.findings.FindingStatus.CLOSED;
import static vn.hanoi.papi.findings.FindingStatus.CONFIRMED;
import static vn.hanoi.papi.findings.FindingStatus.DISMISSED;
import static vn.hanoi.papi.findings.FindingStatus.OPEN;
import static vn.hanoi.papi.findings.FindingStatus.REMEDIATION_SUBMITTED;
import static vn.hanoi.papi.findings.FindingStatus.REOPENED;
import static vn.hanoi.papi.support.Workflow.ok;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import vn.hanoi.papi.support.Http;
import vn.hanoi.papi.support.Workflow;

/**
 * The lifecycle of a finding over HTTP: every action from every state (200 for the six legal moves, 409 for the
 * 24 others, with nothing changed), stale versions, unknown ids, missing reasons and notes, foreign evidence, and
 * two reviewers acting on the same version at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FindingLifecycleTest {

    /** What a caller can ask of a finding. */
    enum Action { CONFIRM, DISMISS, SUBMIT_REMEDIATION, CLOSE, REOPEN }

    /** The lifecycle as issue 4 states it, written out here independently of {@link FindingTransition}. */
    static final Map<FindingStatus, Map<Action, FindingStatus>> LEGAL = Map.of(
            OPEN, Map.of(Action.CONFIRM, CONFIRMED, Action.DISMISS, DISMISSED),
            CONFIRMED, Map.of(Action.SUBMIT_REMEDIATION, REMEDIATION_SUBMITTED),
            REOPENED, Map.of(Action.SUBMIT_REMEDIATION, REMEDIATION_SUBMITTED),
            REMEDIATION_SUBMITTED, Map.of(Action.CLOSE, CLOSED, Action.REOPEN, REOPENED));

    @Value("${local.server.port}")
    int port;

    Http http;
    Workflow flow;

    @BeforeEach
    void client() {
        http = new Http(port).as("tester");
        flow = new Workflow(http);
    }

    static Stream<Arguments> everyStateAndAction() {
        return Stream.of(FindingStatus.values())
                .flatMap(state -> Stream.of(Action.values()).map(action -> Arguments.of(state, action)));
    }

    @Test
    void theStateMachineInTheCodeIsTheOneOfTheIssue() {
        Map<FindingStatus, Map<Action, FindingStatus>> coded = new EnumMap<>(FindingStatus.class);
        for (FindingTransition t : FindingTransition.values()) {
            for (FindingStatus from : t.from()) {
                coded.computeIfAbsent(from, s -> new EnumMap<>(Action.class)).put(Action.valueOf(t.name()), t.to());
            }
        }
        assertThat(coded).isEqualTo(LEGAL);
        assertThat(FindingTransition.startingFrom(CLOSED)).isEmpty();
        assertThat(FindingTransition.startingFrom(DISMISSED)).isEmpty();
        assertThat(FindingTransition.CLOSE.refusal(OPEN)).contains("OPEN", "REMEDIATION_SUBMITTED", "đóng");
    }

    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource
    void everyStateAndAction(FindingStatus state, Action action) {
        JsonNode before = flow.bringTo(state);
        String id = before.get("id").asString();
        long version = before.get("version").asLong();
        int events = flow.audit(id).size();

        Http.Response r = act(before, action, version);

        FindingStatus expected = LEGAL.getOrDefault(state, Map.of()).get(action);
        if (expected != null) {
            assertThat(r.status()).as(state + " + " + action + ": " + r.body()).isEqualTo(200);
            assertThat(r.json().get("status").asString()).isEqualTo(expected.name());
            assertThat(r.json().get("version").asLong()).isEqualTo(version + 1);
            JsonNode trail = flow.audit(id);
            assertThat(trail.size()).isEqualTo(events + 1);
            JsonNode last = trail.get(trail.size() - 1);
            assertThat(last.get("fromStatus").asString()).isEqualTo(state.name());
            assertThat(last.get("toStatus").asString()).isEqualTo(expected.name());
            assertThat(last.get("version").asLong()).isEqualTo(version + 1);
            // Who made the change: the signed-in account (the unit's own account for a remedy).
            assertThat(last.get("actor").asString()).isEqualTo(action == Action.SUBMIT_REMEDIATION ? "donvi-tanlinh" : "tester");
            assertThat(last.get("address").asString()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        } else {
            assertThat(r.status()).as(state + " + " + action + ": " + r.body()).isEqualTo(409);
            assertThat(r.json().get("detail").asString()).contains("trạng thái " + state.name());
            assertThat(r.json().get("type").asString()).isEqualTo("urn:papi:problem:review-conflict");
            JsonNode after = flow.current(id);
            assertThat(after.get("status").asString()).isEqualTo(state.name());
            assertThat(after.get("version").asLong()).isEqualTo(version);
            assertThat(flow.audit(id).size()).isEqualTo(events);
        }
    }

    @Test
    void aFindingGoesAroundTheLoopAndShowsItsLastRemedy() {
        JsonNode f = flow.bringTo(REOPENED);
        String id = f.get("id").asString();
        String photo = flow.photo(f.get("submissionId").asString());
        JsonNode again = ok(flow.remediation(id, "Đã niêm yết lại đủ 30 ngày", List.of(photo), f.get("version").asLong()));
        assertThat(again.get("status").asString()).isEqualTo("REMEDIATION_SUBMITTED");
        JsonNode closed = ok(flow.verification(id, "CLOSE", null, again.get("version").asLong()));
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("overdue").asBoolean()).isFalse();

        JsonNode read = flow.current(id);
        assertThat(read.get("version").asLong()).isEqualTo(5);                  // confirm, remedy, reopen, remedy, close
        assertThat(read.get("remediation").get("note").asString()).isEqualTo("Đã niêm yết lại đủ 30 ngày");
        assertThat(read.get("remediation").get("evidence")).extracting(JsonNode::asString).containsExactly(photo);
        assertThat(flow.audit(id)).extracting(e -> e.get("action").asString()).containsExactly("REVIEW_CONFIRM",
                "REMEDIATION_SUBMITTED", "VERIFY_REOPEN", "REMEDIATION_SUBMITTED", "VERIFY_CLOSE");
    }

    @Test
    void aStaleVersionIsA409SayingSoAndChangesNothing() {
        JsonNode f = flow.newFinding();
        String id = f.get("id").asString();
        ok(flow.review(id, "CONFIRM", null, 0));
        String photo = flow.photo(f.get("submissionId").asString());
        Http.Response stale = flow.remediation(id, "Đã khắc phục", List.of(photo), 0);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("detail").asString()).contains("phiên bản 1", "phiên bản 0", "CONFIRMED");
        Http.Response future = flow.remediation(id, "Đã khắc phục", List.of(photo), 7);
        assertThat(future.status()).isEqualTo(409);
        assertThat(flow.current(id).get("version").asLong()).isEqualTo(1);
        assertThat(flow.audit(id).size()).isEqualTo(1);
    }

    @Test
    void anUnknownFindingIs404Everywhere() {
        String id = UUID.randomUUID().toString();
        assertThat(flow.get(id).status()).isEqualTo(404);
        assertThat(http.get("/api/findings/" + id + "/audit").status()).isEqualTo(404);
        assertThat(flow.review(id, "CONFIRM", null, 0).status()).isEqualTo(404);
        assertThat(flow.remediation(id, "Đã khắc phục", List.of("65a1b2c3d4e5f60718293a4b"), 0).status()).isEqualTo(404);
        assertThat(flow.verification(id, "CLOSE", null, 0).status()).isEqualTo(404);
        assertThat(flow.followUp(id, "tran.van.a", "2099-01-01").status()).isEqualTo(404);
    }

    @Test
    void missingReasonsNotesEvidenceDecisionsOrVersionsAre400AndChangeNothing() {
        JsonNode open = flow.newFinding();
        String id = open.get("id").asString();
        assertThat(flow.review(id, "DISMISS", null, 0).status()).isEqualTo(400);
        assertThat(flow.review(id, "DISMISS", "   ", 0).status()).isEqualTo(400);
        assertThat(flow.post(id, "review", Workflow.body("decision", "CONFIRM")).status()).isEqualTo(400);
        assertThat(flow.post(id, "review", Workflow.body("version", 0)).status()).isEqualTo(400);
        assertThat(flow.post(id, "review", "{\"decision\": \"MAYBE\", \"version\": 0}".getBytes()).status()).isEqualTo(400);

        JsonNode submitted = flow.bringTo(REMEDIATION_SUBMITTED);
        String sid = submitted.get("id").asString();
        long v = submitted.get("version").asLong();
        Http.Response noReason = flow.verification(sid, "REOPEN", null, v);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("detail").asString()).contains("lý do");
        assertThat(flow.post(sid, "verification", Workflow.body("decision", "CLOSE")).status()).isEqualTo(400);

        JsonNode confirmed = flow.bringTo(CONFIRMED);
        String cid = confirmed.get("id").asString();
        String photo = flow.photo(confirmed.get("submissionId").asString());
        Http.Response noNote = flow.remediation(cid, null, List.of(photo), 1);
        assertThat(noNote.status()).isEqualTo(400);
        assertThat(noNote.json().get("detail").asString()).contains("ghi chú");
        assertThat(flow.remediation(cid, "Đã khắc phục", List.of(), 1).status()).isEqualTo(400);
        assertThat(flow.remediation(cid, "Đã khắc phục", null, 1).status()).isEqualTo(400);
        assertThat(flow.post(cid, "remediation", Workflow.body("note", "x", "evidence", List.of(photo))).status())
                .isEqualTo(400);

        assertThat(flow.current(id).get("version").asLong()).isZero();
        assertThat(flow.current(sid).get("version").asLong()).isEqualTo(v);
        assertThat(flow.current(cid).get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(flow.audit(id).size()).isZero();
        assertThat(flow.audit(cid).size()).isEqualTo(1);
    }

    @Test
    void evidenceOfAnotherSubmissionOrUnknownEvidenceIsRefused() {
        JsonNode mine = flow.bringTo(CONFIRMED);
        JsonNode other = flow.newFinding();
        String id = mine.get("id").asString();
        String foreign = flow.photo(other.get("submissionId").asString());
        Http.Response refused = flow.remediation(id, "Đã khắc phục", List.of(foreign), 1);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("detail").asString()).contains(foreign, mine.get("submissionId").asString());
        assertThat(flow.remediation(id, "Đã khắc phục", List.of("khong-phai-ma-anh"), 1).status()).isEqualTo(400);
        assertThat(flow.remediation(id, "Đã khắc phục", List.of("65a1b2c3d4e5f60718293a4b"), 1).status()).isEqualTo(400);
        String own = flow.photo(mine.get("submissionId").asString());
        assertThat(flow.remediation(id, "Đã khắc phục", List.of(own, foreign), 1).status()).isEqualTo(400);

        assertThat(flow.current(id).get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(flow.audit(id).size()).isEqualTo(1);
        assertThat(ok(flow.remediation(id, "Đã khắc phục", List.of(own, own), 1)).get("remediation").get("evidence"))
                .extracting(JsonNode::asString).containsExactly(own);
    }

    /** Two reviewers act on the same version at the same moment: one wins, the other is told, nothing is lost. */
    @ParameterizedTest(name = "round {0}")
    @EnumSource(Round.class)
    void ofTwoReviewersActingAtOnceOneGets200AndTheOther409(Round round) throws Exception {
        JsonNode f = flow.bringTo(round.state);
        String id = f.get("id").asString();
        long version = f.get("version").asLong();
        List<Function<Http, Http.Response>> reviewers = round.state == OPEN
                ? List.of(h -> new Workflow(h).review(id, "CONFIRM", null, version),
                          h -> new Workflow(h).review(id, "DISMISS", "Không phải vi phạm", version))
                : List.of(h -> new Workflow(h).verification(id, "CLOSE", null, version),
                          h -> new Workflow(h).verification(id, "REOPEN", "Chưa niêm yết tại thôn", version));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Http.Response>> answers = new ArrayList<>();
        for (Function<Http, Http.Response> reviewer : reviewers) {
            Http own = new Http(port);
            answers.add(pool.submit(() -> {
                start.await();
                return reviewer.apply(own);
            }));
        }
        start.countDown();
        List<Http.Response> responses = new ArrayList<>();
        for (Future<Http.Response> answer : answers) {
            responses.add(answer.get());
        }
        pool.shutdown();

        assertThat(responses).extracting(Http.Response::status)
                .as(() -> responses.stream().map(Http.Response::body).toList() + " now: " + flow.current(id))
                .containsExactlyInAnyOrder(200, 409);
        Http.Response winner = responses.stream().filter(r -> r.status() == 200).findFirst().orElseThrow();
        Http.Response loser = responses.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
        assertThat(loser.json().get("detail").asString()).contains("phiên bản");
        JsonNode now = flow.current(id);
        assertThat(now.get("status").asString()).isEqualTo(winner.json().get("status").asString());
        assertThat(now.get("version").asLong()).isEqualTo(version + 1);
        JsonNode trail = flow.audit(id);
        assertThat(trail).filteredOn(e -> e.get("version").asLong() == version + 1).singleElement()
                .satisfies(e -> assertThat(e.get("toStatus").asString()).isEqualTo(now.get("status").asString()));
        assertThat(trail.size()).isEqualTo((int) version + 1);
    }

    /** The two races: on the review of an open finding, and on the verification of a remedy. */
    enum Round {
        REVIEW(OPEN), REVIEW_AGAIN(OPEN), REVIEW_ONCE_MORE(OPEN), VERIFY(REMEDIATION_SUBMITTED), VERIFY_AGAIN(REMEDIATION_SUBMITTED);

        final FindingStatus state;

        Round(FindingStatus state) {
            this.state = state;
        }
    }

    private Http.Response act(JsonNode finding, Action action, long version) {
        String id = finding.get("id").asString();
        return switch (action) {
            case CONFIRM -> flow.review(id, "CONFIRM", null, version);
            case DISMISS -> flow.review(id, "DISMISS", "Không phải vi phạm", version);
            case SUBMIT_REMEDIATION -> flow.remediation(id, "Đã niêm yết đủ 30 ngày",
                    List.of(flow.photo(finding.get("submissionId").asString())), version);
            case CLOSE -> flow.verification(id, "CLOSE", null, version);
            case REOPEN -> flow.verification(id, "REOPEN", "Ảnh không cho thấy bảng niêm yết", version);
        };
    }
}
