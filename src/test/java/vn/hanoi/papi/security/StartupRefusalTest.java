package vn.hanoi.papi.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import vn.hanoi.papi.PapiApplication;
import vn.hanoi.papi.support.Http;

/**
 * With a real MongoDB (here a MongoDB-wire server started by the test and given as {@code spring.mongodb.uri}, so
 * the embedded demo store is not used) the service has no demo accounts and refuses to start while any account
 * has the password {@code demo}.
 */
class StartupRefusalTest {

    private static final BCryptPasswordEncoder BCRYPT = new BCryptPasswordEncoder(4);
    /** The refusals are expected here: keep Boot's "APPLICATION FAILED TO START" report out of the build log. */
    private static final String QUIET = "--logging.level.org.springframework.boot.diagnostics=off";

    private MongoServer mongo;
    private String uri;

    @BeforeEach
    void startMongo() {
        mongo = new MongoServer(H2Backend.inMemory());
        uri = mongo.bindAndGetConnectionString() + "/papi";
    }

    @AfterEach
    void stopMongo() {
        mongo.shutdownNow();
    }

    /** The service on the "real" MongoDB with the given accounts (replacing the tests' own list). */
    private ConfigurableApplicationContext start(String... more) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.mongodb.uri=" + uri, QUIET));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(PapiApplication.class).run(args.toArray(String[]::new));
    }

    @Test
    void aConfiguredAccountWithThePasswordDemoStopsTheStart() {
        assertThatThrownBy(() -> start(
                "--papi.security.users[0].username=ops", "--papi.security.users[0].password=" + BCRYPT.encode("demo"),
                "--papi.security.users[0].roles=ADMIN",
                "--papi.security.users[1].username=ops2", "--papi.security.users[1].password={noop}demo",
                "--papi.security.users[1].roles=NOI_VU"))
                .rootCause()
                .isInstanceOf(UnsafeSecurityConfigurationException.class)
                .hasMessageStartingWith("Từ chối khởi động: papi.security.users[0] (ops), papi.security.users[1] (ops2) "
                        + "có mật khẩu 'demo'.")
                .hasMessageContaining("spring.mongodb.uri");
    }

    @Test
    void anAccountStoredWithThePasswordDemoStopsTheStartToo() {
        try (MongoClient client = MongoClients.create(uri)) {
            client.getDatabase("papi").getCollection("users").insertOne(new Document("_id", "le-cu")
                    .append("passwordHash", BCRYPT.encode("demo")).append("roles", List.of("ADMIN")).append("enabled", true));
        }
        assertThatThrownBy(() -> start("--papi.security.users[0].username=ops",
                "--papi.security.users[0].password=" + BCRYPT.encode("mat-khau-rieng"), "--papi.security.users[0].roles=ADMIN"))
                .rootCause()
                .isInstanceOf(UnsafeSecurityConfigurationException.class)
                .hasMessageContaining("tài khoản 'le-cu' trong collection users của MongoDB có mật khẩu 'demo'");
    }

    @Test
    void plainTextPasswordsAreRefusedOutsideTheDemoMode() {
        assertThatThrownBy(() -> start("--papi.security.users[0].username=ops",
                "--papi.security.users[0].password={noop}mat-khau-ro", "--papi.security.users[0].roles=ADMIN",
                "--papi.security.users[1].username=ops2", "--papi.security.users[1].password=mat-khau-ro",
                "--papi.security.users[1].roles=ADMIN",
                "--papi.security.users[2].username=donvi-x", "--papi.security.users[2].password=" + BCRYPT.encode("x"),
                "--papi.security.users[2].roles=UNIT", "--papi.security.users[2].unit=HN-XA-KHONG-CO"))
                .rootCause()
                .isInstanceOf(UnsafeSecurityConfigurationException.class)
                .hasMessageContaining("papi.security.users[0] (ops): mật khẩu dạng rõ ({noop})")
                .hasMessageContaining("papi.security.users[1] (ops2): password phải là chuỗi băm bcrypt")
                .hasMessageContaining("papi.security.users[2] (donvi-x): đơn vị 'HN-XA-KHONG-CO' không có trong danh mục");
    }

    @Test
    void withARealMongoThereAreNoDemoAccountsOnlyTheConfiguredOnes() {
        try (ConfigurableApplicationContext context = start("--papi.security.users[0].username=ops",
                "--papi.security.users[0].password=" + BCRYPT.encode("mat-khau-rieng"), "--papi.security.users[0].roles=ADMIN",
                "--papi.security.users[1].username=kiemtra-ba-vi",
                "--papi.security.users[1].password=$2y$04$" + BCRYPT.encode("ba-vi").substring(7),
                "--papi.security.users[1].roles=INSPECTOR", "--papi.security.users[1].scope-units=HN-HUYEN-BA-VI")) {
            Http http = new Http(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
            assertThat(http.as("admin", "demo").get("/api/units").status()).isEqualTo(401);
            assertThat(http.as("kiemtra", "demo").get("/api/units").status()).isEqualTo(401);
            assertThat(http.as("ops", "mat-khau-rieng").get("/api/units").status()).isEqualTo(200);
            // An htpasswd hash ($2y$) signs in too.
            assertThat(http.as("kiemtra-ba-vi", "ba-vi").get("/api/rules").status()).isEqualTo(200);
            assertThat(context.getBean(UserAccounts.class).usernames()).containsExactlyInAnyOrder("ops", "kiemtra-ba-vi");
            assertThat(context.getBean(UserAccounts.class).demoMode()).isFalse();
        }
    }

    @Test
    void theEmbeddedStoreWithoutDemoAccountsIsNotTheDemoModeEither() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(PapiApplication.class).run("--server.port=0", QUIET,
                "--papi.security.demo-accounts=false", "--papi.security.users[0].username=ops",
                "--papi.security.users[0].password=" + BCRYPT.encode("demo"), "--papi.security.users[0].roles=ADMIN"))
                .rootCause()
                .isInstanceOf(UnsafeSecurityConfigurationException.class)
                .hasMessageContaining("(ops) có mật khẩu 'demo'");
    }

    @Test
    void theJwtModeWithoutAnIssuerStopsTheStart() {
        assertThatThrownBy(() -> start("--papi.security.mode=jwt", "--papi.security.users[0].username=ops",
                "--papi.security.users[0].password=" + BCRYPT.encode("mat-khau-rieng"), "--papi.security.users[0].roles=ADMIN"))
                .rootCause()
                .isInstanceOf(UnsafeSecurityConfigurationException.class)
                .hasMessageContaining("issuer-uri");
    }
}
