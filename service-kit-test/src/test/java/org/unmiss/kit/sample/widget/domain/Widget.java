package org.unmiss.kit.sample.widget.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.LocalDate;

@Document("widgets")
public record Widget(@Id String id, @Indexed(unique = true) String name, int count, Colour colour,
                     LocalDate madeOn, String fieldOffice, @Version Long version) {
}
