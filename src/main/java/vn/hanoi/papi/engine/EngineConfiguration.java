package vn.hanoi.papi.engine;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hanoi.papi.rules.CurrentRules;

/**
 * The engine is built once, at start-up: its reference data while the context starts, its rules right after the web
 * server has ({@link RulesInService}). A broken file stops the start with its file, line and message.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PapiProperties.class)
class EngineConfiguration {

    @Bean
    Engine engine(PapiProperties properties, java.time.Clock clock) {
        return Engine.withRulesOnFirstUse(EngineSources.from(properties.rulesDir(), properties.fixturesDir()), clock);
    }

    /** Today is a day in Hà Nội: deadlines and "overdue" are judged on Vietnamese dates. */
    @Bean
    java.time.Clock clock() {
        return java.time.Clock.system(Engine.HANOI);
    }

    @Bean
    CurrentRules currentRules(Engine engine) {
        return engine.currentRules();
    }
}
