package org.safar.cluster;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.Yaml;

/**
 * The settings every node of the docker set-up gets, read from the file compose.yaml hands to its
 * nodes: docker/safar-node.env, KEY=value lines and # comments; and what compose.demo.yaml sets over
 * them to run the demo instead of production.
 */
final class NodeSettings {

    static final Path FILE = Path.of("docker", "safar-node.env");
    static final Path DEMO = Path.of("docker", "compose.demo.yaml");

    /**
     * What each node gets beside the file, in compose and in the cluster test alike: the database
     * and the administrator's password (both from secrets in compose), the SMTP server, the node's
     * name and the agency's time zone. The test adds only SERVER_PORT, for its two nodes share one host.
     */
    static final Set<String> PER_NODE = Set.of("SAFAR_DB_URL", "SAFAR_DB_USER", "SAFAR_DB_PASSWORD",
            "SAFAR_ADMIN_PASSWORD", "SPRING_MAIL_HOST", "SPRING_MAIL_PORT", "SAFAR_NODE_NAME", "TZ");

    private NodeSettings() {
    }

    /** What compose.demo.yaml sets for a node over safar-node.env. */
    @SuppressWarnings("unchecked")
    static Map<String, String> demo(String node) {
        try (Reader reader = Files.newBufferedReader(DEMO)) {
            Map<String, Object> services = (Map<String, Object>) new Yaml().<Map<String, Object>>load(reader)
                    .get("services");
            Map<String, Object> environment = (Map<String, Object>) ((Map<String, Object>) services.get(node))
                    .get("environment");
            Map<String, String> settings = new LinkedHashMap<>();
            environment.forEach((key, value) -> settings.put(key, String.valueOf(value)));
            return settings;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, String> read() {
        Map<String, String> settings = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(FILE)) {
                String setting = line.strip();
                if (setting.isEmpty() || setting.startsWith("#")) {
                    continue;
                }
                int equals = setting.indexOf('=');
                if (equals <= 0) {
                    throw new IllegalStateException(FILE + ": not KEY=value: " + line);
                }
                settings.put(setting.substring(0, equals), setting.substring(equals + 1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return settings;
    }
}
