package io.github.ebpf4j.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's example is the text of {@link ReadmeExampleTest}, so the README cannot show a test that does not run. */
class ReadmeSyncTest {
    @Test
    void readmeShowsTheExampleTest() throws IOException {
        Path root = Path.of(System.getProperty("ebpf4j.root", ".."));
        String test = Files.readString(root.resolve("testkit/src/test/java/io/github/ebpf4j/testkit/ReadmeExampleTest.java"));
        String body = test.substring(test.indexOf("// README-BEGIN") + "// README-BEGIN".length(), test.indexOf("    // README-END"));
        String unindented = body.lines().map(l -> l.startsWith("    ") ? l.substring(4) : l)
                .collect(Collectors.joining("\n")).strip();
        String readme = Files.readString(root.resolve("README.md"));
        assertTrue(readme.contains("## Testing BPF programs from JUnit"), "README section missing");
        assertTrue(readme.contains(unindented), "README example differs from ReadmeExampleTest:\n" + unindented);
    }
}
