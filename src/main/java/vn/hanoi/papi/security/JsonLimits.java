package vn.hanoi.papi.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;
import tools.jackson.databind.json.JsonMapper;
import vn.hanoi.papi.checklist.SubmissionValidator;

/**
 * The JSON reader of the API refuses documents nested deeper than {@link SubmissionValidator#MAX_JSON_DEPTH}, keys
 * given twice, and values of another kind than the field's — {@code 0.9} or {@code "1"} for a whole number,
 * {@code "true"} for a yes/no — (a 400 naming the field), as the submission validator does; Jackson would otherwise
 * truncate {@code "version": 0.9} to 0 and apply the change. Jackson 3 sets read constraints on the factory, which a
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
        JsonMapper.Builder builder = JsonMapper.builder(factory).enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .withCoercionConfig(LogicalType.Integer, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Float, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Boolean, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail));
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        return builder;
    }
}
