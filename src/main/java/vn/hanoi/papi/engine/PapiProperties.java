package vn.hanoi.papi.engine;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the service reads its rules and reference data ({@code papi.*} in application.yml).
 *
 * @param rulesDir    the rule folder: DRL files, decision tables and settings.yaml
 * @param fixturesDir the reference data: calendar/, units/hanoi.json, templates/
 */
@ConfigurationProperties("papi")
public record PapiProperties(Path rulesDir, Path fixturesDir) {

    public PapiProperties {
        rulesDir = rulesDir == null ? Path.of("rules") : rulesDir;
        fixturesDir = fixturesDir == null ? Path.of("fixtures") : fixturesDir;
    }
}
