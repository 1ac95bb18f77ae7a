package org.unmiss.personnel.report.domain;

import java.util.Arrays;
import java.util.Optional;

/** What strength can be broken down by; {@code apiName} is how clients name it in {@code groupBy}. */
public enum Dimension {
    CATEGORY("category"), SUB_CATEGORY("subCategory"), COUNTRY("country"), FIELD_OFFICE("fieldOffice"), SEX("sex");

    private final String apiName;

    Dimension(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }

    public static Optional<Dimension> byApiName(String name) {
        return Arrays.stream(values()).filter(d -> d.apiName.equals(name)).findFirst();
    }
}
