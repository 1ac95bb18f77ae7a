package org.unmiss.personnel.person.persistence;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unmiss.kit.sealing.FieldSealer;
import org.unmiss.kit.sealing.SealedFields;
import org.unmiss.personnel.person.domain.Person;

/**
 * A person's date of birth and contacts are personal data: stored sealed (bound to the index number
 * and field), opened only when read back. No filter, sort or report uses them (ADR 0017), so
 * nothing derived is stored beside them.
 */
@Configuration(proxyBeanMethods = false)
class PersonSealing {

    @Bean
    SealedFields personalFieldsOfPeople(FieldSealer sealer) {
        return new SealedFields(Person.class, sealer, "dateOfBirth", "contacts");
    }
}
