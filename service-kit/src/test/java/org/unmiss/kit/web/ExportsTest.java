package org.unmiss.kit.web;

import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What the convention of {@link Exports} promises, on Spring's own negotiation. */
class ExportsTest {

    @RestController
    static class Report {
        @GetMapping(value = "/report", produces = Exports.JSON)
        Map<String, Integer> json() {
            return Map.of("total", 3);
        }

        @GetMapping(value = "/report", produces = Exports.CSV)
        ResponseEntity<String> csv(@RequestParam(name = Exports.HXL, defaultValue = "false") boolean hxl) {
            return CsvTable.of("report", hxl, List.of(new CsvTable.Column("total", "#indicator+num+total")), List.of(List.of(3)));
        }
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Report()).build();

    @Test
    void answersJsonToACallerWithoutAPreference() throws Exception {
        mvc.perform(get("/report")).andExpect(content().contentTypeCompatibleWith(Exports.JSON));
        mvc.perform(get("/report").header("Accept", "*/*")).andExpect(content().contentTypeCompatibleWith(Exports.JSON));
    }

    @Test
    void answersJsonToACallerThatListsJsonFirstOrRanksItHigher() throws Exception {
        mvc.perform(get("/report").header("Accept", "application/json, text/csv"))
                .andExpect(content().contentTypeCompatibleWith(Exports.JSON));
        mvc.perform(get("/report").header("Accept", "text/csv;q=0.5, application/json"))
                .andExpect(content().contentTypeCompatibleWith(Exports.JSON));
    }

    @Test
    void answersCsvOnlyWhenCsvIsPreferred() throws Exception {
        mvc.perform(get("/report").header("Accept", "text/csv"))
                .andExpect(content().contentTypeCompatibleWith(Exports.CSV))
                .andExpect(content().string("total\r\n3\r\n"));
        mvc.perform(get("/report").header("Accept", "text/csv, application/json;q=0.9"))
                .andExpect(content().contentTypeCompatibleWith(Exports.CSV));
    }

    @Test
    void answersHxlAsACsvWithTheHashtagRow() throws Exception {
        mvc.perform(get("/report").param(Exports.HXL, "true").header("Accept", "text/csv"))
                .andExpect(content().contentTypeCompatibleWith(Exports.CSV))
                .andExpect(content().string("total\r\n\"#indicator+num+total\"\r\n3\r\n"));
    }

    @Test
    void refusesAMediaTypeItDoesNotServe() throws Exception {
        mvc.perform(get("/report").header("Accept", "application/xml")).andExpect(status().isNotAcceptable());
    }
}
