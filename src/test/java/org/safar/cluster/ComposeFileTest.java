package org.safar.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs the tests, so the cluster test stands in for docker/compose.yaml: this test
 * shows that compose gives its nodes what the cluster test gives its own, the settings of
 * docker/safar-node.env and per node the same few variables, that their e-mail goes to the demo's
 * mail server, and that the proxy sends to both.
 */
class ComposeFileTest {

    private static final Path COMPOSE = Path.of("docker", "compose.yaml");
    private static final List<String> NODES = List.of("safar-1", "safar-2");

    @Test
    void composeGivesItsNodesTheSettingsTheClusterTestGivesItsOwn() throws IOException {
        Map<String, Object> services = section(compose(), "services");
        Map<String, String> shared = NodeSettings.read();
        assertThat(shared).as("shared settings that should be per node").doesNotContainKeys(
                NodeSettings.PER_NODE.toArray(String[]::new));
        for (String name : NODES) {
            Map<String, Object> node = section(services, name);
            assertThat(node.get("env_file")).as("env_file of %s", name).isEqualTo(List.of("safar-node.env"));
            Map<String, Object> environment = section(node, "environment");
            Set<String> perNode = new HashSet<>(environment.keySet());
            // The password arrives as a secret file, which Spring reads as ${SAFAR_DB_PASSWORD} through configtree.
            assertThat(perNode.remove("SPRING_CONFIG_IMPORT")).isTrue();
            assertThat(environment.get("SPRING_CONFIG_IMPORT")).isEqualTo("optional:configtree:/run/secrets/");
            assertThat(node.get("secrets")).as("secrets of %s", name).isEqualTo(List.of("SAFAR_DB_PASSWORD"));
            perNode.add("SAFAR_DB_PASSWORD");
            assertThat(perNode).as("what %s gets beside safar-node.env", name).isEqualTo(NodeSettings.PER_NODE);
            assertThat(environment.get("SAFAR_NODE_NAME")).isEqualTo(name);
        }
        Map<String, Object> first = section(section(services, "safar-1"), "environment");
        Map<String, Object> second = section(section(services, "safar-2"), "environment");
        for (String variable : first.keySet()) {
            if (!variable.equals("SAFAR_NODE_NAME")) {
                assertThat(second.get(variable)).as("%s of the two nodes", variable).isEqualTo(first.get(variable));
            }
        }
    }

    @Test
    void theNodesSendTheirNoticesToTheDemosMailServerWhoseMailOnlyThisMachineReads() throws IOException {
        Map<String, String> shared = NodeSettings.read();
        assertThat(shared).containsEntry("SAFAR_NOTICES_ENABLED", "true");
        Map<String, Object> services = section(compose(), "services");
        Map<String, Object> mailpit = section(services, "mailpit");
        assertThat((String) mailpit.get("image")).startsWith("axllent/mailpit:");
        for (String name : NODES) {
            Map<String, Object> environment = section(section(services, name), "environment");
            assertThat(environment).as("SMTP server of %s", name)
                    .containsEntry("SPRING_MAIL_HOST", "mailpit").containsEntry("SPRING_MAIL_PORT", 1025);
        }
        assertThat(mailpit.get("ports")).as("Mailpit's web UI, published to this machine alone")
                .isEqualTo(List.of("127.0.0.1:8025:8025"));
        assertThat(Files.readString(Path.of("docker", "nginx.conf"))).doesNotContain("mailpit");
        // Tasklist's links in the e-mails lead through the proxy.
        assertThat(shared.get("SAFAR_NOTICES_TASKLIST_URL"))
                .startsWith("http://localhost:" + portOnThisMachine(section(services, "proxy")) + "/");
    }

    @Test
    void theProxySendsToBothNodesAndKeepsABrowserOnOne() throws IOException {
        String nginx = Files.readString(Path.of("docker", "nginx.conf"));
        for (String node : NODES) {
            assertThat(nginx).contains("server " + node + ":8080");
        }
        assertThat(nginx).contains("hash $safar_route consistent;");
        Map<String, Object> proxy = section(section(compose(), "services"), "proxy");
        assertThat(proxy.get("volumes")).isEqualTo(List.of("./nginx.conf:/etc/nginx/nginx.conf:ro"));
    }

    /** The port of the machine that compose publishes a service's one port on. */
    private static String portOnThisMachine(Map<String, Object> service) {
        List<?> ports = (List<?>) service.get("ports");
        assertThat(ports).hasSize(1);
        String published = (String) ports.get(0);
        return published.substring(0, published.indexOf(':'));
    }

    private static Map<String, Object> compose() throws IOException {
        try (Reader reader = Files.newBufferedReader(COMPOSE)) {
            return new Yaml().load(reader);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> section(Map<String, Object> parent, String key) {
        assertThat(parent).containsKey(key);
        return (Map<String, Object>) parent.get(key);
    }
}
