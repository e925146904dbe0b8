package org.safar.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.FileSystemResource;

/**
 * The embedded default's database URL (application.yaml) keeps every commit it has acknowledged
 * when the JVM is killed. H2 otherwise writes its changes to the file in the background, up to
 * half a second late, and a SIGKILL loses what it had not yet written.
 */
class EmbeddedDatabaseCommitTest {

    @Test
    void aCommitAcknowledgedBeforeTheJvmIsKilledIsThereAfterwards(@TempDir Path data) throws Exception {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new FileSystemResource("src/main/resources/application.yaml"));
        Properties settings = yaml.getObject();
        String url = settings.getProperty("spring.datasource.url")
                .replace("./data/safar", data.resolve("safar").toAbsolutePath().toString());

        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CommitWriter.class.getName(), url)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int lastAcknowledged = 0;
        try (BufferedReader acknowledged = new BufferedReader(
                new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
            String line;
            while (System.nanoTime() < until && (line = acknowledged.readLine()) != null) {
                lastAcknowledged = Integer.parseInt(line);
            }
            writer.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }

        assertThat(lastAcknowledged).as("commits acknowledged before the kill").isPositive();
        try (Connection db = DriverManager.getConnection(url, "sa", "");
                ResultSet kept = db.createStatement().executeQuery("select max(id) from acknowledged")) {
            kept.next();
            assertThat(kept.getInt(1)).as("the last row kept, of %d acknowledged", lastAcknowledged)
                    .isGreaterThanOrEqualTo(lastAcknowledged);
        }
    }
}
