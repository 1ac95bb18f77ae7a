package org.unmiss.personnel.deployment;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.ServiceTest;
import org.unmiss.kit.testing.TestIssuer;
import org.unmiss.personnel.Fixtures;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "No overlapping deployments of one person" under concurrency, on the embedded store: 16 threads
 * released at once against one person. Run a few rounds, as a race may be lost by luck once.
 */
@ServiceTest
class DeploymentRaceTest {

    static final int THREADS = 16;

    @Autowired
    ApiClient api;

    @Autowired
    TestIssuer issuer;

    Fixtures fixtures;

    @BeforeEach
    void client() {
        fixtures = new Fixtures(api, issuer);
    }

    static List<ApiResponse> race(List<Callable<ApiResponse>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ApiResponse>> futures = new ArrayList<>();
        for (Callable<ApiResponse> call : calls) {
            futures.add(pool.submit(() -> {
                start.await();
                return call.call();
            }));
        }
        start.countDown();
        List<ApiResponse> responses = new ArrayList<>();
        for (Future<ApiResponse> future : futures) {
            responses.add(future.get());
        }
        pool.shutdown();
        return responses;
    }

    @Test
    void sixteenApprovalsOfOverlappingRequestsExactlyOneWins() throws Exception {
        for (int round = 0; round < 3; round++) {
            String index = fixtures.person("JUBA");
            List<String> ids = new ArrayList<>();
            String etag = null;
            for (int i = 0; i < THREADS; i++) {
                ApiResponse requested = fixtures.requestDeployment(index, "MALAKAL", "2027-01-0" + (1 + i % 9), "2027-12-31");
                assertThat(requested.status()).as(requested.body()).isEqualTo(201);
                ids.add(requested.json().get("id").asString());
                etag = requested.header("ETag");
            }
            String current = etag;
            List<Callable<ApiResponse>> approvals = new ArrayList<>();
            for (String id : ids) {
                approvals.add(() -> fixtures.changeStatus(id, current, "{\"status\": \"APPROVED\"}"));
            }
            List<ApiResponse> answers = race(approvals);

            assertThat(answers.stream().filter(a -> a.status() == 200).count()).as("round " + round).isEqualTo(1);
            assertThat(answers.stream().filter(a -> a.status() != 200).map(ApiResponse::status).distinct().toList())
                    .as("the others are refused: overlap (409) or changed since read (412)").isSubsetOf(409, 412);
            JsonNode history = api.get("/api/v1/personnel/" + index + "/deployments", fixtures.writer()).json();
            assertThat(history.findValuesAsString("status").stream().filter("APPROVED"::equals).count()).isEqualTo(1);
            assertThat(history.size()).isEqualTo(THREADS);
        }
    }

    @Test
    void sixteenRequestsAtOnceAreAllKeptUnderDistinctIds() throws Exception {
        for (int round = 0; round < 3; round++) {
            String index = fixtures.person("JUBA");
            List<Callable<ApiResponse>> requests = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                requests.add(() -> fixtures.requestDeployment(index, "BOR", "2028-01-01", "2028-06-30"));
            }
            List<ApiResponse> answers = race(requests);

            List<String> created = Collections.synchronizedList(new ArrayList<>());
            answers.stream().filter(a -> a.status() == 201).forEach(a -> created.add(a.json().get("id").asString()));
            assertThat(created).as("round " + round + ": " + answers.stream().map(ApiResponse::status).toList())
                    .hasSize(THREADS).doesNotHaveDuplicates();
            JsonNode history = api.get("/api/v1/personnel/" + index + "/deployments", fixtures.writer()).json();
            assertThat(history.findValuesAsString("id")).as("none lost").containsExactlyInAnyOrderElementsOf(created);
        }
    }
}
