package vn.hanoi.papi.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The rule base in service, when its first build waits for the first caller (the service's start). */
class CurrentRulesTest {

    private static RuleBase rules(String version) {
        return new RuleBase(null, null, null, version, Map.of(), null);
    }

    @Test
    void theFirstBuildRunsWhenFirstAskedForAndOnceWhileManyAskAtOnce() throws Exception {
        AtomicInteger builds = new AtomicInteger();
        CountDownLatch building = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CurrentRules current = CurrentRules.buildOnFirstUse(() -> {
            builds.incrementAndGet();
            building.countDown();
            await(release);
            return rules("v1");
        });
        assertThat(builds).hasValue(0);
        assertThat(current.built()).isFalse();

        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<Future<RuleBase>> asked = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                asked.add(callers.submit(current::get));
            }
            assertThat(building.await(10, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(100);
            assertThat(asked).noneMatch(Future::isDone);       // they wait for the build, none gets nothing
            release.countDown();
            for (Future<RuleBase> answer : asked) {
                assertThat(answer.get(10, TimeUnit.SECONDS).version()).isEqualTo("v1");
            }
        } finally {
            callers.shutdownNow();
        }
        assertThat(builds).hasValue(1);
        assertThat(current.built()).isTrue();
    }

    @Test
    void aFailedBuildThrowsItsProblemsAndTheNextCallerTriesAgain() {
        AtomicInteger builds = new AtomicInteger();
        CurrentRules current = CurrentRules.buildOnFirstUse(() -> {
            if (builds.incrementAndGet() == 1) {
                throw new RuleBuildException("broken.drl:6: unexpected token");
            }
            return rules("v2");
        });
        assertThatThrownBy(current::get).isInstanceOf(RuleBuildException.class).hasMessageContaining("broken.drl:6:");
        assertThat(current.built()).isFalse();
        assertThat(current.get().version()).isEqualTo("v2");
        assertThat(builds).hasValue(2);
    }

    @Test
    void aReloadPublishedWhileTheFirstBuildRunsIsTheOneInService() throws Exception {
        CountDownLatch building = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CurrentRules current = CurrentRules.buildOnFirstUse(() -> {
            building.countDown();
            await(release);
            return rules("stale");
        });
        ExecutorService caller = Executors.newSingleThreadExecutor();
        try {
            Future<RuleBase> first = caller.submit(current::get);
            assertThat(building.await(10, TimeUnit.SECONDS)).isTrue();
            current.replace(rules("reloaded"));
            release.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS).version()).isEqualTo("reloaded");
        } finally {
            caller.shutdownNow();
        }
        assertThat(current.get().version()).isEqualTo("reloaded");
    }

    @Test
    void rulesBuiltAlreadyAreInServiceAtOnce() {
        CurrentRules current = new CurrentRules(rules("v1"));
        assertThat(current.built()).isTrue();
        assertThat(current.get().version()).isEqualTo("v1");
        current.replace(rules("v2"));
        assertThat(current.get().version()).isEqualTo("v2");
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the build");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
