package org.safar.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The settings every node of the docker set-up gets, read from the file compose.yaml hands to its
 * nodes: docker/safar-node.env, KEY=value lines and # comments.
 */
final class NodeSettings {

    static final Path FILE = Path.of("docker", "safar-node.env");

    /**
     * What each node gets beside the file, in compose and in the cluster test alike: the database
     * (the password from a secret in compose), the SMTP server, the node's name and the agency's time
     * zone. The test adds only SERVER_PORT, for its two nodes share one host.
     */
    static final Set<String> PER_NODE = Set.of("SAFAR_DB_URL", "SAFAR_DB_USER", "SAFAR_DB_PASSWORD",
            "SPRING_MAIL_HOST", "SPRING_MAIL_PORT", "SAFAR_NODE_NAME", "TZ");

    private NodeSettings() {
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
