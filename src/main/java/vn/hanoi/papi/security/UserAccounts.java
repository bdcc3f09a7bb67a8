package vn.hanoi.papi.security;

import jakarta.annotation.PostConstruct;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import vn.hanoi.papi.security.PapiSecurityProperties.ConfiguredUser;
import vn.hanoi.papi.storage.EmbeddedMongoCondition;
import vn.hanoi.papi.units.Unit;
import vn.hanoi.papi.units.store.UnitService;

/**
 * The {@code users} collection, managed by configuration. At every start: the accounts of
 * {@code papi.security.users} are checked (roles, scope and unit against the registry, bcrypt hashes) and written;
 * accounts dropped from the configuration are removed; the demo accounts are written in the embedded demo mode
 * and removed outside it. Outside the demo mode the service refuses to start while any account has the password
 * {@code demo}.
 */
@Service
public class UserAccounts {

    private static final Logger LOG = LoggerFactory.getLogger(UserAccounts.class);
    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d\\d\\$[./0-9A-Za-z]{53}");
    private static final String NOOP = "{noop}";
    private static final String BCRYPT_PREFIX = "{bcrypt}";

    private final MongoTemplate mongo;
    private final PapiSecurityProperties properties;
    private final PasswordEncoder encoder;
    private final Environment environment;
    private final UnitService units;
    private final Clock clock;

    public UserAccounts(MongoTemplate mongo, PapiSecurityProperties properties, PasswordEncoder encoder,
                        Environment environment, UnitService units, Clock clock) {
        this.mongo = mongo;
        this.properties = properties;
        this.encoder = encoder;
        this.environment = environment;
        this.units = units;
        this.clock = clock;
    }

    /** The embedded store is in use and demo accounts are allowed: the only place the password {@code demo} may live. */
    public boolean demoMode() {
        return EmbeddedMongoCondition.embedded(environment) && properties.demoAccounts();
    }

    @PostConstruct
    void synchronize() {
        boolean demo = demoMode();
        Instant now = clock.instant();
        Map<String, UserAccount> configured = configuredAccounts(demo, now);

        for (UserAccount account : configured.values()) {
            mongo.save(account);
        }
        Query staleConfigured = Query.query(Criteria.where("source").is(UserAccount.CONFIGURED)
                .and("_id").nin(configured.keySet()));
        long removed = mongo.remove(staleConfigured, UserAccount.class).getDeletedCount();
        int seeded = 0;
        if (demo) {
            Set<String> codes = units.all().stream().map(Unit::code).collect(Collectors.toSet());
            for (UserAccount account : DemoAccounts.all(now)) {
                if (configured.containsKey(account.username())) {
                    continue;                                    // the configuration wins
                }
                if (account.unit() != null && !codes.contains(account.unit())) {
                    LOG.warn("Demo account {} not created: unit {} is not in the registry", account.username(), account.unit());
                    continue;
                }
                mongo.save(account);
                seeded++;
            }
        } else {
            removed += mongo.remove(Query.query(Criteria.where("source").is(UserAccount.DEMO)), UserAccount.class)
                    .getDeletedCount();
            refuseStoredDemoPasswords(configured.keySet());
        }
        LOG.info("Accounts: {} configured, {} demo{}, {} removed", configured.size(), seeded,
                demo ? " (embedded demo store)" : "", removed);
    }

