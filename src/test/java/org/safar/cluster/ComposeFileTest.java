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
 * docker/safar-node.env and per node the same few variables, and compose.demo.yaml the demo's on top;
 * that the nodes run in production with their passwords from secret files and no demo; that their
 * e-mail goes to the trial's mail server; and that the proxy ends TLS and sends to both.
 */
class ComposeFileTest {

    private static final Path COMPOSE = Path.of("docker", "compose.yaml");
    private static final Path NGINX = Path.of("docker", "nginx.conf");
    private static final List<String> NODES = List.of("safar-1", "safar-2");
    private static final List<String> NODE_SECRETS = List.of("SAFAR_DB_PASSWORD", "SAFAR_ADMIN_PASSWORD");

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
            // The passwords arrive as secret files, which Spring reads as ${SAFAR_DB_PASSWORD} … through configtree.
            assertThat(perNode.remove("SPRING_CONFIG_IMPORT")).isTrue();
            assertThat(environment.get("SPRING_CONFIG_IMPORT")).isEqualTo("optional:configtree:/run/secrets/");
            assertThat(node.get("secrets")).as("secrets of %s", name).isEqualTo(NODE_SECRETS);
            perNode.addAll(NODE_SECRETS);
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
    void theNodesRunInProductionWithTheirPasswordsFromSecretFilesAndNoDemo() throws IOException {
        Map<String, String> shared = NodeSettings.read();
        assertThat(shared.get("SPRING_PROFILES_ACTIVE")).as("profiles of the nodes").isEqualTo("prod,postgres");
        assertThat(shared).as("the demo, which prod refuses").doesNotContainKey("SAFAR_DEMO_ENABLED");
        assertThat(shared.keySet()).as("passwords written into safar-node.env")
                .noneMatch(variable -> variable.contains("PASSWORD"));
        Map<String, Object> compose = compose();
        Map<String, Object> services = section(compose, "services");
        for (String name : NODES) {
            assertThat(section(section(services, name), "environment")).as("environment of %s", name)
                    .doesNotContainKeys("SAFAR_DEMO_ENABLED", "SPRING_PROFILES_ACTIVE", "SAFAR_DB_PASSWORD",
                            "SAFAR_ADMIN_PASSWORD");
        }
        Map<String, Object> secrets = section(compose, "secrets");
        for (String secret : secrets.keySet()) {
            assertThat((String) section(secrets, secret).get("file")).as("file of the secret %s", secret)
                    .startsWith("./secrets/");
        }
        assertThat(secrets).containsKeys(NODE_SECRETS.toArray(String[]::new));
        assertThat(Files.readAllLines(Path.of("docker", "secrets", ".gitignore")))
                .as("docker/secrets kept out of git").contains("*");
        // The trial's demo, over the production settings, the way the cluster test starts its nodes.
        for (String name : NODES) {
            assertThat(NodeSettings.demo(name)).as("compose.demo.yaml for %s", name).isEqualTo(
                    Map.of("SPRING_PROFILES_ACTIVE", "postgres", "SAFAR_DEMO_ENABLED", "true"));
        }
    }

    @Test
    void theNodesSendTheirNoticesToTheTrialsMailServerWhoseMailOnlyThisMachineReads() throws IOException {
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
        assertThat(Files.readString(NGINX)).doesNotContain("mailpit");
        // Tasklist's links in the e-mails lead through the proxy, over HTTPS on its standard port.
        assertThat(section(services, "proxy").get("ports")).asList().contains("443:443");
        assertThat(shared.get("SAFAR_NOTICES_TASKLIST_URL")).startsWith("https://localhost/");
    }

    @Test
    void theProxyEndsTlsWithTheCertificateOfTheSecretsAndTellsTheNodesTheScheme() throws IOException {
        String nginx = Files.readString(NGINX);
        Map<String, Object> compose = compose();
        Map<String, Object> proxy = section(section(compose, "services"), "proxy");
        assertThat(proxy.get("ports")).isEqualTo(List.of("443:443", "80:80"));
        assertThat(proxy.get("secrets")).isEqualTo(List.of("tls-certificate", "tls-key"));
        Map<String, Object> secrets = section(compose, "secrets");
        assertThat(section(secrets, "tls-certificate")).containsEntry("file", "./secrets/tls.crt");
        assertThat(section(secrets, "tls-key")).containsEntry("file", "./secrets/tls.key");

        assertThat(nginx).contains("listen 443 ssl;", "ssl_certificate /run/secrets/tls-certificate;",
                "ssl_certificate_key /run/secrets/tls-key;", "ssl_protocols TLSv1.2 TLSv1.3;");
        // Port 80 serves nothing but the redirect.
        String plain = serverBlock(nginx, "listen 80;");
        assertThat(plain).contains("return 301 https://$host$request_uri;").doesNotContain("proxy_pass");
        assertThat(serverBlock(nginx, "listen 443 ssl;")).contains("proxy_set_header X-Forwarded-Proto $scheme;",
                "proxy_set_header X-Forwarded-Host $host;", "proxy_set_header X-Forwarded-Port $server_port;");
        assertThat(nginx).contains("HttpOnly; Secure; SameSite=Lax");
        // The nodes believe those headers in production.
        try (Reader reader = Files.newBufferedReader(Path.of("src", "main", "resources", "application-prod.yaml"))) {
            Map<String, Object> prod = new Yaml().load(reader);
            assertThat(section(prod, "server")).containsEntry("forward-headers-strategy", "native");
        }
    }

    @Test
    void theProxySendsToBothNodesAndKeepsABrowserOnOne() throws IOException {
        String nginx = Files.readString(NGINX);
        for (String node : NODES) {
            assertThat(nginx).contains("server " + node + ":8080");
        }
        assertThat(nginx).contains("hash $safar_route consistent;");
        Map<String, Object> proxy = section(section(compose(), "services"), "proxy");
        assertThat(proxy.get("volumes")).isEqualTo(List.of("./nginx.conf:/etc/nginx/nginx.conf:ro"));
    }

    /** The server block of nginx.conf that holds the line, up to the next server block. */
    private static String serverBlock(String nginx, String line) {
        int at = nginx.indexOf(line);
        assertThat(at).as("'%s' in nginx.conf", line).isNotNegative();
        int start = nginx.lastIndexOf("server {", at);
        int next = nginx.indexOf("server {", at);
        return nginx.substring(start, next < 0 ? nginx.length() : next);
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
