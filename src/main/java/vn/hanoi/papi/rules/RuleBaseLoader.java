package vn.hanoi.papi.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.DecisionTableConfiguration;
import org.kie.internal.builder.DecisionTableInputType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.io.ResourceFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Builds a {@link RuleBase} from the rule files. Anything wrong — a DRL error, a rule without its
 * metadata, bad settings — stops the build with every problem's file, line and message.
 */
public final class RuleBaseLoader {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private RuleBaseLoader() {
    }

    public static RuleBase build(List<RuleFile> files) {
        RuleSettings settings = settings(files);
        ScoringSettings scoring = scoring(files);
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        // One batch, so that globals, functions and imports of one file are known to the others whatever their order.
        CompositeKnowledgeBuilder batch = builder.batch();
        for (RuleFile file : files) {
            add(batch, file);
        }
        batch.build();
        List<String> problems = new ArrayList<>();
        for (KnowledgeBuilderResult error : builder.getErrors()) {
            problems.add(describe(error));
        }
        if (!problems.isEmpty()) {
            throw new RuleBuildException(problems);
        }
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase();
        kieBase.addPackages(builder.getKnowledgePackages());
        Map<String, RuleMetadata> metadata = metadata(kieBase.getKiePackages(), settings, problems);
        if (!problems.isEmpty()) {
            throw new RuleBuildException(problems);
        }
        return new RuleBase(kieBase, kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors()), settings,
                version(files), metadata, scoring);
    }

    /** The CCHC scoring figures; the spec's defaults when the folder has no {@code cchc-scoring.yaml}. */
    static ScoringSettings scoring(List<RuleFile> files) {
        RuleFile file = files.stream().filter(RuleFile::isScoring).findFirst().orElse(null);
        if (file == null) {
            return ScoringSettings.DEFAULTS;
        }
        ScoringSettings scoring;
        try {
            scoring = YAML.readValue(file.content(), ScoringSettings.class);
        } catch (JacksonException e) {
            var where = e.getLocation();
            String line = where == null ? "" : ":" + where.getLineNr();
            throw new RuleBuildException(file.name() + line + ": " + e.getOriginalMessage());
        }
        if (scoring == null) {
            throw new RuleBuildException(file.name() + ": tệp cấu hình chấm điểm trống");
        }
        List<String> problems = new ArrayList<>();
        String text = new String(file.content(), StandardCharsets.UTF_8);
        for (String[] problem : scoring.problems()) {
            int line = lineOf(text, problem[0]);
            problems.add(file.name() + (line > 0 ? ":" + line : "") + ": " + problem[1]);
        }
        if (!problems.isEmpty()) {
            throw new RuleBuildException(problems);
        }
        return scoring;
    }

    /** The line (from 1) where {@code key:} is written, or 0 when it is not. */
    private static int lineOf(String text, String key) {
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith(key + ":") || line.startsWith("\"" + key + "\":")) {
                return i + 1;
            }
        }
        return 0;
    }

    private static RuleSettings settings(List<RuleFile> files) {
        RuleFile file = files.stream().filter(RuleFile::isSettings).findFirst()
                .orElseThrow(() -> new RuleBuildException(RuleFile.SETTINGS + ": thiếu tệp cấu hình của bộ luật"));
        try {
            RuleSettings settings = YAML.readValue(file.content(), RuleSettings.class);
            settings.check(file.name());
            return settings;
        } catch (JacksonException e) {
            var where = e.getLocation();
            String line = where == null ? "" : ":" + where.getLineNr();
            throw new RuleBuildException(file.name() + line + ": " + e.getOriginalMessage());
        }
    }

    private static void add(CompositeKnowledgeBuilder builder, RuleFile file) {
        Resource resource = ResourceFactory.newByteArrayResource(file.content()).setSourcePath(file.name());
        if (file.isDrl()) {
            builder.add(resource, ResourceType.DRL);
        } else if (file.isDecisionTable()) {
            DecisionTableConfiguration conf = KnowledgeBuilderFactory.newDecisionTableConfiguration();
            conf.setInputType(file.name().endsWith(".csv") ? DecisionTableInputType.CSV : DecisionTableInputType.XLS);
            builder.add(resource, ResourceType.DTABLE, conf);
        }
    }

    private static String describe(KnowledgeBuilderResult error) {
        String file = error.getResource() == null ? "(không rõ tệp)" : error.getResource().getSourcePath();
        int[] lines = error.getLines();
        String line = lines != null && lines.length > 0 && lines[0] > 0 ? ":" + lines[0] : "";
        return file + line + ": " + error.getMessage().strip();
    }

    private static Map<String, RuleMetadata> metadata(Iterable<KiePackage> packages, RuleSettings settings,
                                                      List<String> problems) {
        Map<String, RuleMetadata> byName = new LinkedHashMap<>();
        for (KiePackage pkg : packages) {
            for (Rule rule : pkg.getRules()) {
                String where = sourceOf(rule) + ": luật \"" + rule.getName() + "\"";
                try {
                    RuleMetadata meta = RuleMetadata.of(rule.getName(), rule.getMetaData());
                    String lead = meta.isHistoryRule() ? null : settings.leadAgencyOf(meta.papi());
                    if (meta.isHistoryRule()) {
                        // no sub-index of its own
                    } else if (lead == null) {
                        problems.add(where + ": chỉ số PAPI @papi(\"" + meta.papi() + "\") không có trong bảng leadAgencies");
                    } else if (!lead.equals(meta.leadAgency())) {
                        problems.add(where + ": @leadAgency(\"" + meta.leadAgency() + "\") khác cơ quan chủ trì của chỉ số "
                                + meta.papi() + " theo Phụ lục 2 (" + lead + ")");
                    }
                    byName.put(rule.getName(), meta);
                } catch (IllegalArgumentException e) {
                    problems.add(where + ": " + e.getMessage());
                }
            }
        }
        return byName;
    }

    private static String sourceOf(Rule rule) {
        if (rule instanceof RuleImpl impl && impl.getResource() != null) {
            return impl.getResource().getSourcePath();
        }
        return rule.getPackageName();
    }

    private static String version(List<RuleFile> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (RuleFile file : files) {
                sha.update(file.name().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(file.content());
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
