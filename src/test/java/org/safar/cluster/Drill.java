package org.safar.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Moves delegations through their lifecycle the way their people do, over HTTP to whichever nodes
 * are up, as a load balancer would spread them: the officer opens them, vetting clears, the
 * department head approves, the embassy in Astana confirms (half of the time from another system,
 * whose confirmation arrives twice), finance approves the funding, the officer records the tickets.
 * Every twentieth delegation is cancelled after its funding instead. The engine does the rest: save
 * points, the departure and return timers, the start of debriefing. Each round looks at every
 * delegation afresh and does what its open tasks ask, so a call lost with a dying node is simply
 * made again in the next round.
 */
final class Drill {

    static final String TITLE = "Drill delegation ";
    static final String LINE_CODE = "DRILL-OWN";
    private static final int CANCEL_EVERY = 20;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final List<URI> nodes;
    private final AtomicInteger turn = new AtomicInteger();
    private final ExecutorService people = Executors.newFixedThreadPool(4);

    private final List<Long> delegations = new CopyOnWriteArrayList<>();
    private final Map<Long, String> stages = new ConcurrentHashMap<>();
    private final Map<Long, JsonNode> lastSeen = new ConcurrentHashMap<>();
    private final Set<Long> finished = ConcurrentHashMap.newKeySet();
    private final Set<String> completedTasks = ConcurrentHashMap.newKeySet();
    private final List<String> unexpectedAnswers = new CopyOnWriteArrayList<>();

    final AtomicInteger calls = new AtomicInteger();
    final AtomicInteger callsLostWithANode = new AtomicInteger();
    final AtomicInteger confirmationsSentAgain = new AtomicInteger();
    final AtomicInteger confirmationsAnsweredAsBefore = new AtomicInteger();

    Drill(List<URI> nodes) {
        this.nodes = new CopyOnWriteArrayList<>(nodes);
    }

    /** The load balancer sends to a node once it is ready. */
    void join(URI node) {
        nodes.add(node);
    }

    /** The load balancer stops sending to a node that is gone. */
    void lose(URI node) {
        nodes.remove(node);
    }

