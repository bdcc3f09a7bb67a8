package vn.hanoi.papi.engine;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.hanoi.papi.rules.RuleBase;

/**
 * Compiles the rules as the first step after the web server has started, so that the pages answer during the
 * seconds it takes; an evaluation asked for meanwhile waits for them. The service reports itself ready (readiness
 * probe, {@code /actuator/health/readiness}) only after this step. A broken rule file stops the start here, with its
 * file, line and message.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RulesInService implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(RulesInService.class);

    private final Engine engine;

    RulesInService(Engine engine) {
        this.engine = engine;
    }

    @Override
    public void run(ApplicationArguments args) {
        long start = System.nanoTime();
        RuleBase rules = engine.rules();
        LOG.info("Rules in service: {} rules, version {} ({} ms)", rules.metadata().size(), rules.version(),
                (System.nanoTime() - start) / 1_000_000);
    }
}
