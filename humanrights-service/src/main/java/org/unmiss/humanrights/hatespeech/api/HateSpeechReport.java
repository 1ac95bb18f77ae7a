package org.unmiss.humanrights.hatespeech.api;

import org.unmiss.humanrights.hatespeech.domain.HateSpeechCount;
import org.unmiss.humanrights.hatespeech.domain.Medium;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Hate-speech acts over time: one row per month, medium and language (months of publication), with totals by
 * medium and by language that add up to {@code acts} and {@code reach}.
 */
public record HateSpeechReport(String from, String to, long acts, long reach, List<HateSpeechCount> rows,
                               Map<Medium, Long> actsByMedium, Map<String, Long> actsByLanguage) {

    static HateSpeechReport of(String from, String to, List<HateSpeechCount> rows) {
        return new HateSpeechReport(from, to, rows.stream().mapToLong(HateSpeechCount::acts).sum(),
                rows.stream().mapToLong(HateSpeechCount::reach).sum(), rows,
                rows.stream().collect(Collectors.groupingBy(HateSpeechCount::medium, TreeMap::new, Collectors.summingLong(HateSpeechCount::acts))),
                rows.stream().collect(Collectors.groupingBy(HateSpeechCount::language, TreeMap::new, Collectors.summingLong(HateSpeechCount::acts))));
    }
}
