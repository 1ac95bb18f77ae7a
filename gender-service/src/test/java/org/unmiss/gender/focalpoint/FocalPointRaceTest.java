package org.unmiss.gender.focalpoint;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.unmiss.gender.focalpoint.domain.FocalPoint;
import org.unmiss.gender.parity.FakePersonnelService;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.ServiceTest;
import org.unmiss.kit.testing.TestIssuer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** "No two overlapping appointments of one person" with 16 requests released at once, on the embedded store. */
@ServiceTest
class FocalPointRaceTest {

    static final FakePersonnelService PERSONNEL = FakePersonnelService.start();
    static final int THREADS = 16;

    @DynamicPropertySource
    static void personnel(DynamicPropertyRegistry registry) {
        registry.add("unmiss.clients.personnel.url", PERSONNEL::url);
    }

    @AfterAll
    static void stopPersonnel() {
        PERSONNEL.close();
    }

    @Autowired
    ApiClient api;

    @Autowired
    TestIssuer issuer;

    @Autowired
    MongoTemplate mongo;

    List<ApiResponse> race(List<java.util.concurrent.Callable<ApiResponse>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ApiResponse>> futures = new ArrayList<>();
        for (var call : calls) {
            futures.add(pool.submit(() -> {
                start.await();
                return call.call();
            }));
        }
        start.countDown();
        List<ApiResponse> answers = new ArrayList<>();
        for (Future<ApiResponse> future : futures) {
            answers.add(future.get());
        }
        pool.shutdown();
        return answers;
    }

    @Test
    void sixteenOverlappingAppointmentsOfOnePersonAtOnceExactlyOneWins() throws Exception {
        String writer = issuer.token("gender.hq", "HQ", "GENDER_READ", "GENDER_WRITE");
        for (int round = 0; round < 3; round++) {
            String person = "UN-00%04d".formatted(7000 + round);
            List<java.util.concurrent.Callable<ApiResponse>> calls = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                String office = i % 2 == 0 ? "BOR" : "JUBA";
                String from = "2026-0%d-01".formatted(1 + i % 9);
                calls.add(() -> api.post("/api/v1/gender-activities/focal-points", writer,
                        FocalPointApiTest.appointment(person, office, from, null)));
            }
            List<ApiResponse> answers = race(calls);

            List<Integer> statuses = answers.stream().map(ApiResponse::status).toList();
            assertThat(statuses.stream().filter(s -> s == 201).count()).as("round " + round + ": " + statuses).isEqualTo(1);
            assertThat(statuses.stream().filter(s -> s != 201).distinct().toList()).isSubsetOf(409);
            assertThat(mongo.count(Query.query(Criteria.where("indexNumber").is(person)), FocalPoint.class))
                    .as("stored for " + person).isEqualTo(1);
        }
    }

    @Test
    void sixteenChangesWithTheSameVersionAtOnceExactlyOneApplies() throws Exception {
        String writer = issuer.token("gender.hq", "HQ", "GENDER_READ", "GENDER_WRITE");
        ApiResponse created = api.post("/api/v1/gender-activities/focal-points", writer,
                FocalPointApiTest.appointment("UN-007100", "BOR", "2026-01-01", null));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String path = "/api/v1/gender-activities/focal-points/" + created.json().get("id").asString();
        List<java.util.concurrent.Callable<ApiResponse>> calls = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            String until = "2026-12-%02d".formatted(1 + i);
            calls.add(() -> api.send("PUT", path, writer, FocalPointApiTest.appointment("UN-007100", "BOR", "2026-01-01", until),
                    Map.of("If-Match", created.header("ETag"))));
        }
        List<ApiResponse> answers = race(calls);

        List<Integer> statuses = answers.stream().map(ApiResponse::status).toList();
        assertThat(statuses.stream().filter(s -> s == 200).count()).as(statuses.toString()).isEqualTo(1);
        assertThat(statuses.stream().filter(s -> s != 200).distinct().toList()).isSubsetOf(412);
        assertThat(api.get(path, writer).json().get("version").asLong()).isEqualTo(1);
    }
}
