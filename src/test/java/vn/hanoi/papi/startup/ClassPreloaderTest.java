package vn.hanoi.papi.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import vn.hanoi.papi.startup.ClassPreloader.Result;

class ClassPreloaderTest {

    private static final AtomicBoolean INITIALISED = new AtomicBoolean();

    static final class WithStaticInitialiser {
        static {
            INITIALISED.set(true);
        }
    }

    /** Asks its parent for every class, and remembers the names asked for. */
    static final class RecordingLoader extends ClassLoader {
        final List<String> asked = new CopyOnWriteArrayList<>();
        final String list;

        RecordingLoader(String list) {
            super(ClassPreloaderTest.class.getClassLoader());
            this.list = list;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            asked.add(name);
            return super.loadClass(name, resolve);
        }

        @Override
        public InputStream getResourceAsStream(String name) {
            return name.equals(ClassPreloader.LIST) && list != null ? text(list) : null;
        }
    }

    @Test
    void loadsTheListedClassesInTheirOrderWithoutInitialisingThem() {
        RecordingLoader loader = new RecordingLoader(null);

        Result result = ClassPreloader.preload(loader, text("""
                # a comment
                %s

                  java.util.Optional
                """.formatted(WithStaticInitialiser.class.getName())));

        assertThat(result).isEqualTo(new Result(2, List.of()));
        assertThat(loader.asked).containsExactly(WithStaticInitialiser.class.getName(), "java.util.Optional");
        assertThat(INITIALISED).as("static initialiser run").isFalse();
    }

    @Test
    void skipsTheNamesNoLongerOnTheClassPath() {
        Result result = ClassPreloader.preload(new RecordingLoader(null), text("""
                vn.hanoi.papi.NoSuchClass
                java.util.Optional
                not a class name
                """));

        assertThat(result).isEqualTo(new Result(1, List.of("vn.hanoi.papi.NoSuchClass", "not a class name")));
    }

    @Test
    void startsADaemonThreadWhenTheLoaderHasAListAndNothingWithout() throws InterruptedException {
        RecordingLoader withList = new RecordingLoader("java.util.Optional\n");

        Thread thread = ClassPreloader.start(withList).orElseThrow();
        thread.join(10_000);

        assertThat(thread.isDaemon()).isTrue();
        assertThat(thread.getName()).isEqualTo("class-preloader");
        assertThat(withList.asked).containsExactly("java.util.Optional");
        assertThat(ClassPreloader.start(new RecordingLoader(null))).isEmpty();
    }

    @Test
    void canBeTurnedOff() {
        String before = System.getProperty(ClassPreloader.SWITCH);
        System.setProperty(ClassPreloader.SWITCH, "false");
        try {
            RecordingLoader withList = new RecordingLoader("java.util.Optional\n");
            assertThat(ClassPreloader.start(withList)).isEqualTo(Optional.empty());
            assertThat(withList.asked).isEmpty();
        } finally {
            if (before == null) {
                System.clearProperty(ClassPreloader.SWITCH);
            } else {
                System.setProperty(ClassPreloader.SWITCH, before);
            }
        }
    }

    /** After a dependency upgrade many listed names vanish and the start loses its head start: write the list again. */
    @Test
    void theShippedListCoversTheStartAndIsCurrent() throws IOException {
        ClassLoader loader = ClassPreloaderTest.class.getClassLoader();
        String list;
        try (InputStream in = loader.getResourceAsStream(ClassPreloader.LIST)) {
            assertThat(in).as(ClassPreloader.LIST).isNotNull();
            list = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(list.lines()).as("the start up to ready").contains("org.springframework.boot.SpringApplication",
                "org.apache.catalina.startup.Tomcat", "vn.hanoi.papi.engine.RulesInService");

        Result result = ClassPreloader.preload(loader, text(list));

        assertThat(result.loaded()).isGreaterThan(5_000);
        assertThat(result.missing())
                .as("names in %s no longer on the class path: run .ci/startup-classes to write the list again",
                        ClassPreloader.LIST)
                .hasSizeLessThanOrEqualTo(result.loaded() / 50);
    }

    private static InputStream text(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
