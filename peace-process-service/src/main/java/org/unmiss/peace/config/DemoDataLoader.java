package org.unmiss.peace.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.unmiss.kit.demo.DemoLoader;
import org.unmiss.peace.agreement.persistence.ProvisionRepository;
import org.unmiss.peace.ceasefire.persistence.CeasefireReportRepository;
import org.unmiss.peace.dialogue.persistence.DialogueRepository;
import org.unmiss.peace.engagement.persistence.EngagementRepository;
import org.unmiss.peace.interlocutor.persistence.InterlocutorRepository;
import org.unmiss.kit.store.ReferenceNumbers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Fills an empty database with the deterministic demo data set (fixed seed, fixed reference day),
 * so every fresh platform shows the same engagements, provisions, ceasefire reports, dialogues and interlocutors. Each
 * collection is filled only while it is empty; a restart never adds or overwrites anything.
 * Run by the kit's demo-data trigger ({@code unmiss.demo-data.enabled}, on in the development profile only).
 */
@Component
class DemoDataLoader implements DemoLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final EngagementRepository engagements;
    private final ProvisionRepository provisions;
    private final CeasefireReportRepository ceasefire;
    private final DialogueRepository dialogues;
    private final InterlocutorRepository interlocutors;
    private final ReferenceNumbers numbers;
    private final Clock clock;

    DemoDataLoader(EngagementRepository engagements, ProvisionRepository provisions, CeasefireReportRepository ceasefire,
                   DialogueRepository dialogues, InterlocutorRepository interlocutors, ReferenceNumbers numbers,
                   Clock clock) {
        this.engagements = engagements;
        this.provisions = provisions;
        this.ceasefire = ceasefire;
        this.dialogues = dialogues;
        this.interlocutors = interlocutors;
        this.numbers = numbers;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "synthetic engagements, provisions, ceasefire reports, dialogues and interlocutors";
    }

    @Override
    public void loadIfEmpty() {
        // Generated up to the day before start-up at the latest, so no demo record lies in the future.
        DemoData data = new DemoData(DemoData.lastDay(LocalDate.now(clock)));
        if (provisions.count() == 0) {
            provisions.insert(data.provisions());
            log.info("Loaded demo agreement provisions");
        }
        if (engagements.count() == 0) {
            var generated = data.engagements();
            engagements.insert(generated);
            highest(generated.stream().map(e -> e.id())).forEach((year, n) -> numbers.advanceTo("ENG", year, n));
            log.info("Loaded {} demo engagements", generated.size());
        }
        if (ceasefire.count() == 0) {
            var generated = data.ceasefireReports();
            ceasefire.insert(generated);
            highest(generated.stream().map(r -> r.id())).forEach((year, n) -> numbers.advanceTo("CF", year, n));
            log.info("Loaded {} demo ceasefire reports", generated.size());
        }
        if (dialogues.count() == 0) {
            var generated = data.dialogues();
            dialogues.insert(generated);
            highest(generated.stream().map(d -> d.id())).forEach((year, n) -> numbers.advanceTo("DLG", year, n));
            log.info("Loaded {} demo dialogue initiatives", generated.size());
        }
        if (interlocutors.count() == 0) {
            var generated = data.interlocutors();
            interlocutors.insert(generated);
            highest(generated.stream().map(i -> i.id())).forEach((year, n) -> numbers.advanceTo("INT", year, n));
            log.info("Loaded {} demo interlocutors", generated.size());
        }
    }

    /** The highest sequence number used per year, from reference numbers such as {@code ENG-2024-000123}. */
    private static Map<Integer, Long> highest(Stream<String> referenceNumbers) {
        return referenceNumbers.collect(Collectors.toMap(
                id -> Integer.parseInt(id.split("-")[1]), id -> Long.parseLong(id.split("-")[2]), Math::max));
    }
}
