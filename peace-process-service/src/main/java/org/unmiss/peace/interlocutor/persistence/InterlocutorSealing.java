package org.unmiss.peace.interlocutor.persistence;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unmiss.kit.sealing.FieldSealer;
import org.unmiss.kit.sealing.SealedFields;
import org.unmiss.peace.interlocutor.domain.Interlocutor;

/**
 * An interlocutor's contact (phone, e-mail, notes) can put a leader at risk if the store leaks:
 * stored sealed, bound to the interlocutor's id and the field. No filter or sort uses it.
 */
@Configuration(proxyBeanMethods = false)
class InterlocutorSealing {

    @Bean
    SealedFields contactOfInterlocutors(FieldSealer sealer) {
        return new SealedFields(Interlocutor.class, sealer, "contact");
    }
}
