package org.unmiss.kit.feign;

import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class RecheckBatchesTest {

    record Mark(String id, boolean unverified) {
    }

    private final MongoTemplate mongo = mock(MongoTemplate.class);
    private final RecheckBatches<Mark> batches = new RecheckBatches<>(mongo, Mark.class, Criteria.where("unverified").is(true), Mark::id, 10);

    @Test
    void savesOnlyWhatChangedCountsTheConfirmedAndPassesOverAConcurrentChangeOrAFailure() {
        when(mongo.find(any(Query.class), eq(Mark.class))).thenReturn(List.of(
                new Mark("a", true), new Mark("b", true), new Mark("c", true), new Mark("d", true), new Mark("e", true)));
        List<Mark> saved = new ArrayList<>();
        int confirmed = batches.recheckNext(mark -> switch (mark.id()) {
            case "a" -> Optional.of(new Mark("a", false));      // confirmed
            case "b" -> Optional.empty();                       // unchanged: not saved
            case "c" -> Optional.of(new Mark("c", true));       // changed, still unverified: saved, not counted
            case "d" -> Optional.of(new Mark("d", false));      // saved by someone else meanwhile
            default -> throw new IllegalStateException("callee answered nonsense");
        }, mark -> {
            if (mark.id().equals("d")) {
                throw new OptimisticLockingFailureException("version moved");
            }
            saved.add(mark);
        }, mark -> !mark.unverified());
        assertThat(saved).containsExactly(new Mark("a", false), new Mark("c", true));
        assertThat(confirmed).isEqualTo(1);
    }
}
