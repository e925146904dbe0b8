package org.safar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Makes the temporary folder the test JVMs are given ({@code -Djava.io.tmpdir=target/test-tmp} in the
 * POM) before any test asks for it: Java does not create it, and Tomcat and {@code @TempDir} fail
 * without it. So the suite leaves nothing in the system's temporary folder.
 */
public class TestTemporaryFolder implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        try {
            Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the tests' temporary folder", e);
        }
    }
}