    /**
     * A budget line large enough for all, a one-day study trip to Astana on the trip day, one new
     * civil servant per delegation, and the delegations opened: each is nominated, found eligible
     * and sent to vetting at once.
     */
    void open(int count, LocalDate tripDay) {
        required(call("madina", "POST", "/api/budget-lines", """
                {"fundingSource": "OWN_BUDGET", "year": %d, "code": "%s", "name": "Cluster drill",
                 "allocation": 10000000, "spent": 0}""".formatted(tripDay.getYear(), LINE_CODE)));
        long programme = required(call("aziza", "POST", "/api/programmes", """
                {"title": "Cluster drill: a day at the Astana Civil Service Hub", "kind": "STUDY_TRIP",
                 "hostCountry": "KZ", "hostInstitution": "Astana Civil Service Hub", "startDate": "%s",
                 "endDate": "%s", "fundingSource": "OWN_BUDGET", "airfareEstimateUsd": 300, "seats": 1}"""
                .formatted(tripDay, tripDay))).get("id").asLong();
        List<Callable<Long>> openings = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            int number = i;
            openings.add(() -> {
                long staff = required(call("aziza", "POST", "/api/staff", """
                        {"fullName": "Drill participant %03d", "position": "Chief specialist", "grade": "MIDDLE",
                         "organisation": "Agency for the Development of Public Service", "region": "Tashkent",
                         "passportNumber": "DR%07d", "passportExpiry": "%s", "serviceStartDate": "2015-09-01"}"""
                        .formatted(number, number, tripDay.plusYears(5)))).get("id").asLong();
                JsonNode opened = required(call("aziza", "POST", "/api/delegations", """
                        {"title": "%s%03d", "programmeId": %d, "memberStaffIds": [%d]}"""
                        .formatted(TITLE, number, programme, staff)));
                if (!opened.get("stage").asText().equals("VETTING")) {
                    throw new IllegalStateException("Not sent to vetting: " + opened);
                }
                return opened.get("id").asLong();
            });
        }
        for (Long id : all(openings)) {
            delegations.add(id);
            stages.put(id, "NOMINATION");
        }
    }

    /** Rounds until every delegation is where the drill takes it, or the condition holds first. */
    boolean runUntil(Predicate<Drill> condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.test(this)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            if (round() == 0) {
                SafarNode.sleep(Duration.ofMillis(300));
            }
        }
        return true;
    }

    boolean allFinished() {
        return finished.size() == delegations.size();
    }

    /** Delegations that reached funding or went further. */
    long pastEmbassy() {
        return stages.values().stream().filter(stage -> Set.of("FUNDING", "TRAVEL", "DEBRIEFING", "CANCELLED")
                .contains(stage)).count();
    }

    List<Long> delegations() {
        return Collections.unmodifiableList(delegations);
    }

    /** Tasks whose completion a node acknowledged: none of them may be open again. */
    Set<String> completedTasks() {
        return Collections.unmodifiableSet(completedTasks);
    }

    List<String> unexpectedAnswers() {
        return unexpectedAnswers;
    }

    static boolean cancelledByTheDrill(long delegationId) {
        return delegationId % CANCEL_EVERY == 0;
    }

    /** How the delegations the drill has not finished looked when it last saw them. */
    String unfinished() {
        return delegations.stream().filter(id -> !finished.contains(id))
                .map(id -> id + ": " + stages.get(id) + " " + lastSeen.get(id).get("openTasks"))
                .toList().toString();
    }

    Map<String, Long> stageCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        stages.values().stream().sorted().forEach(stage -> counts.merge(stage, 1L, Long::sum));
        return counts;
    }

    void close() {
        people.shutdownNow();
    }

    /** One round over the unfinished delegations; how many tasks it worked. */
    private int round() {
        List<Callable<Integer>> work = delegations.stream().filter(id -> !finished.contains(id))
                .map(id -> (Callable<Integer>) () -> advance(id)).toList();
        return all(work).stream().mapToInt(Integer::intValue).sum();
    }

    private int advance(long id) {
        Answer view = call("aziza", "GET", "/api/delegations/" + id, null);
        if (view.lost()) {
            return 0;
        }
        JsonNode delegation = ok(view);
        if (delegation == null) {
            return 0;
        }
        String stage = delegation.get("stage").asText();
        stages.put(id, stage);
        lastSeen.put(id, delegation);
        List<JsonNode> tasks = new ArrayList<>();
        delegation.get("openTasks").forEach(tasks::add);
        List<String> names = tasks.stream().map(task -> task.get("name").asText()).toList();
        boolean waitingForTheTravellers = stage.equals("DEBRIEFING") && names.size() == 2
                && names.stream().anyMatch(name -> name.startsWith("Submit trip report"))
                && names.stream().anyMatch(name -> name.startsWith("Settle advance"));
        if (waitingForTheTravellers || (stage.equals("CANCELLED") && tasks.isEmpty())) {
            finished.add(id);
            return 0;
        }
        int worked = 0;
        for (JsonNode task : tasks) {
            if (work(id, task)) {
                worked++;
            }
        }
        return worked;
    }

    /** Does what the task asks, as the person it is for; false if the task is not the drill's to do. */
    private boolean work(long id, JsonNode task) {
        String name = task.get("name").asText();
        String taskId = task.get("id").asText();
        if (name.startsWith("Clear ")) {
            return submit("gulnoza", taskId, Map.of("clearance", "CLEARED"));
        } else if (name.startsWith("Approve delegation")) {
            boolean directors = task.get("candidateGroups").toString().contains("agency-directors");
            return submit(directors ? "otabek" : "bakhtiyor", taskId, Map.of("approval", "APPROVE"));
        } else if (name.startsWith("Confirm host arrangements")) {
            return id % 2 == 0 ? confirmFromAnotherSystem(id) : submit("astana", taskId, arrangements());
        } else if (name.startsWith("Approve funding")) {
            return submit("madina", taskId, Map.of("fundingDecision", "APPROVE"));
        } else if (name.startsWith("Record ticket and visa")) {
            if (cancelledByTheDrill(id)) {
                Answer cancelled = call("aziza", "POST", "/api/delegations/" + id + "/cancel",
                        "{\"reason\": \"The host moved the day; the drill cancels it\"}");
                return !cancelled.lost() && (cancelled.status() == 409 || ok(cancelled) != null);
            }
            return submit("aziza", taskId, Map.of("flight", "HY 703 Tashkent–Astana", "ticketNumber",
                    "250-71" + String.format("%05d", id), "visa", "NOT_REQUIRED"));
        } else if (name.startsWith("Inform the host of the cancellation")) {
            return submit("astana", taskId, Map.of("hostInformedNote", "Told the Hub's protocol office by phone"));
        }
        return false;
    }

    private static Map<String, Object> arrangements() {
        return Map.of("answer", "CONFIRMED", "hostContact", "Protocol office, Astana Civil Service Hub",
                "venue", "Hub premises, Mangilik El 55/22", "agenda", "Peer exchange on civil-service reform",
                "accommodation", "None needed: a day visit", "airportPickup", "true",
                "visaSupportLetterIssued", "false");
    }

    /**
     * The embassy's own system confirms, and delivers its message twice, once to each node as an
     * at-least-once channel may: the second delivery must change nothing and answer the same.
     */
    private boolean confirmFromAnotherSystem(long id) {
        String body = """
                {"reference": "KZ-EMB-%d", "hostContact": "Protocol office, Astana Civil Service Hub",
                 "venue": "Hub premises, Mangilik El 55/22", "agenda": "Peer exchange on civil-service reform",
                 "accommodation": "None needed: a day visit", "airportPickup": true,
                 "visaSupportLetterIssued": false}""".formatted(id);
        String path = "/api/delegations/" + id + "/embassy-confirmation";
        Answer first = call("astana", "POST", path, body);
        if (first.lost()) {
            return false;
        }
        JsonNode recorded = ok(first);
        Answer again = call("astana", "POST", path, body);
        if (!again.lost()) {
            confirmationsSentAgain.incrementAndGet();
            if (recorded != null && recorded.equals(ok(again))) {
                confirmationsAnsweredAsBefore.incrementAndGet();
            }
        }
        return true;
    }

    /** Submits a task's form as Tasklist does. */
    private boolean submit(String user, String taskId, Map<String, Object> values) {
        ObjectNode variables = json.createObjectNode();
        values.forEach((name, value) -> variables.putObject(name).set("value", json.valueToTree(value)));
        ObjectNode body = json.createObjectNode();
        body.set("variables", variables);
        Answer answer = call(user, "POST", "/engine-rest/task/" + taskId + "/submit-form", body.toString());
        if (answer.lost()) {
            return false;
        }
        if (answer.status() == 204) {
            completedTasks.add(taskId);
            return true;
        }
        unexpected(answer);
        return false;
    }

    private record Answer(String request, int status, String body) {

        boolean lost() {
            return status < 0;
        }
    }

    /** One call to the next node that is up; a node dying under the call loses it. */
    private Answer call(String user, String method, String path, String body) {
        List<URI> up = List.copyOf(nodes);
        if (up.isEmpty()) {
            SafarNode.sleep(Duration.ofMillis(200));
            return new Answer(method + " " + path, -1, "no node is up");
        }
        URI node = up.get(Math.floorMod(turn.getAndIncrement(), up.size()));
        String request = method + " " + node.resolve(path);
        HttpRequest.Builder builder = HttpRequest.newBuilder(node.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        calls.incrementAndGet();
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(request, response.statusCode(), response.body());
        } catch (IOException nodeGone) {
            callsLostWithANode.incrementAndGet();
            return new Answer(request, -1, nodeGone.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The body of a successful answer to a call the drill cannot do without. */
    private JsonNode required(Answer answer) {
        JsonNode body = ok(answer);
        if (body == null) {
            throw new IllegalStateException(unexpectedAnswers.get(unexpectedAnswers.size() - 1));
        }
        return body;
    }

    /** The body of a successful answer; anything else is noted for the test to report. */
    private JsonNode ok(Answer answer) {
        if (answer.status() / 100 != 2) {
            unexpected(answer);
            return null;
        }
        try {
            return json.readTree(answer.body());
        } catch (IOException e) {
            unexpected(answer);
            return null;
        }
    }

    private void unexpected(Answer answer) {
        String body = answer.body() == null ? "" : answer.body();
        unexpectedAnswers.add(answer.request() + " answered " + answer.status() + ": "
                + body.substring(0, Math.min(300, body.length())));
    }

    private <T> List<T> all(List<Callable<T>> work) {
        List<T> results = new ArrayList<>();
        try {
            for (Future<T> result : people.invokeAll(work)) {
                results.add(result.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        return results;
    }
}