    /** The account as Spring Security checks it (with its hash); an unknown name is a failed sign-in. */
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = username == null ? null : mongo.findById(username, UserAccount.class);
        if (account == null) {
            throw new UsernameNotFoundException("Không có tài khoản này.");
        }
        return new PapiUser(account);
    }

    /** The configured accounts, checked: a problem stops the start with every problem named. */
    private Map<String, UserAccount> configuredAccounts(boolean demo, Instant now) {
        Set<String> codes = units.all().stream().map(Unit::code).collect(Collectors.toSet());
        List<String> demoPasswords = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<String, UserAccount> accounts = new LinkedHashMap<>();
        List<ConfiguredUser> users = properties.users();
        for (int i = 0; i < users.size(); i++) {
            ConfiguredUser user = users.get(i);
            String where = "papi.security.users[" + i + "]";
            String name = user.username() == null ? "" : user.username().strip();
            if (name.isEmpty()) {
                problems.add(where + ": thiếu username");
                continue;
            }
            where += " (" + name + ")";
            if (accounts.containsKey(name)) {
                problems.add(where + ": tên đăng nhập bị trùng");
            }
            if (user.roles().isEmpty()) {
                problems.add(where + ": thiếu roles (INSPECTOR, REVIEWER, UNIT, NOI_VU, ADMIN)");
            }
            if (user.roles().contains(Role.INSPECTOR) && user.scopeUnits().isEmpty()) {
                problems.add(where + ": tài khoản INSPECTOR cần scope-units (mã đơn vị, hoặc * cho mọi đơn vị)");
            }
            for (String code : user.scopeUnits()) {
                if (!Caller.EVERY_UNIT.equals(code) && !codes.contains(code)) {
                    problems.add(where + ": đơn vị '" + code + "' trong scope-units không có trong danh mục");
                }
            }
            if (user.roles().contains(Role.UNIT)) {
                if (user.unit() == null || user.unit().isBlank()) {
                    problems.add(where + ": tài khoản UNIT cần unit (mã đơn vị của tài khoản)");
                } else if (!codes.contains(user.unit())) {
                    problems.add(where + ": đơn vị '" + user.unit() + "' không có trong danh mục");
                }
            }
            String hash = passwordHash(user.password(), where, demo, problems, demoPasswords);
            accounts.put(name, new UserAccount(name, hash, user.roles(), user.scopeUnits(), user.unit(), user.enabled(),
                    UserAccount.CONFIGURED, now));
        }
        if (!demoPasswords.isEmpty()) {
            throw new UnsafeSecurityConfigurationException(demoRefusal(demoPasswords));
        }
        if (!problems.isEmpty()) {
            throw new UnsafeSecurityConfigurationException("Từ chối khởi động: cấu hình tài khoản có "
                    + problems.size() + " lỗi: " + String.join("; ", problems) + ".");
        }
        return accounts;
    }

    /** The bcrypt hash to store; {@code {noop}} text is hashed here, and accepted only in the demo mode. */
    private String passwordHash(String password, String where, boolean demo, List<String> problems,
                                List<String> demoPasswords) {
        if (password == null || password.isBlank()) {
            problems.add(where + ": thiếu password (chuỗi băm bcrypt)");
            return null;
        }
        if (password.startsWith(NOOP)) {
            String plain = password.substring(NOOP.length());
            if (!demo && DemoAccounts.PASSWORD.equals(plain)) {
                demoPasswords.add(where);
            } else if (!demo) {
                problems.add(where + ": mật khẩu dạng rõ ({noop}) chỉ dùng được với kho nhúng ở chế độ demo (kiểm thử); "
                        + "hãy dùng chuỗi băm bcrypt");
            }
            return encoder.encode(plain);
        }
        String hash = password.startsWith(BCRYPT_PREFIX) ? password.substring(BCRYPT_PREFIX.length()) : password;
        if (!BCRYPT.matcher(hash).matches()) {
            problems.add(where + ": password phải là chuỗi băm bcrypt ($2a$10$…, $2y$10$… hoặc {bcrypt}$2a$10$…), "
                    + "không phải mật khẩu dạng rõ");
            return null;
        }
        if (!demo && encoder.matches(DemoAccounts.PASSWORD, hash)) {
            demoPasswords.add(where);
        }
        return hash;
    }

    /** Accounts put in the store by other means (not by this configuration) may not have the password demo either. */
    private void refuseStoredDemoPasswords(Set<String> configured) {
        List<String> found = new ArrayList<>();
        Query others = Query.query(Criteria.where("enabled").is(true).and("_id").nin(configured));
        for (UserAccount account : mongo.find(others, UserAccount.class)) {
            if (account.passwordHash() != null && BCRYPT.matcher(account.passwordHash()).matches()
                    && encoder.matches(DemoAccounts.PASSWORD, account.passwordHash())) {
                found.add("tài khoản '" + account.username() + "' trong collection users của MongoDB");
            }
        }
        if (!found.isEmpty()) {
            throw new UnsafeSecurityConfigurationException(demoRefusal(found));
        }
    }

    private static String demoRefusal(List<String> where) {
        return "Từ chối khởi động: " + String.join(", ", where) + " có mật khẩu 'demo'. Mật khẩu demo chỉ được dùng "
                + "với kho dữ liệu nhúng ở chế độ demo; với MongoDB thật (spring.mongodb.uri) hoặc khi "
                + "papi.security.demo-accounts=false, hãy đặt mật khẩu khác.";
    }

    /** The usernames in the store (for logs and tests). */
    Set<String> usernames() {
        return new HashSet<>(mongo.findAll(UserAccount.class).stream().map(UserAccount::username).toList());
    }
}
