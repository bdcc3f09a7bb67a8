package vn.hanoi.papi.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;
import vn.hanoi.papi.checklist.SubmissionValidator;

/**
 * The JSON reader of the API refuses documents nested deeper than {@link SubmissionValidator#MAX_JSON_DEPTH}, and
 * keys given twice (a 400), as the submission validator does. Jackson 3 sets read constraints on the factory, which a
 * builder customizer cannot replace, so this takes the place of Boot's {@code JsonMapper.Builder} and applies Boot's
 * customizers (the {@code spring.jackson.*} settings, problem details) to it in their order, as Boot does.
 */
@Configuration(proxyBeanMethods = false)
class JsonLimits {

    @Bean
    @Scope("prototype")
    JsonMapper.Builder jsonMapperBuilder(ObjectProvider<JsonMapperBuilderCustomizer> customizers) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(SubmissionValidator.MAX_JSON_DEPTH).build())
                .build();
        // A key given twice is refused (a 400 naming it), as the submission validator does, instead of the last
        // one silently winning: {"decision": "CONFIRM", "decision": "DISMISS"} says nothing certain.
        JsonMapper.Builder builder = JsonMapper.builder(factory).enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        return builder;
    }
}
