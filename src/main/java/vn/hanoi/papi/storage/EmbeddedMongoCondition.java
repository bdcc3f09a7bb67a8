package vn.hanoi.papi.storage;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** The embedded store runs unless an operator points the service at a real MongoDB. */
public class EmbeddedMongoCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return embedded(context.getEnvironment());
    }

    /** Whether this environment uses the embedded store (no MongoDB connection configured). */
    public static boolean embedded(Environment env) {
        return !env.containsProperty("spring.mongodb.uri") && !env.containsProperty("spring.data.mongodb.uri")
                && !env.containsProperty("spring.mongodb.host");
    }
}
