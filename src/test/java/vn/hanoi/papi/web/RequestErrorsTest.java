package vn.hanoi.papi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hanoi.papi.support.Problems.onlyError;
import static vn.hanoi.papi.support.Problems.problem;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import vn.hanoi.papi.support.Http;
import vn.hanoi.papi.support.PageSession;

/**
 * Bad requests outside a JSON body — a query string, a parameter out of bounds, a method or media type the call does
 * not take, an unknown template, a path refused by Tomcat or by Spring Security's firewall — are each a problem
 * detail in Vietnamese naming what is wrong (a short Vietnamese page for the web pages), never a 500 or an English
 * framework text. Nothing here is stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RequestErrorsTest {

    @Value("${local.server.port}")
    int port;

    Http admin;

    @BeforeEach
    void clients() {
        admin = new Http(port).as("admin");
    }

    @Test
    void aBadPercentEscapeInAQueryStringIsA400NamingTheParameterNotA500() {
        for (String[] call : new String[][] {{"/api/findings?unit=%ZZ", "unit", "unit=%ZZ"},
                {"/api/scores/cchc?year=2024&level=%ZZ", "level", "level=%ZZ"},
                {"/api/units/HN/audit?size=3&page=%ZZ", "page", "page=%ZZ"},
                {"/api/findings?unit=%FF", "unit", "unit=%FF"}}) {
            JsonNode problem = problem(admin.getRaw(call[0]), 400);
            assertThat(problem.get("type").asString()).isEqualTo("urn:papi:problem:bad-parameter");
            assertThat(onlyError(problem, call[1])).contains("'" + call[2] + "'", "không giải mã được");
            assertThat(problem.get("detail").asString()).startsWith("Tham số '" + call[1] + "'").contains(call[2]);
        }
    }

    @Test
    void aBadPercentEscapeInAPageAddressIsA400PageInVietnamese() {
        PageSession.Page page = PageSession.signIn(port, "thanhtra").getRaw("/phat-hien?unit=%ZZ");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("Địa chỉ trang không hợp lệ").doesNotContain("Mã tham chiếu");
    }
}
