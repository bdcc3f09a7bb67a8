package vn.hanoi.papi.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import vn.hanoi.papi.support.Http;
import vn.hanoi.papi.support.Workflow;

/** Requests on findings that are wrong in themselves: each is a 400 naming what is wrong, and changes nothing. */
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
}
