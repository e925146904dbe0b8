package org.safar.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Sends a payload byte for byte, with exactly the headers it names: no Content-Type when it names
 * none, bytes that are no UTF-8 as they are. {@code SafarApi}'s RestTemplate would add a type and
 * encode the text, which is what a well-behaved client does and the corpus must not.
 */
final class RawRequests {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final int port;

    RawRequests(int port) {
        this.port = port;
    }

    /** As a demo user, whose password is their id. */
    HttpResponse<byte[]> send(String user, BadPayload payload) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + payload.path()))
                .timeout(Duration.ofSeconds(30))
                .method(payload.method(), HttpRequest.BodyPublishers.ofByteArray(payload.body()))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        if (payload.contentType() != null) {
            request.header("Content-Type", payload.contentType());
        }
        if (payload.accept() != null) {
            request.header("Accept", payload.accept());
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new AssertionError(payload + " got no answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(payload + " was interrupted", e);
        }
    }
}
