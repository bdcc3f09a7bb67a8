package vn.hanoi.papi.storage;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** The embedded store runs unless an operator points the service at a real MongoDB. */
class EmbeddedMongoCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        var env = context.getEnvironment();
        return !env.containsProperty("spring.mongodb.uri") && !env.containsProperty("spring.data.mongodb.uri")
                && !env.containsProperty("spring.mongodb.host");
    }
}
