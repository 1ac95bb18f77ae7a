package org.unmiss.kit.sample.widget.persistence;

import org.springframework.data.mongodb.repository.MongoRepository;
import org.unmiss.kit.sample.widget.domain.Widget;

public interface WidgetRepository extends MongoRepository<Widget, String> {
}
