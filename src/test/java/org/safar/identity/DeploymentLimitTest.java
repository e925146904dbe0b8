package org.safar.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Even an administrator's deployment is bounded in size and in files. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"safar.deployments.max-bytes=64KB", "safar.deployments.max-files=3"})
@ActiveProfiles("test")
class DeploymentLimitTest {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    RepositoryService repository;

    @Test
    void aDeploymentWithinTheBoundsIsAccepted() {
        long before = repository.createDeploymentQuery().count();
        ResponseEntity<String> response = deploy(3, 1_000);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(before + 1);
    }

    @Test
    void tooManyFilesOrTooManyBytesAreRefusedBeforeCamundaReadsThem() {
        long before = repository.createDeploymentQuery().count();
        ResponseEntity<String> tooMany = deploy(20, 100);
        assertThat(tooMany.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(tooMany.getBody()).contains("\"title\":\"Deployment too large\"", "at most 3 files");
        ResponseEntity<String> tooLarge = deploy(1, 100_000);
        assertThat(tooLarge.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(tooLarge.getBody()).contains("at most 65536 bytes");
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(before);
    }

    private ResponseEntity<String> deploy(int files, int bytesEach) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        headers.setBasicAuth("admin", "admin");
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("deployment-name", "bounded");
        for (int i = 0; i < files; i++) {
            String name = "notes-" + i + ".txt";
            form.add(name, new ByteArrayResource("n".repeat(bytesEach).getBytes(StandardCharsets.UTF_8)) {
                @Override
                public String getFilename() {
                    return name;
                }
            });
        }
        return rest.exchange("/engine-rest/deployment/create", HttpMethod.POST, new HttpEntity<>(form, headers),
                String.class);
    }
}
