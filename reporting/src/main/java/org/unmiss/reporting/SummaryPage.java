package org.unmiss.reporting;

import java.util.List;
import java.util.Locale;

/**
 * {@code summary.html}: one self-contained page (inline CSS and SVG bar charts; no script, no external resource,
 * so it opens offline and passes mail filters) with the pack's status first, then each table and its chart.
 * Every value from the platform is HTML-escaped: names and places are typed by people.
 */
final class SummaryPage {

    private static final int ROWS_SHOWN = 40;
    private static final int CHART_WIDTH = 640;
    private static final int LABEL_WIDTH = 220;
    private static final int BAR_HEIGHT = 18;

    private SummaryPage() {
    }

    static String render(Manifest manifest, List<SectionResult> results) {
        StringBuilder html = new StringBuilder(16_384);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Reporting pack ")
                .append(escape(manifest.period())).append("</title>\n<style>")
                .append("body{font-family:sans-serif;margin:2em;max-width:60em}table{border-collapse:collapse;margin:.5em 0}")
                .append("td,th{border:1px solid #ccc;padding:2px 6px;text-align:left}.status{padding:.5em 1em;font-weight:bold}")
                .append(".COMPLETE{background:#dfd}.INCOMPLETE{background:#fdd}svg text{font-size:12px}")
                .append("</style>\n</head>\n<body>\n");
        html.append("<h1>Reporting pack ").append(escape(manifest.period())).append("</h1>\n<p>Period ")
                .append(escape(manifest.from())).append(" to ").append(escape(manifest.to())).append("; snapshot figures as of ")
                .append(escape(manifest.asOf())).append(". Generated ").append(escape(manifest.generatedAt())).append(" from ")
                .append(escape(manifest.gateway())).append(".</p>\n");
        html.append("<p class=\"status ").append(manifest.status()).append("\">").append(manifest.status()).append("</p>\n");
        if (!manifest.missing().isEmpty()) {
            html.append("<h2>Missing from this pack</h2>\n<table>\n<tr><th>file</th><th>service</th><th>reason</th></tr>\n");
            for (Manifest.Entry entry : manifest.missing()) {
                html.append("<tr><td>").append(escape(entry.file())).append("</td><td>").append(escape(entry.service()))
                        .append("</td><td>").append(escape(entry.reason())).append("</td></tr>\n");
            }
            html.append("</table>\n");
        }
        for (SectionResult result : results) {
            for (Table table : result.tables()) {
                section(html, table, result.section());
            }
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private static void section(StringBuilder html, Table table, Section source) {
        html.append("<h2>").append(escape(table.title())).append("</h2>\n<p><a href=\"").append(escape(table.file())).append("\">")
                .append(escape(table.file())).append("</a> (").append(escape(source.service())).append(", ")
                .append(escape(source.operation())).append(")</p>\n");
        if (table.chart() != null && !table.rows().isEmpty()) {
            html.append(barChart(table));
        }
        html.append("<table>\n<tr>");
        table.columns().forEach(column -> html.append("<th>").append(escape(column.header())).append("</th>"));
        html.append("</tr>\n");
        table.rows().stream().limit(ROWS_SHOWN).forEach(row -> {
            html.append("<tr>");
            row.forEach(cell -> html.append("<td>").append(escape(cell)).append("</td>"));
            html.append("</tr>\n");
        });
        html.append("</table>\n");
        if (table.rows().size() > ROWS_SHOWN) {
            html.append("<p>").append(table.rows().size() - ROWS_SHOWN).append(" more rows in the file.</p>\n");
        }
    }

    /** Horizontal bars, one per row, scaled to the largest value; labels and values as SVG text. */
    static String barChart(Table table) {
        Table.Chart chart = table.chart();
        double max = table.rows().stream().mapToDouble(row -> number(row.get(chart.valueColumn()))).max().orElse(0);
        int barSpace = CHART_WIDTH - LABEL_WIDTH - 60;
        StringBuilder svg = new StringBuilder();
        int height = table.rows().size() * (BAR_HEIGHT + 4) + 4;
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(CHART_WIDTH).append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-label=\"").append(escape(table.title())).append("\">\n");
        int y = 4;
        for (List<Object> row : table.rows()) {
            double value = number(row.get(chart.valueColumn()));
            long width = max <= 0 ? 0 : Math.round(barSpace * value / max);
            svg.append("<text x=\"").append(LABEL_WIDTH - 6).append("\" y=\"").append(y + BAR_HEIGHT - 5)
                    .append("\" text-anchor=\"end\">").append(escape(row.get(chart.labelColumn()))).append("</text>")
                    .append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y).append("\" width=\"").append(width)
                    .append("\" height=\"").append(BAR_HEIGHT).append("\" fill=\"#4a7ab5\"/>")
                    .append("<text x=\"").append(LABEL_WIDTH + width + 4).append("\" y=\"").append(y + BAR_HEIGHT - 5).append("\">")
                    .append(escape(format(row.get(chart.valueColumn())))).append("</text>\n");
            y += BAR_HEIGHT + 4;
        }
        return svg.append("</svg>\n").toString();
    }

    /** Text as HTML content or a double-quoted attribute value; null as nothing. */
    static String escape(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static double number(Object cell) {
        if (cell instanceof Number number) {
            return number.doubleValue();
        }
        try {
            return cell == null ? 0 : Double.parseDouble(cell.toString());
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    private static String format(Object cell) {
        if (cell instanceof Double || cell instanceof Float) {
            return String.format(Locale.ROOT, "%.1f", ((Number) cell).doubleValue());
        }
        return cell == null ? "" : cell.toString();
    }
}
