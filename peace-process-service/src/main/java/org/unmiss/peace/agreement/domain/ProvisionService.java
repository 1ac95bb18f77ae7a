package org.unmiss.peace.agreement.domain;

import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.unmiss.kit.problem.FieldError;
import org.unmiss.kit.problem.FieldErrors;
import org.unmiss.kit.problem.InvalidRequestException;
import org.unmiss.kit.problem.NotFoundException;
import org.unmiss.kit.security.CurrentUser;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Tracks the agreement's provisions and reads the implementation matrix as of any day. */
@Service
@RequiredArgsConstructor
public class ProvisionService {

    private final AgreementStore store;
    private final CurrentUser user;
    private final Clock clock;

    public Page<Provision> list(String chapter, ImplementationStatus status, String responsibleBody, Pageable pageable) {
        return store.find(chapter, status, responsibleBody, pageable);
    }

    public Provision get(String code) {
        return store.byId(code).orElseThrow(() -> new NotFoundException("Provision", code));
    }

    public Provision create(String code, String chapter, String title, LocalDate deadline, String responsibleBody,
                            Benchmark benchmark, ImplementationStatus status, LocalDate effectiveDate, String evidence,
                            Double measuredValue) {
        FieldErrors errors = new FieldErrors();
        if (!store.chapterExists(chapter)) {
            errors.add("chapter", "is not a chapter of the agreement (I to VIII)");
        } else if (!code.startsWith(chapter + ".")) {
            errors.add("code", "must start with its chapter, e.g. " + chapter + ".1.1");
        }
        checkNotFuture(effectiveDate, errors);
        errors.throwIfAny();
        Provision provision = new Provision(code, chapter, title, deadline, responsibleBody, benchmark,
                entry(status, effectiveDate, evidence, measuredValue));
        return store.insert(provision);
    }

    public Provision recordStatus(String code, long version, ImplementationStatus status, LocalDate effectiveDate,
                                  String evidence, Double measuredValue) {
        FieldErrors errors = new FieldErrors();
        checkNotFuture(effectiveDate, errors);
        errors.throwIfAny();
        Provision provision = get(code);
        provision.expectVersion(version);
        provision.record(entry(status, effectiveDate, evidence, measuredValue));
        return store.save(provision);
    }

    public ImplementationMatrix matrix(LocalDate asOf, String chapterFilter) {
        if (chapterFilter != null && !store.chapterExists(chapterFilter)) {
            throw new InvalidRequestException("chapter", "is not a chapter of the agreement (I to VIII)");
        }
        List<Provision> all = store.inChapter(chapterFilter);
        List<ChapterImplementation> rows = new ArrayList<>();
        store.chaptersInOrder().stream()
                .filter(chapter -> chapterFilter == null || chapter.code().equals(chapterFilter))
                .forEach(chapter -> {
                    Map<ImplementationStatus, Long> counts = new EnumMap<>(ImplementationStatus.class);
                    for (ImplementationStatus status : ImplementationStatus.values()) {
                        counts.put(status, 0L);
                    }
                    List<ProvisionAsOf> inForce = new ArrayList<>();
                    all.stream().filter(p -> p.chapter().equals(chapter.code()))
                            .sorted(Comparator.comparing(Provision::code, ProvisionService::compareCodes))
                            .forEach(p -> p.asOf(asOf).ifPresent(entry -> {
                                counts.merge(entry.status(), 1L, Long::sum);
                                inForce.add(new ProvisionAsOf(p.code(), p.title(), entry.status(), entry.effectiveDate(),
                                        entry.measuredValue(), p.benchmark() == null ? null : p.benchmark().target(),
                                        p.deadline(), p.deadline() != null && p.deadline().isBefore(asOf)
                                        && entry.status() != ImplementationStatus.IMPLEMENTED, entry.synthetic()));
                            }));
                    rows.add(new ChapterImplementation(chapter.code(), chapter.number(), chapter.title(), counts,
                            inForce.size(), inForce));
                });
        return new ImplementationMatrix(asOf, rows);
    }

    /** Orders {@code I.2.10} after {@code I.2.9}: numerically per part after the chapter. */
    static int compareCodes(String a, String b) {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            int order = left[i].matches("\\d+") && right[i].matches("\\d+")
                    ? Integer.compare(Integer.parseInt(left[i]), Integer.parseInt(right[i]))
                    : left[i].compareTo(right[i]);
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(left.length, right.length);
    }

    private StatusEntry entry(ImplementationStatus status, LocalDate effectiveDate, String evidence, Double measuredValue) {
        return new StatusEntry(status, effectiveDate, evidence, measuredValue, user.username().orElseThrow(), clock.instant());
    }

    private void checkNotFuture(LocalDate effectiveDate, FieldErrors errors) {
        if (effectiveDate.isAfter(LocalDate.now(clock))) {
            errors.add("effectiveDate", "must not be in the future");
        }
    }
}
