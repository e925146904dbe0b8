package org.safar.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.safar.SafarApi;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Sends files to /api/imports as the import page does (a multipart form) or as a client's body. Demo users' password is their id. */
final class ImportClient {

    static final Path SAMPLES = Path.of("docs", "import");

    private final TestRestTemplate rest;

    ImportClient(TestRestTemplate rest) {
        this.rest = rest;
    }

    /** The file as the part {@code file} of a form, its type as Spring's client guesses it from the name. */
    ResponseEntity<String> upload(String user, String kind, String fileName, byte[] bytes, boolean dryRun) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        HttpHeaders headers = credentials(user);
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.exchange(path(kind, dryRun), HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
    }

    ResponseEntity<String> upload(String user, String kind, String fileName, String csv, boolean dryRun) {
        return upload(user, kind, fileName, csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), dryRun);
    }

    /** The file as the body, with its type as Content-Type. */
    ResponseEntity<String> body(String user, String kind, String contentType, byte[] bytes, boolean dryRun) {
        HttpHeaders headers = credentials(user);
        headers.set(HttpHeaders.CONTENT_TYPE, contentType);
        return rest.exchange(path(kind, dryRun), HttpMethod.POST, new HttpEntity<>(bytes, headers), String.class);
    }

    static byte[] sample(String name) {
        try {
            return Files.readAllBytes(SAMPLES.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    SafarApi api() {
        return new SafarApi(rest);
    }

    private static String path(String kind, boolean dryRun) {
        return "/api/imports/" + kind + (dryRun ? "?dryRun=true" : "");
    }

    private static HttpHeaders credentials(String user) {
        HttpHeaders headers = new HttpHeaders();
        if (user != null) {
            headers.setBasicAuth(user, user);
        }
        return headers;
    }
}
