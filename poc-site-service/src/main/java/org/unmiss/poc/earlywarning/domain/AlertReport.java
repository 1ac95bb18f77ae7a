package org.unmiss.poc.earlywarning.domain;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Alerts by place and month with the time from alert to response: an aggregate, mission-wide, naming no one. */
@Component
@RequiredArgsConstructor
public class AlertReport {

    private final AlertStore queries;

    public List<AlertMonthRow> byPlaceAndMonth(String fromMonth, String toMonth) {
        Map<String, List<EarlyWarningAlert>> groups = new TreeMap<>();
        for (EarlyWarningAlert alert : queries.inMonths(fromMonth, toMonth)) {
            groups.computeIfAbsent(alert.month() + "|" + alert.place().state() + "|" + alert.place().county(),
                    key -> new ArrayList<>()).add(alert);
        }
        List<AlertMonthRow> rows = new ArrayList<>();
        groups.forEach((key, alerts) -> {
            EarlyWarningAlert first = alerts.get(0);
            List<Double> hours = alerts.stream().map(EarlyWarningAlert::hoursToResponse).filter(h -> h != null).sorted().toList();
            rows.add(new AlertMonthRow(first.month(), first.place().state(), first.place().county(), alerts.size(),
                    hours.size(), alerts.size() - hours.size(),
                    hours.isEmpty() ? null : round(hours.stream().mapToDouble(Double::doubleValue).average().orElseThrow()),
                    hours.isEmpty() ? null : round(median(hours)), hours.isEmpty() ? null : round(hours.get(hours.size() - 1))));
        });
        rows.sort(Comparator.comparing(AlertMonthRow::month).thenComparing(AlertMonthRow::state).thenComparing(AlertMonthRow::county));
        return rows;
    }

    private static double median(List<Double> sorted) {
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static double round(double hours) {
        return Math.round(hours * 10) / 10.0;
    }
}
