package org.unmiss.gender.pillar.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A pillar of the women, peace and security agenda (UNSCR 1325), against which every gender
 * activity is tracked.
 *
 * @param position the order the pillars are customarily listed in
 */
@Document("wps_pillars")
public record WpsPillar(@Id String code, String name, String summary, int position, @Version Long version) {
}
