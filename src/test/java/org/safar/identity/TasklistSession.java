package org.safar.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A browser's session with Tasklist, without the browser: it fetches the page (which sets the CSRF
 * cookie), logs in through the webapps' own login, and then calls the engine API that Tasklist's
 * pages call, with the session cookie and the CSRF header as Tasklist sends them.
 */
public final class TasklistSession {

    /** What Tasklist's own HTTP client asks for: HAL, which embeds the count and the tasks' references. */
    public static final String HAL = "application/hal+json, application/json; q=0.5";

    public static final String ENGINE_API = "/camunda/api/engine/engine/default";

    private final String base;
    /** The browser's Accept-Language, or null for none; Tasklist makes it the user's language (UserLanguages). */
    private final String language;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
    private final ObjectMapper json = new ObjectMapper();

    public TasklistSession(int port) {
        this(port, null);
    }

    /** A browser that asks for a language, e.g. "uz", as a user's browser set to it does. */
    public TasklistSession(int port, String language) {
        this.base = "http://localhost:" + port;
        this.language = language;
    }

    /** @return the status of the login: 200 when the user is in */
    public int login(String user, String password) {
        get("/camunda/app/tasklist/default/");
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return send(request("/camunda/api/admin/auth/user/default/login/tasklist")
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", csrfToken())
                .POST(HttpRequest.BodyPublishers.ofString(form)).build()).statusCode();
    }

    public HttpResponse<String> get(String path) {
        return get(path, "application/json");
    }

    /** A GET as Tasklist sends it, asking for {@code accept}, e.g. {@link #HAL}. */
    public HttpResponse<String> get(String path, String accept) {
        return send(request(path).header("Accept", accept).GET().build());
    }

    HttpResponse<String> post(String path, String body, boolean withCsrfToken) {
        return post(path, body, withCsrfToken, "application/json");
    }

    public HttpResponse<String> post(String path, String body, boolean withCsrfToken, String accept) {
        HttpRequest.Builder request = request(path)
                .header("Content-Type", "application/json").header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (withCsrfToken) {
            request.header("X-XSRF-TOKEN", csrfToken());
        }
        return send(request.build());
    }

    /** Any call of the webapps' API as Tasklist's pages make it: JSON, with the CSRF header. */
    public HttpResponse<String> exchange(String method, String path, String body) {
        return send(request(path).header("Content-Type", "application/json")
                .header("Accept", "application/json").header("X-XSRF-TOKEN", csrfToken())
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    public JsonNode json(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new AssertionError(response.statusCode() + " " + response.body());
        }
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The tasks on the first page of each of the user's Tasklist filters, newest first, as Tasklist lists them. */
    public List<JsonNode> tasksThroughEveryFilter() {
        List<JsonNode> tasks = new ArrayList<>();
        for (JsonNode filter : json(get(ENGINE_API + "/filter?resourceType=Task"))) {
            JsonNode page = json(post(ENGINE_API + "/filter/" + filter.get("id").asText()
                    + "/list?firstResult=0&maxResults=50",
                    "{\"sorting\": [{\"sortBy\": \"created\", \"sortOrder\": \"desc\"}]}", true));
            page.forEach(tasks::add);
        }
        return tasks;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        return language == null ? request : request.header("Accept-Language", language);
    }

    private String csrfToken() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> "XSRF-TOKEN".equals(c.getName()))
                .map(HttpCookie::getValue).findFirst().orElse("");
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
