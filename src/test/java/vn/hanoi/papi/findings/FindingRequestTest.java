package vn.hanoi.papi.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import vn.hanoi.papi.support.Http;
import vn.hanoi.papi.support.Workflow;

/**
 * Requests on findings that are wrong in themselves: a search whose days are the wrong way round, a negative version,
 * a field a body does not have. Each is a 400 naming what is wrong, and changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FindingRequestTest {

    @Value("${local.server.port}")
    int port;

    Http http;
    Workflow flow;

    @BeforeEach
    void client() {
        http = new Http(port).as("tester");
        flow = new Workflow(http);
    }

    /** The errors of a 400 as "item: message". */
    private static List<String> errors(Http.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().has("errors")).as(response.body()).isTrue();
        return response.json().get("errors").valueStream()
                .map(e -> e.get("item").asString() + ": " + e.get("message").asString()).toList();
    }

    @Test
    void aSearchFromADayAfterItsToDayIs400NamingBoth() {
        for (String who : List.of("thanhtra", "donvi")) {
            Http.Response backwards = http.as(who).get("/api/findings?from=2025-01-01&to=2024-01-01");
            assertThat(errors(backwards)).containsExactly("from: từ ngày (from) 2025-01-01 sau đến ngày (to) 2024-01-01");
            assertThat(backwards.json().get("title").asString()).isEqualTo("Tham số tìm phát hiện không hợp lệ");
        }
        Http.Response oneDay = http.as("thanhtra").get("/api/findings?from=" + Workflow.INSPECTED_ON + "&to="
                + Workflow.INSPECTED_ON);
        assertThat(oneDay.status()).as(oneDay.body()).isEqualTo(200);
    }

    @Test
    void aNegativeVersionIs400NamingItNotAStaleVersion() {
        JsonNode open = flow.newFinding();
        String id = open.get("id").asString();
        Http.Response review = flow.review(id, "CONFIRM", null, -1);
        assertThat(review.status()).as(review.body()).isEqualTo(400);
        assertThat(review.json().get("detail").asString()).contains("version", "≥ 0", "-1");

        JsonNode confirmed = flow.bringTo(FindingStatus.CONFIRMED);
        String photo = flow.photo(confirmed.get("submissionId").asString());
        Http.Response remedy = flow.remediation(confirmed.get("id").asString(), "Đã niêm yết lại", List.of(photo), -5);
        assertThat(remedy.status()).as(remedy.body()).isEqualTo(400);
        assertThat(remedy.json().get("detail").asString()).contains("version", "-5");

        JsonNode submitted = flow.bringTo(FindingStatus.REMEDIATION_SUBMITTED);
        Http.Response verify = flow.verification(submitted.get("id").asString(), "CLOSE", null, Long.MIN_VALUE);
        assertThat(verify.status()).as(verify.body()).isEqualTo(400);
        assertThat(verify.json().get("detail").asString()).contains("version");

        assertThat(flow.current(id).get("version").asLong()).isZero();
        assertThat(flow.audit(id).size()).isZero();
        assertThat(flow.current(confirmed.get("id").asString()).get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(flow.current(submitted.get("id").asString()).get("status").asString())
                .isEqualTo("REMEDIATION_SUBMITTED");
    }

    @Test
    void aFieldABodyDoesNotHaveIs400NamingItAndChangesNothing() {
        String open = flow.newFinding().get("id").asString();
        assertThat(errors(flow.post(open, "review",
                Workflow.body("decision", "DISMISS", "reasn", "Biên bản ghi nhầm", "version", 0))))
                .containsExactly("reasn: trường không có trong định dạng yêu cầu");
        assertThat(flow.current(open).get("status").asString()).isEqualTo("OPEN");

        JsonNode confirmed = flow.bringTo(FindingStatus.CONFIRMED);
        String cid = confirmed.get("id").asString();
        String photo = flow.photo(confirmed.get("submissionId").asString());
        assertThat(errors(flow.post(cid, "remediation", Workflow.body("note", "Đã niêm yết lại", "evidence",
                List.of(photo), "photos", List.of(photo), "version", 1, "$where", "1"))))
                .containsExactly("$where: trường không có trong định dạng yêu cầu",
                        "photos: trường không có trong định dạng yêu cầu");
        assertThat(errors(flow.post(cid, "follow-up", Workflow.body("inspector", "kiemtra", "dueBy", "2099-01-15",
                "due", "2099-01-31")))).containsExactly("due: trường không có trong định dạng yêu cầu");
        assertThat(flow.current(cid).get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(flow.audit(cid).size()).isEqualTo(1);                 // the confirmation only

        JsonNode submitted = flow.bringTo(FindingStatus.REMEDIATION_SUBMITTED);
        String sid = submitted.get("id").asString();
        assertThat(errors(flow.post(sid, "verification", Workflow.body("decision", "CLOSE", "version",
                submitted.get("version").asLong(), "comment", "Đạt"))))
                .containsExactly("comment: trường không có trong định dạng yêu cầu");
        assertThat(flow.current(sid).get("status").asString()).isEqualTo("REMEDIATION_SUBMITTED");
    }
}
