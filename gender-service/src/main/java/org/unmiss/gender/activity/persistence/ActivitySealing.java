package org.unmiss.gender.activity.persistence;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unmiss.gender.activity.domain.GenderActivity;
import org.unmiss.kit.sealing.FieldSealer;
import org.unmiss.kit.sealing.SealedFields;

/**
 * Who attended a forum or task-force meeting, by name and organisation, can expose community
 * women leaders if the store leaks: stored sealed, bound to the activity's reference and the field.
 * No filter, sort or report reads attendance (reports count participants by sex instead).
 */
@Configuration(proxyBeanMethods = false)
class ActivitySealing {

    @Bean
    SealedFields attendanceOfActivities(FieldSealer sealer) {
        return new SealedFields(GenderActivity.class, sealer, "details.attendance");
    }
}
