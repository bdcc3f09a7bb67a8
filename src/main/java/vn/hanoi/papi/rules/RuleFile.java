package vn.hanoi.papi.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * One file of the rule folder: DRL, a decision table ({@code .drl.csv}, {@code .drl.xlsx}, {@code .drl.xls})
 * the settings ({@code settings.yaml}) or the CCHC scoring figures ({@code cchc-scoring.yaml}).
 *
 * @param name the path relative to the rule folder, as shown in error messages
 */
public record RuleFile(String name, byte[] content) {

    public static final String SETTINGS = "settings.yaml";
    /** The CCHC scoring figures of Sở Nội vụ. */
    public static final String SCORING = "cchc-scoring.yaml";

    public boolean isDrl() {
        return name.endsWith(".drl");
    }

    public boolean isDecisionTable() {
        return name.endsWith(".drl.csv") || name.endsWith(".drl.xlsx") || name.endsWith(".drl.xls");
    }

    public boolean isSettings() {
        return name.equals(SETTINGS) || name.endsWith("/" + SETTINGS);
    }

    public boolean isScoring() {
        return name.equals(SCORING) || name.endsWith("/" + SCORING);
    }

    /** Every rule file below {@code dir}, in name order so that the content hash is stable. */
    public static List<RuleFile> fromDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new RuleBuildException(dir + ": thư mục luật không tồn tại");
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            List<RuleFile> files = new ArrayList<>();
            for (Path p : paths.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList()) {
                String name = dir.relativize(p).toString().replace('\\', '/');
                RuleFile file = new RuleFile(name, Files.readAllBytes(p));
                if (file.isDrl() || file.isDecisionTable() || file.isSettings() || file.isScoring()) {
                    files.add(file);
                }
            }
            return files;
        } catch (IOException e) {
            throw new RuleBuildException(dir + ": không đọc được thư mục luật: " + e.getMessage());
        }
    }

    /** The rule files packaged in the jar under {@code folder} (a fallback when no rule folder is at hand). */
    public static List<RuleFile> fromClasspath(String folder) {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:" + folder + "/**/*");
            List<RuleFile> files = new ArrayList<>();
            for (Resource r : resources) {
                if (!r.isReadable() || r.getFilename() == null) {
                    continue;
                }
                String url = r.getURL().toString();
                String name = url.substring(url.lastIndexOf(folder + "/") + folder.length() + 1);
                try (InputStream in = r.getInputStream()) {
                    RuleFile file = new RuleFile(name, in.readAllBytes());
                    if (file.isDrl() || file.isDecisionTable() || file.isSettings() || file.isScoring()) {
                        files.add(file);
                    }
                }
            }
            files.sort(Comparator.comparing(RuleFile::name));
            return files;
        } catch (IOException e) {
            throw new RuleBuildException("classpath:" + folder + ": không đọc được luật: " + e.getMessage());
        }
    }
}
