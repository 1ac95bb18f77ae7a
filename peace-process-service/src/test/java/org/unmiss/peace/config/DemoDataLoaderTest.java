package org.unmiss.peace.config;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.peace.agreement.persistence.ProvisionRepository;
import org.unmiss.peace.ceasefire.persistence.CeasefireReportRepository;
import org.unmiss.peace.dialogue.persistence.DialogueRepository;
import org.unmiss.peace.engagement.persistence.EngagementRepository;
import org.unmiss.peace.interlocutor.persistence.InterlocutorRepository;
import org.unmiss.kit.store.ReferenceNumbers;
import org.unmiss.peace.support.PeaceApiTest;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo data goes into an empty store once, is served by the API, and new records continue its numbering. */
class DemoDataLoaderTest extends PeaceApiTest {

    @Autowired
    EngagementRepository engagements;
    @Autowired
    ProvisionRepository provisions;
    @Autowired
    CeasefireReportRepository ceasefire;
    @Autowired
    DialogueRepository dialogues;
    @Autowired
    InterlocutorRepository interlocutors;
    @Autowired
    ReferenceNumbers numbers;
    @Autowired
    Clock clock;

    @AfterEach
    void empty() {
        clean("engagements", "agreement_provisions", "ceasefire_reports", "dialogue_initiatives", "interlocutors", "reference_counters");
    }

    @Test
    void loadsOnceIntoEmptyCollectionsAndNumberingContinues() {
        empty();
        DemoDataLoader loader = new DemoDataLoader(engagements, provisions, ceasefire, dialogues, interlocutors, numbers, clock);
        loader.loadIfEmpty();
        long loaded = engagements.count();
        loader.loadIfEmpty();
        assertThat(engagements.count()).isEqualTo(loaded);

        ApiResponse published = api().get("/api/v1/engagements?status=PUBLISHED&size=1", civilAffairs());
        assertThat(published.json().get("totalElements").asInt()).isGreaterThan(300);
        ApiResponse matrix = api().get("/api/v1/agreement-chapters/implementation?asOf=2022-01-01", reporting());
        assertThat(matrix.json().at("/chapters/0/total").asInt()).isGreaterThan(3);
        ApiResponse atBoard = api().get("/api/v1/ceasefire/violation-reports?stage=BOARD", civilAffairs());
        assertThat(atBoard.json().get("totalElements").asInt()).isPositive();
        ApiResponse held = api().get("/api/v1/engagements/dialogues?status=HELD", civilAffairs());
        assertThat(held.json().get("totalElements").asInt()).isGreaterThan(50);
        assertThat(api().get("/api/v1/engagements/interlocutors?type=TRADITIONAL", civilAffairs()).json()
                .get("totalElements").asInt()).isPositive();
        ApiResponse addedLeader = api().post("/api/v1/engagements/interlocutors", civilAffairs(),
                org.unmiss.peace.interlocutor.InterlocutorApiTest.LEADER);
        assertThat(addedLeader.status()).as(addedLeader.body()).isEqualTo(201);

        String highest2025 = api().get("/api/v1/engagements?from=2025-01-01&to=2025-12-31&sort=id,desc&size=1", civilAffairs())
                .json().at("/content/0/id").asString();
        ApiResponse created = api().post("/api/v1/engagements", civilAffairs(),
                org.unmiss.peace.engagement.Engagements.report("JUBA", "2025-06-01", ""));
        assertThat(created.json().get("id").asString()).isGreaterThan(highest2025);
    }
}
