package org.unmiss.kit.sealing;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Fields are sealed in the stored document with their BSON type kept, bound to the record's id. */
class SealedFieldsTest {

    private final SealedFields fields = new SealedFields(Object.class, FieldSealer.fromKeyset(FieldSealer.newKeyset()),
            "dateOfBirth", "contacts");

    @Test
    void sealsAndOpensADateAndASubDocument() {
        Date born = new Date(576_633_600_000L);
        Document document = new Document("_id", "UN-000001").append("familyName", "Testova")
                .append("dateOfBirth", born)
                .append("contacts", new Document("email", "a@un.org").append("phone", "+211 92 555 0101"));
        fields.seal(document);
        assertThat(document.toJson()).doesNotContain("un.org").doesNotContain("555").contains("Testova");
        assertThat(document.get("dateOfBirth", Document.class).keySet()).containsExactly(SealedFields.SEALED);

        fields.open(document);
        assertThat(document.get("dateOfBirth")).isEqualTo(born);
        assertThat(document.get("contacts", Document.class).getString("phone")).isEqualTo("+211 92 555 0101");
    }

    @Test
    void sealsAFieldInsideASubDocumentAndLeavesItsSiblingsReadable() {
        SealedFields nested = new SealedFields(Object.class, FieldSealer.fromKeyset(FieldSealer.newKeyset()), "details.attendance");
        Document document = new Document("_id", "GA-2026-000001").append("details", new Document("fieldOffice", "WAU")
                .append("attendance", java.util.List.of(new Document("name", "Attendee Testname").append("organisation", "Women's union"))));
        nested.seal(document);
        assertThat(document.toJson()).doesNotContain("Testname").doesNotContain("Women's union").contains("WAU");
        assertThat(document.get("details", Document.class).get("attendance", Document.class).keySet())
                .containsExactly(SealedFields.SEALED);

        nested.open(document);
        assertThat(document.get("details", Document.class).getList("attendance", Document.class).get(0).getString("name"))
                .isEqualTo("Attendee Testname");
        // a document without the sub-document is left as it is
        Document bare = new Document("_id", "GA-2026-000002");
        nested.seal(bare);
        assertThat(bare.keySet()).containsExactly("_id");
    }

    @Test
    void aSealedValueCopiedToAnotherRecordDoesNotOpen() {
        Document first = new Document("_id", "UN-000001").append("contacts", new Document("email", "a@un.org"));
        fields.seal(first);
        Document second = new Document("_id", "UN-000002").append("contacts", first.get("contacts"));
        assertThatThrownBy(() -> fields.open(second)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesToStoreAFieldOfARecordWithoutAnId() {
        Document noId = new Document("contacts", new Document("email", "a@un.org"));
        assertThatThrownBy(() -> fields.seal(noId)).hasMessageContaining("needs its id");
        assertThat(noId.get("contacts", Document.class).getString("email")).isEqualTo("a@un.org");
    }
}
