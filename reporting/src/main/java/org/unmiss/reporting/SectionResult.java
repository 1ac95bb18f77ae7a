package org.unmiss.reporting;

import java.util.List;

/** What became of a {@link Section}: its tables, or the reason it is missing from the pack. */
public record SectionResult(Section section, List<Table> tables, String failure) {

    public SectionResult {
        tables = List.copyOf(tables);
    }

    static SectionResult written(Section section, List<Table> tables) {
        return new SectionResult(section, tables, null);
    }

    static SectionResult missing(Section section, String reason) {
        return new SectionResult(section, List.of(), reason);
    }

    public boolean isMissing() {
        return failure != null;
    }
}
